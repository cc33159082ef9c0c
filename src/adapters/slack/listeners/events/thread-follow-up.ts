import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { postAnswer, questionFrom, type Deps } from '../../answering.js';
import { conversationId } from '../../conversation.js';

/**
 * A message in a channel thread the bot has answered in: a follow-up, answered without a new mention.
 * Mentions are left to app_mention (else they would be answered twice), and threads the bot never
 * answered in are ignored.
 */
export const threadFollowUp =
  (deps: Deps) =>
  async ({ event, body, context, client, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    if (event.channel_type !== 'channel' && event.channel_type !== 'group') return;
    if (event.subtype !== undefined || event.bot_id || !event.thread_ts) return;
    if (!deps.threads.has(event.channel, event.thread_ts)) return;
    const text = event.text ?? '';
    if (context.botUserId && text.includes(`<@${context.botUserId}`)) return;
    const conversation = conversationId(body.team_id, event.channel, event.thread_ts);
    await postAnswer(client, deps, logger, questionFrom(text), conversation, { channel: event.channel, thread_ts: event.thread_ts }, { feedback: true });
  };
