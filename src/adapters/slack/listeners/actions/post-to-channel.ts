import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../answering.js';
import { renderAnswer, renderNotice } from '../../render.js';

export const EXPIRED = 'That answer is no longer available to post. Please ask again with /qfin.';

/** "Post to channel" under a private answer: the same answer, for everyone, then the private copy goes. */
export const postToChannel =
  (deps: Deps) =>
  async ({ action, ack, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> => {
    await ack();
    const shared = action.value === undefined ? undefined : deps.shareable.take(action.value);
    if (shared === undefined) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(EXPIRED) });
      return;
    }
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderAnswer(shared.answer, { question: shared.question }),
    });
    await respond({ delete_original: true });
  };
