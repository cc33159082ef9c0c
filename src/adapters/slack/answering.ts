// The one path from a question to a Slack message, shared by every listener.
import type { Logger, webApi } from '@slack/bolt';
import type { Answer } from '../../intents/answer.js';
import type { Asker } from '../../ops/runtime.js';
import { fromSlack } from './escape.js';
import { feedbackBlock } from './feedback.js';
import { LIMITS, renderAnswer, renderNotice, type SlackMessage } from './render.js';
import type { ShareableAnswers } from './shareable.js';
import type { JoinedThreads } from './threads.js';
import { hasFiles } from '../attachments.js';
import { privateNote, uploadAttachments, type Place } from './uploads.js';

type WebClient = webApi.WebClient;

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

/** What a question came to: the message to post, and the answer (null when the engine failed). */
export interface Replied {
  message: SlackMessage;
  answer: Answer | null;
}

/** Asks the engine; a failure is logged and becomes an apology, so one bad question never stops the app. */
export async function answerWith(deps: Deps, logger: Logger, question: string, conversation: string, options: ReplyOptions = {}): Promise<Replied> {
  let answer: Answer;
  try {
    answer = await deps.asker.ask(question, conversation);
  } catch (error) {
    logger.error(`qfin: the engine failed answering a question in ${conversation}:`, error);
    return { message: renderNotice(SORRY), answer: null };
  }
  const offerPost = options.shareable === true && answer.status === 'answer';
  const message = renderAnswer(answer, {
    ...(options.echo || options.shareable ? { question } : {}),
    ...(offerPost ? { postValue: deps.shareable.add({ question, answer }) } : {}),
  });
  if (options.feedback && answer.status !== 'clarify' && message.blocks.length < LIMITS.blocks) {
    message.blocks.push(feedbackBlock(question, answer.status));
  }
  return { message, answer };
}

/**
 * The message for a private reply (a slash command's, or a click on it): Slack cannot attach a file to
 * an ephemeral message, so an answer with a chart or an export says where to ask for it instead.
 */
export async function reply(deps: Deps, logger: Logger, question: string, conversation: string, options: ReplyOptions = {}): Promise<SlackMessage> {
  const { message, answer } = await answerWith(deps, logger, question, conversation, options);
  if (hasFiles(answer) && message.blocks.length < LIMITS.blocks) message.blocks.push(privateNote());
  return message;
}

/** Posts the answer where the question was (a thread, or a DM), then its chart or export beside it. */
export async function postAnswer(
  client: WebClient,
  deps: Deps,
  logger: Logger,
  question: string,
  conversation: string,
  place: Place,
  options: ReplyOptions = {},
): Promise<void> {
  const { message, answer } = await answerWith(deps, logger, question, conversation, options);
  await client.chat.postMessage({ ...place, ...message });
  if (answer) await uploadAttachments(client, answer, place, logger);
}
