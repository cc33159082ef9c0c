import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { postAnswer, questionFrom, type Deps } from '../../answering.js';
import { conversationId } from '../../conversation.js';

/** "@qfin what was …" in a channel: answered in the question's thread, which is also its conversation. */
export const appMention =
  (deps: Deps) =>
  async ({
    event,
    body,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const thread = event.thread_ts ?? event.ts;
    // questionFrom drops the mention of the bot itself, and every other address.
    const question = questionFrom(event.text);
    await postAnswer(client, deps, logger, question, conversationId(body.team_id, event.channel, thread), { channel: event.channel, thread_ts: thread }, { feedback: true });
    // Follow-ups in this thread are now answered without a mention.
    deps.threads.join(event.channel, thread);
  };
