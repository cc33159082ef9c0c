// Slack's assistant (AI app) experience through Bolt's Assistant: a new assistant thread gets a greeting
// and suggested prompts built from the release's headline metrics; each question titles its thread
// (the first one) and shows "is thinking…" until the answer is posted. Each assistant thread is its
// own conversation for follow-ups.
import { Assistant } from '@slack/bolt';
import type { Asker } from '../../ops/runtime.js';
import { answerWith, questionFrom, type Deps } from './answering.js';
import { uploadAttachments } from './uploads.js';

export const GREETING = 'Hi! Ask me about the earnings release. Every figure I give comes with the release line it is from.';
export const THINKING = 'is thinking…';
const NAME_MAX = 40;

export interface Prompt {
  title: string;
  message: string;
}

/**
 * Up to four prompts: the quarter's summary, then the change of the first headline figures the
 * summary lists ("- Total net revenue: …"), so the prompts follow whatever release is loaded.
 */
export async function headlinePrompts(asker: Asker): Promise<Prompt[]> {
  const prompts: Prompt[] = [{ title: 'The quarter at a glance', message: 'Summary of the quarter' }];
  let names: string[] = [];
  try {
    const summary = await asker.ask('summary', 'slack:suggested-prompts');
    if (summary.status === 'answer') names = [...summary.text.matchAll(/^- ([^:\n]+):/gm)].map((m) => m[1]!.trim());
  } catch {
    // No headlines to offer: the summary prompt alone still helps.
  }
  for (const name of names.filter((n) => n.length <= NAME_MAX).slice(0, 3)) {
    prompts.push({ title: `${name} year over year`, message: `${name} YoY` });
  }
  return prompts;
}

export function qfinAssistant(deps: Deps): Assistant {
  // The same for every thread: asked once, when the first thread starts.
  let prompts: Promise<Prompt[]> | undefined;
  return new Assistant({
    threadStarted: async ({ say, setSuggestedPrompts }) => {
      await say(GREETING);
      prompts ??= headlinePrompts(deps.asker);
      await setSuggestedPrompts({ title: 'Try asking:', prompts: await prompts });
    },
    // The answers do not depend on the channel the person is viewing, so there is no context to keep
    // (Bolt's default would read and rewrite the thread's first message each time).
    threadContextChanged: async () => {},
    userMessage: async ({ message, body, client, say, setStatus, setTitle, logger }) => {
      // Only what a person typed in the thread (not the bot's own replies, edits or joins).
      if (message.subtype !== undefined || ('bot_id' in message && message.bot_id) || !('thread_ts' in message) || !message.thread_ts) return;
      const { channel, thread_ts: thread } = message;
      const question = questionFrom(message.text ?? '');
      if (!deps.threads.has(channel, thread)) {
        deps.threads.join(channel, thread);
        await setTitle(Array.from(question).slice(0, 100).join(''));
      }
      await setStatus(THINKING);
      // One conversation per assistant thread (a DM holds many of them).
      const conversation = `slack:${body.team_id}:${channel}:${thread}`;
      const { message: reply, answer } = await answerWith(deps, logger, question, conversation, { feedback: true });
      await say(reply);
      if (answer) await uploadAttachments(client, answer, { channel, thread_ts: thread }, logger);
    },
  });
}
