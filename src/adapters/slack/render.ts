// Answer → Block Kit. Pure: the same answer always gives the same message, and every message respects
// Slack's limits, so a long or odd answer can never make Slack reject the reply.
import type { types } from '@slack/bolt';
import type { Answer } from '../../intents/answer.js';
import { escapeMrkdwn } from './escape.js';
import { sourceLines } from '../sources.js';
import { layOut } from './layout.js';

type KnownBlock = types.KnownBlock;
type MrkdwnElement = types.MrkdwnElement;

/** What Slack accepts in one message (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocks: 50,
  text: 3000,
  contextElements: 10,
  buttons: 25,
  buttonLabel: 75,
} as const;

export const CHOICE_ACTION_PREFIX = 'qfin_choice_';
export const POST_ACTION = 'qfin_post';

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks: KnownBlock[];
  /** Slack must not turn names or URLs in the text into pings or links. */
  link_names: false;
  parse: 'none';
}

const PLAIN = { link_names: false, parse: 'none' } as const;

export interface RenderOptions {
  /** The question, shown above the answer where the person's own message is not visible. */
  question?: string;
  /** Adds a "Post to channel" button carrying this value. */
  postValue?: string;
}

// verbatim: Slack then leaves URLs, channel names and @mentions in the text as they are.
const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/**
 * Escapes `raw` and splits it into at most `pieces` strings of at most `max` characters, breaking at a
 * newline or space where possible. Splitting happens before escaping so no entity is ever cut; if the
 * text does not fit, the last piece ends with an ellipsis.
 */
export function fitText(raw: string, max: number, pieces: number): string[] {
  const out: string[] = [];
  let rest = raw;
  while (out.length < pieces) {
    if (escapeMrkdwn(rest).length <= max) {
      out.push(escapeMrkdwn(rest));
      break;
    }
    const last = out.length === pieces - 1;
    const budget = last ? max - 1 : max;
    let cut = 0;
    let width = 0;
    for (const ch of rest) {
      width += escapeMrkdwn(ch).length;
      if (width > budget) break;
      cut += ch.length;
    }
    const head = rest.slice(0, cut);
    const space = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    if (space > 0) cut = space + 1;
    out.push(escapeMrkdwn(rest.slice(0, cut)) + (last ? '…' : ''));
    rest = rest.slice(cut);
  }
  return out;
}

/** Plain-text labels: cut to `max` characters (whole code points) with an ellipsis. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Clarify choices as buttons, and the "Post to channel" button. */
function actionBlocks(answer: Answer, options: RenderOptions): KnownBlock[] {
  const actions: KnownBlock[] = [];
  if (answer.status === 'clarify' && answer.choices.length > 0) {
    actions.push({
      type: 'actions',
      elements: answer.choices.slice(0, LIMITS.buttons).map((choice, i) => ({
        type: 'button',
        action_id: `${CHOICE_ACTION_PREFIX}${i}`,
        text: { type: 'plain_text', text: clip(choice.label, LIMITS.buttonLabel), emoji: false },
        value: choice.question,
      })),
    });
  }
  if (options.postValue !== undefined) {
    actions.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: POST_ACTION,
          text: { type: 'plain_text', text: 'Post to channel' },
          value: options.postValue,
        },
      ],
    });
  }
  return actions;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: KnownBlock[] = [];
  if (options.question !== undefined) {
    const label = '*Question:* ';
    const [question] = fitText(options.question, LIMITS.text - label.length, 1);
    head.push({ type: 'context', elements: [mrkdwn(label + question)] });
  }

  const actions = actionBlocks(answer, options);

  const text = answer.text.trim();
  const laid = layOut(text, answer.derivations.length > 0);
  const table = laid.table ? [laid.table] : [];
  // Under the text: how derived figures were computed, then the release lines cited. The text keeps
  // at least one block; these get what is left after it and the actions.
  const notes = [
    ...answer.derivations.map((d) => `${d.label}: ${d.value} = ${d.formula}`),
    ...sourceLines(answer).map(({ citation: c, text: shown }) => `line ${c.line}: ${shown} (${basename(c.document)})`),
  ].map((line) => mrkdwn(fitText(line, LIMITS.text, 1)[0]!));
  const noteRoom = LIMITS.blocks - head.length - actions.length - table.length - 1;
  const noteBlocks: KnownBlock[] = chunk(notes, LIMITS.contextElements)
    .slice(0, noteRoom)
    .map((elements) => ({ type: 'context', elements }));

  // Outer whitespace carries nothing, and a whitespace-only last section would be refused.
  const shown = laid.text.trim() || (table.length ? '' : text);
  const textRoom = LIMITS.blocks - head.length - actions.length - noteBlocks.length - table.length;
  const sections: KnownBlock[] = (shown ? fitText(shown, LIMITS.text, textRoom) : []).map((piece) => ({
    type: 'section',
    text: mrkdwn(piece),
  }));

  return {
    text: fitText(laid.fallback.trim() || text, LIMITS.text, 1)[0]!,
    blocks: [...head, ...sections, ...table, ...noteBlocks, ...actions],
    ...PLAIN,
  };
}

/** A short message from the bot itself (an apology, a notice), in the same shape as an answer. */
export function renderNotice(text: string): SlackMessage {
  const [escaped] = fitText(text, LIMITS.text, 1);
  return { text: escaped!, blocks: [{ type: 'section', text: mrkdwn(escaped!) }], ...PLAIN };
}
