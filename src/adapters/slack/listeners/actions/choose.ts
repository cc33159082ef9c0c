import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { postAnswer, reply, type Deps } from '../../answering.js';
import { conversationId, isDirectMessage } from '../../conversation.js';

/** A choice under "did you mean …?": answers that question in the conversation that asked. */
export const chooseAnswer =
  (deps: Deps) =>
  async ({
    body,
    action,
    ack,
    respond,
    client,
    logger,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const question = action.value;
    if (question === undefined) return;
    const team = body.team?.id ?? body.user.team_id ?? '';
    const channel: string = body.channel?.id ?? body.container['channel_id'];
    // Slack sends no message with a click on an ephemeral one: that was a slash command's private reply.
    const message = body.container['is_ephemeral'] ? undefined : body.message;
    if (message === undefined) {
      const conversation = conversationId(team, channel, body.user.id);
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...(await reply(deps, logger, question, conversation, { shareable: true })),
      });
      return;
    }
    const thread: string = message['thread_ts'] ?? message.ts;
    // In a DM the bot answers at top level unless the question was in a thread.
    const replyThread: string | undefined = isDirectMessage(channel) ? message['thread_ts'] : thread;
    const place = { channel, ...(replyThread ? { thread_ts: replyThread } : {}) };
    await postAnswer(client, deps, logger, question, conversationId(team, channel, thread), place, { echo: true, feedback: true });
    // The bot has answered in this channel thread: follow-ups there need no mention.
    if (!isDirectMessage(channel)) deps.threads.join(channel, thread);
  };
