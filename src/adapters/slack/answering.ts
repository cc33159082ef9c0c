// The one path from a question to a Slack message, shared by every listener.
import type { Logger } from '@slack/bolt';
import type { Answer, Engine } from '../../intents/answer.js';
import { fromSlack } from './escape.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';
import type { ShareableAnswers } from './shareable.js';

export interface Deps {
  engine: Engine;
  shareable: ShareableAnswers;
}

/** The question in a message as Slack sends it; saying nothing (just "@qfin", "/qfin") asks for help. */
export const questionFrom = (slackText: string) => fromSlack(slackText).trim() || 'help';

export const SORRY = 'Sorry, something went wrong answering that. Please try again in a moment.';

export interface ReplyOptions {
  /** Show the question above the answer (where the person's own message is not visible). */
  echo?: boolean;
  /** The reply is ephemeral: offer a "Post to channel" button for a real answer. */
  shareable?: boolean;
}

/** Asks the engine; a failure is logged and becomes an apology, so one bad question never stops the app. */
export function reply(
  deps: Deps,
  logger: Logger,
  question: string,
  conversation: string,
  options: ReplyOptions = {},
): SlackMessage {
  let answer: Answer;
  try {
    answer = deps.engine.ask(question, conversation);
  } catch (error) {
    logger.error(`qfin: the engine failed answering a question in ${conversation}:`, error);
    return renderNotice(SORRY);
  }
  const offerPost = options.shareable === true && answer.status === 'answer';
  return renderAnswer(answer, {
    ...(options.echo || options.shareable ? { question } : {}),
    ...(offerPost ? { postValue: deps.shareable.add({ question, answer }) } : {}),
  });
}
