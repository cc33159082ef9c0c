// What every Discord handler shares: the engine, the clarify-choice store, a logger, and the one
// place that turns an Answer (or a failure to get one) into a reply payload.
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../intents/answer.js';
import { hashId } from '../../ops/log.js';
import type { Asker } from '../../ops/runtime.js';
import type { ChoiceStore } from './choices.js';
import type { ShareStore } from './share.js';
import { answerEmbed, choiceButtons, plainText, type ButtonRow } from './render.js';

export interface DiscordContext {
  asker: Asker;
  choices: ChoiceStore;
  /** Private /qfin answers waiting for their "Post to channel" click. */
  shares: ShareStore;
  /** A failure worth an operator's look (a warning in the process's log). */
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

/**
 * The question in a message or a /qfin option: mentions of users (the bot's own, `<@id>` or `<@!id>`), of roles and
 * @everyone/@here address people and are no part of it. A message that was only a mention asks for help.
 */
export function questionOf(content: string): string {
  return content.replace(/<@[!&]?\d+>|@(?:everyone|here)\b/g, ' ').replace(/\s+/g, ' ').trim() || 'help';
}

/** Asks the engine; a throw is logged and becomes null so the caller can apologise and carry on. */
export async function safeAsk(ctx: DiscordContext, question: string, conversation: string): Promise<Answer | null> {
  try {
    return await ctx.asker.ask(question, conversation);
  } catch (error) {
    // The question's words are logged only at debug level, by the asker.
    ctx.log(`[discord] answering failed (conversation ${hashId(conversation)}): ${describe(error)}`);
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
