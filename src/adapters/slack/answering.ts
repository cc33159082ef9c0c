// The one path from a question to a Slack message, shared by every listener.
import type { Logger } from '@slack/bolt';
import type { Answer } from '../../intents/answer.js';
import type { Asker } from '../../ops/runtime.js';
import { fromSlack } from './escape.js';
import { feedbackBlock } from './feedback.js';
import { LIMITS, renderAnswer, renderNotice, type SlackMessage } from './render.js';
import type { ShareableAnswers } from './shareable.js';
import type { JoinedThreads } from './threads.js';

export interface Deps {
  asker: Asker;
  shareable: ShareableAnswers;
  /** Channel threads the bot answered in, where follow-ups need no mention. */
  threads: JoinedThreads;
}

/** Mentions of people (the bot's own included) and broadcasts (`<!here>`) address someone: no part of a question. */
const ADDRESSES = /<(?:@|!(?!date\^))[^<>]*>/g;

/** The question in a message as Slack sends it; saying nothing (just "@qfin", "/qfin") asks for help. */
export const questionFrom = (slackText: string) => fromSlack(slackText.replace(ADDRESSES, ' ')).trim() || 'help';

export const SORRY = 'Sorry, something went wrong answering that. Please try again in a moment.';

export interface ReplyOptions {
  /** Show the question above the answer (where the person's own message is not visible). */
  echo?: boolean;
  /** The reply is ephemeral: offer a "Post to channel" button for a real answer. */
  shareable?: boolean;
  /** Add 👍/👎 buttons whose clicks are logged (not under a question back, which has its own buttons). */
  feedback?: boolean;
}

/** Asks the engine; a failure is logged and becomes an apology, so one bad question never stops the app. */
export async function reply(
  deps: Deps,
  logger: Logger,
  question: string,
  conversation: string,
  options: ReplyOptions = {},
): Promise<SlackMessage> {
  let answer: Answer;
  try {
    answer = await deps.asker.ask(question, conversation);
  } catch (error) {
    logger.error(`qfin: the engine failed answering a question in ${conversation}:`, error);
    return renderNotice(SORRY);
  }
  const offerPost = options.shareable === true && answer.status === 'answer';
  const message = renderAnswer(answer, {
    ...(options.echo || options.shareable ? { question } : {}),
    ...(offerPost ? { postValue: deps.shareable.add({ question, answer }) } : {}),
  });
  if (options.feedback && answer.status !== 'clarify' && message.blocks.length < LIMITS.blocks) {
    message.blocks.push(feedbackBlock(question, answer.status));
  }
  return message;
}
