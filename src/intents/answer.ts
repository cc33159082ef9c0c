// The Answer model: the one value every adapter renders. Adapters format it; they never compute or
// reword a figure, so everything a person reads is already in `text`.
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer. (The Slack and Discord config, loaded only when a platform starts, use v4.)
import { z } from 'zod/v3';
import { CitationSchema } from '../knowledge/citation.js';

export { CitationSchema, type Citation } from '../knowledge/citation.js';

/** A figure the bot computed (growth, share, ratio, sum, USD), with the formula over its inputs. */
export const DerivationSchema = z.object({
  label: z.string(),
  value: z.string(),
  formula: z.string(),
});
export type Derivation = z.infer<typeof DerivationSchema>;

/** One option offered when the bot asks which of several things was meant. */
export const ChoiceSchema = z.object({
  /** Short button label, e.g. "Other services fees (Platform services)". */
  label: z.string(),
  /** The full question that choosing it answers; adapters send this back to Engine.ask. */
  question: z.string(),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const AnswerSchema = z.object({
  status: z.enum(['answer', 'clarify', 'unknown']),
  /** Exactly what a person reads: plain text, figures in the release's style. */
  text: z.string(),
  /** The period the answer speaks of, e.g. "Q1 2024" or "March 31, 2024", when there is one. */
  period: z.string().optional(),
  citations: z.array(CitationSchema),
  derivations: z.array(DerivationSchema),
  choices: z.array(ChoiceSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type Status = Answer['status'];

/** What adapters talk to. `conversation` keys the follow-up context (a thread, a DM, a channel). */
export interface Engine {
  ask(text: string, conversation: string): Answer;
  /** Up to `limit` metric names and common questions that start with or resemble `prefix`. */
  suggest(prefix: string, limit?: number): string[];
}
