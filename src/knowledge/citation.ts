// Where a figure or a sentence stands: the one citation type, shared by the knowledge base (every fact
// carries one) and the answer model (which cites them). It lives here so knowledge imports nothing above it.
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer.
import { z } from 'zod/v3';

export const CitationSchema = z.object({
  /** Path of the release relative to the project root, e.g. data/releases/qfin-2024q1.md */
  document: z.string(),
  /** 1-based line number in that document (for HTML, the source line of the element). */
  line: z.number().int().positive(),
  /** Text of that line as a person reads it, markup stripped. */
  quote: z.string(),
  /** A table figure's column: its heading's period, currency and scale ("Three months ended March 31, 2024, RMB in thousands"). */
  column: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A document's line as one key, "data/releases/acme-2024q1.md:268": the figures and sentences of one line share it. */
export const lineOf = (c: Pick<Citation, 'document' | 'line'>): string => `${c.document}:${c.line}`;
