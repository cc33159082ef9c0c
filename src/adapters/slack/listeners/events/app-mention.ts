import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { questionFrom, reply, type Deps } from '../../answering.js';
import { conversationId } from '../../conversation.js';

/** "@qfin what was …" in a channel: answered in the question's thread, which is also its conversation. */
export const appMention =
  (deps: Deps) =>
  async ({
    event,
    body,
    context,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const thread = event.thread_ts ?? event.ts;
    // The mention of the bot itself is an address, not part of the question.
    const self = new RegExp(`<@${context.botUserId ?? '[A-Z0-9]+'}(?:\\|[^>]*)?>`, 'g');
    const question = questionFrom(event.text.replace(self, ''));
    const message = reply(deps, logger, question, conversationId(body.team_id, event.channel, thread), { feedback: true });
    await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...message });
    // Follow-ups in this thread are now answered without a mention.
    deps.threads.join(event.channel, thread);
  };
