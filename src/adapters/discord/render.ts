// Answer → Discord message parts. Formatting only: every word a person reads comes from the Answer.
// Pure (discord.js's builders and enums, no client) so the limits can be tested without one.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Colors, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord.js';
import type { Answer, Citation, Derivation } from '../../intents/answer.js';
import { sourceLines, withoutHow } from '../sources.js';

/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedFieldName: 256,
  embedTitle: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  choiceName: 100,
  choiceValue: 100,
  autocompleteChoices: 25,
} as const;

/** Longest citation quote shown before it is cut, so several sources fit in one field. */
const QUOTE_MAX = 220;
const ELLIPSIS = '…';

/** Cuts `s` to at most `max` UTF-16 units (never more characters than Discord counts), ending with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  let cut = s.slice(0, max - ELLIPSIS.length);
  // Do not leave half a surrogate pair or a dangling markdown escape.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailingBackslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * Escapes Discord markdown so figures and footnote marks (`*1`, `_`) render as the release wrote them.
 * Line-start `- ` is left alone: the engine's plain-text lists read fine as Discord bullets.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\*_~`|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([>#])/gm, (_m, space: string, c: string) => `${space}\\${c}`);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * "line N: source" per cited cell or sentence (sources.ts; prefixed by the file name when they come from
 * several releases), each cut to a readable length, as many lines as fit in `max`, then "… and N more".
 * A sentence the answer's `text` quotes whole is not repeated.
 */
export function formatSources(citations: readonly Citation[], max: number = LIMITS.embedFieldValue, text = ''): string {
  const documents = new Set(citations.map((c) => c.document));
  const lines = sourceLines({ citations: [...citations], text }).map(({ citation: c, text: shown }) => {
    const where = documents.size > 1 ? `${basename(c.document)} line ${c.line}` : `line ${c.line}`;
    return `${where}: ${truncate(escapeMarkdown(shown.trim()), QUOTE_MAX)}`;
  });
  return joinWithinLimit(lines, max);
}

export function formatDerivations(derivations: readonly Derivation[], max: number = LIMITS.embedFieldValue): string {
  const lines = derivations.map((d) =>
    truncate(escapeMarkdown(`${d.label}: ${d.value} = ${d.formula}`), QUOTE_MAX * 2),
  );
  return joinWithinLimit(lines, max);
}

/** Joins lines with newlines, keeping whole lines while they fit and noting how many were left out. */
function joinWithinLimit(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = lines.length - i - 1;
    const more = rest > 0 ? `\n${ELLIPSIS} and ${rest} more` : '';
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    // Keep this line only if it, plus a note for any remaining lines, still fits.
    if (length + added + more.length <= max) {
      kept.push(line);
      length += added;
      continue;
    }
    if (kept.length === 0) {
      const note = `\n${ELLIPSIS} and ${lines.length - 1} more`;
      return lines.length > 1 ? truncate(line, max - note.length) + note : truncate(line, max);
    }
    return `${kept.join('\n')}\n${ELLIPSIS} and ${lines.length - kept.length} more`;
  }
  return kept.join('\n');
}

function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** An answer's colour says what kind of reply it is at a glance. */
const COLOUR: Record<Answer['status'], number> = { answer: Colors.Blue, clarify: Colors.Gold, unknown: Colors.Grey };
const TITLE: Record<Answer['status'], string> = { answer: 'Answer', clarify: 'Which did you mean?', unknown: "The release doesn't say" };

/**
 * The embed for an answer (also used for the question of a clarify): titled with the question when
 * given, coloured by status; text, period, sources, footer. A "How: …" line of the text is left to the
 * Calculation field, which shows each formula on its own line.
 */
export function answerEmbed(answer: Answer, question?: string): APIEmbed {
  const fields: NonNullable<APIEmbed['fields']> = [];
  const period = answer.period?.trim();
  if (period) {
    fields.push({ name: 'Period', value: truncate(escapeMarkdown(period), LIMITS.embedFieldValue), inline: true });
  }
  if (answer.derivations.length > 0) {
    fields.push({ name: 'Calculation', value: formatDerivations(answer.derivations) });
  }
  if (answer.citations.length > 0) {
    fields.push({ name: 'Sources', value: formatSources(answer.citations, LIMITS.embedFieldValue, answer.text) });
  }
  const documents = [...new Set(answer.citations.map((c) => basename(c.document)))];
  const title = question?.trim() || TITLE[answer.status];
  const embed: APIEmbed = { title: truncate(title, LIMITS.embedTitle), color: COLOUR[answer.status], fields: fields.slice(0, LIMITS.embedFields) };
  if (documents.length > 0) {
    embed.footer = { text: truncate(`Source: ${documents.join(', ')}`, LIMITS.embedFooter) };
  }
  // The description gets whatever the other parts leave of the 6,000-character budget.
  const rest = embedLength(embed);
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - rest);
  const text = escapeMarkdown(withoutHow(answer).join('\n').trim());
  // (The other parts are at most three fields of 1,024, a title of 256 and a footer of 2,048: the total stays within 6,000.)
  embed.description = truncate(text.length > 0 ? text : ELLIPSIS, Math.max(budget, 1));
  return embed;
}

/** Plain text for replies that are not embeds (unknown, errors): one message, within the content limit. */
export function plainText(text: string): string {
  return truncate(text.trim().length > 0 ? text.trim() : ELLIPSIS, LIMITS.content);
}

export type ButtonRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Buttons for a clarify's choices: up to 5 per row, 5 rows; `customId(i)` identifies choice i. */
export function choiceButtons(answer: Answer, customId: (index: number) => string): ButtonRow[] {
  const max = LIMITS.buttonsPerRow * LIMITS.rows;
  const buttons = answer.choices.slice(0, max).map((choice, i) =>
    new ButtonBuilder()
      .setStyle(ButtonStyle.Secondary)
      .setLabel(truncate(choice.label.trim() || choice.question.trim() || `Choice ${i + 1}`, LIMITS.buttonLabel))
      .setCustomId(customId(i)),
  );
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons.slice(i, i + LIMITS.buttonsPerRow)).toJSON());
  }
  return rows;
}

/** Autocomplete choices from suggestions: at most 25, name and value 1..100 characters, no duplicates. */
export function autocompleteChoices(suggestions: readonly string[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const out: { name: string; value: string }[] = [];
  for (const raw of suggestions) {
    const value = raw.trim();
    // A cut value would be sent back as a different question, so skip what does not fit.
    if (value.length === 0 || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(value, LIMITS.choiceName), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}
