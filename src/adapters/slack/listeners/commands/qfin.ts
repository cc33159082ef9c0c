import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { questionFrom, reply, type Deps } from '../../answering.js';
import { conversationId } from '../../conversation.js';

/** `/qfin <question>`: answered privately, with a button to share it; `/qfin` alone shows help. */
export const qfinCommand =
  (deps: Deps) =>
  async ({ command, ack, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const question = questionFrom(command.text);
    // Private answers in a channel: each user there has their own follow-up context.
    const conversation = conversationId(command.team_id, command.channel_id, command.user_id);
    await respond({ response_type: 'ephemeral', ...(await reply(deps, logger, question, conversation, { shareable: true })) });
  };
