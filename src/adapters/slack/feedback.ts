// 👍/👎 under an answer (Block Kit's feedback buttons). A click is logged with the question and the
// answer's status, which is what a maintainer needs to find the answers people found wrong or unhelpful.
// The question rides in the buttons' values (Slack sends no message text with the click), cut short.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import type { Status } from '../../intents/answer.js';

export const FEEDBACK_ACTION = 'qfin_feedback';
const QUESTION_MAX = 150;

interface Rated {
  rating: 'positive' | 'negative';
  status: string;
  question: string;
}

const value = (rating: Rated['rating'], status: Status, question: string) =>
  // URI-encoded, so nothing a person typed travels as something Slack might read as markup.
  JSON.stringify({ r: rating, s: status, q: encodeURIComponent(Array.from(question).slice(0, QUESTION_MAX).join('')) });

export function feedbackBlock(question: string, status: Status): types.KnownBlock {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION,
        positive_button: { text: { type: 'plain_text', text: '👍' }, accessibility_label: 'Good answer', value: value('positive', status, question) },
        negative_button: { text: { type: 'plain_text', text: '👎' }, accessibility_label: 'Wrong or unhelpful answer', value: value('negative', status, question) },
      },
    ],
  };
}

/** The rating a button's value carries; null when it is not one of ours. */
export function readFeedback(raw: string | undefined): Rated | null {
  try {
    const v = JSON.parse(raw ?? '') as { r?: unknown; s?: unknown; q?: unknown };
    if ((v.r !== 'positive' && v.r !== 'negative') || typeof v.s !== 'string' || typeof v.q !== 'string') return null;
    return { rating: v.r, status: v.s, question: decodeURIComponent(v.q) };
  } catch {
    return null;
  }
}

/** Logs a click: rating, the answer's status, the question, who and where. */
export const onFeedback = async ({ ack, action, body, logger }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
  await ack();
  const rated = readFeedback((action as { value?: string }).value);
  if (!rated) return;
  logger.info(
    `qfin: feedback ${rated.rating} (answer status "${rated.status}") on ${JSON.stringify(rated.question)} (user ${body.user.id}, channel ${body.channel?.id ?? '?'})`,
  );
};
