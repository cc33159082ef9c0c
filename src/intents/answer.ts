// The Answer model: the one value every adapter renders. Adapters format it; they never compute or
// reword a figure, so everything a person reads is already in `text`.
import type { Answer } from './answer-schema.js';

// The types, from their schemas (answer-schema.ts, which a first answer does not load).
export type { Answer, AnswerFile, Chart, Choice, Derivation, Reason } from './answer-schema.js';
export type { Citation } from '../knowledge/citation.js';

export type Status = Answer['status'];

/** What adapters talk to. `conversation` keys the follow-up context (a thread, a DM, a channel). */
export interface Engine {
  ask(text: string, conversation: string): Answer;
  /** Up to `limit` metric names and common questions that start with or resemble `prefix`. */
  suggest(prefix: string, limit?: number): string[];
}
