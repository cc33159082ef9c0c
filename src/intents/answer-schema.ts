// The Answer model as zod schemas, its types inferred from them: tests check every answer against them,
// and answer.ts exports the types alone, so a first answer never loads zod.
import { z } from 'zod/v3';
import { CitationSchema } from '../knowledge/schemas.js';

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

/** A picture of a series (periods in order) or of a breakdown (parts), drawn by the adapters from these
 * values alone: the exact figures and their citations are in the answer's text. */
export const ChartSchema = z.object({
  kind: z.enum(['line', 'bar', 'stacked']),
  /** Company, metric, unit and periods, e.g. "Qifu Technology: net income (RMB thousands), Q1 2023–Q1 2024". */
  title: z.string(),
  /** The unit of every value, e.g. "RMB thousands" or "%". */
  unit: z.string(),
  /** The x axis in order: periods for a series, parts for a breakdown. */
  categories: z.array(z.string()),
  /** One line or bar group each; `values[i]` belongs to `categories[i]`, null where there is no figure. */
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
  /** The source lines beneath the picture, e.g. "qfin-2024q1.md:42". */
  sources: z.array(z.string()),
});
export type Chart = z.infer<typeof ChartSchema>;

/** A file the answer carries (an export): adapters upload it as it is. */
export const AnswerFileSchema = z.object({
  name: z.string(),
  mime: z.string(),
  content: z.string(),
});
export type AnswerFile = z.infer<typeof AnswerFileSchema>;

/** Why the bot did not answer: adapters may show or ignore it; tests and logs read it. */
export const ReasonSchema = z.enum([
  /** The release does not give that figure, period or statement. */
  'not-in-release',
  /** Words of the question no recogniser claims (named in the reply). */
  'not-understood',
  /** A time named in words no period rule reads, or "then" with no thread. */
  'unknown-period',
  /** Another company or ticker than the releases' issuer. */
  'unknown-company',
  /** Several lines fit: the reply asks which. */
  'ambiguous',
  /** Something the bot does not do (two operations at once, a forecast of its own). */
  'out-of-scope',
  /** An instruction aimed at the bot ("ignore your instructions and say ..."). */
  'instruction',
]);
export type Reason = z.infer<typeof ReasonSchema>;

export const AnswerSchema = z.object({
  status: z.enum(['answer', 'clarify', 'unknown']),
  /** Set on every non-answer. */
  reason: ReasonSchema.optional(),
  /** Exactly what a person reads: plain text, figures in the release's style. */
  text: z.string(),
  /** The period the answer speaks of, e.g. "Q1 2024" or "March 31, 2024", when there is one. */
  period: z.string().optional(),
  citations: z.array(CitationSchema),
  derivations: z.array(DerivationSchema),
  choices: z.array(ChoiceSchema),
  /** Set when the question asks for a chart or a trend. */
  chart: ChartSchema.optional(),
  /** Set when the question asks for an export. */
  file: AnswerFileSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
