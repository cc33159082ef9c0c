import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { postAnswer, questionFrom, type Deps } from '../../answering.js';
import { conversationId } from '../../conversation.js';

/** A direct message to the bot. The whole DM is one conversation; a reply goes where the question was. */
export const directMessage =
  (deps: Deps) =>
  async ({ event, body, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    // Only what a person typed: no edits, joins or other subtypes, and no bots (this one included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    const question = questionFrom(event.text ?? '');
    const place = { channel: event.channel, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) };
    await postAnswer(client, deps, logger, question, conversationId(body.team_id, event.channel, event.ts), place, { feedback: true });
  };
