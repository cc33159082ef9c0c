// What every Discord handler shares: the engine, the clarify-choice store, a logger, and the one
// place that turns an Answer (or a failure to get one) into a reply payload.
import type { APIEmbed } from 'discord.js';
import type { Answer, Engine } from '../../intents/answer.js';
import type { ChoiceStore } from './choices.js';
import type { ShareStore } from './share.js';
import { answerEmbed, choiceButtons, plainText, type ButtonRow } from './render.js';

export interface DiscordContext {
  engine: Engine;
  choices: ChoiceStore;
  /** Private /qfin answers waiting for their "Post to channel" click. */
  shares: ShareStore;
  log: (line: string) => void;
}

/** Never ping anyone: not @everyone/@here, roles or users named in a question, nor the person replied to. */
export const NO_PING = { parse: [], repliedUser: false } as const satisfies {
  parse: [];
  repliedUser: boolean;
};

export const SORRY =
  'Sorry, something went wrong while answering that. Please try again in a moment.';
export const EXPIRED = 'That choice has expired. Please ask the question again.';

/**
 * Conversation context is per person per channel (threads and DMs are channels): two people asking in
 * one channel each keep their own follow-ups, as they would talking to a colleague.
 */
export function conversationId(channelId: string | null | undefined, userId: string): string {
  return channelId ? `discord:${channelId}:${userId}` : `discord:user:${userId}`;
}

/** Asks the engine; a throw is logged and becomes null so the caller can apologise and carry on. */
export function safeAsk(ctx: DiscordContext, question: string, conversation: string): Answer | null {
  try {
    return ctx.engine.ask(question, conversation);
  } catch (error) {
    ctx.log(`[discord] engine.ask failed (conversation ${conversation}, question ${JSON.stringify(question.slice(0, 200))}): ${describe(error)}`);
    return null;
  }
}

export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  /** Errors and "the release doesn't say" are shown only to the asker where the platform allows it. */
  private: boolean;
}

/** `question` titles the embed. */
export function replyFor(ctx: DiscordContext, answer: Answer | null, question?: string): ReplyPayload {
  if (answer === null) return { content: SORRY, private: true };
  switch (answer.status) {
    case 'unknown':
      return { content: plainText(answer.text), private: true };
    case 'clarify': {
      const ids = ctx.choices.customIds(answer.choices.map((c) => c.question));
      return { embeds: [answerEmbed(answer, question)], components: choiceButtons(answer, (i) => ids[i]!), private: false };
    }
    case 'answer':
      return { embeds: [answerEmbed(answer, question)], components: [], private: false };
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
