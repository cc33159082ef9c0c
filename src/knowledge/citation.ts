// Where a figure or a sentence stands: the one citation type, shared by the knowledge base (every fact
// carries one) and the answer model (which cites them). It lives here so knowledge imports nothing above it.
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer.
import { z } from 'zod/v3';

/** One figure of a table row: which column it is in, so a person can find it on the line. */
export const CellSchema = z.object({
  /** The column's period, e.g. "Q1 2024", "March 31, 2024", or "Q1 2024 vs Q1 2023" for a change column. */
  period: z.string(),
  /** Currency and scale of the column, e.g. "RMB thousands", "%", "RMB per ADS". */
  unit: z.string(),
  /** The cell as the release prints it, e.g. "548,824" or "(2,236)". */
  printed: z.string(),
});
export type CitedCell = z.infer<typeof CellSchema>;

export const CitationSchema = z.object({
  /** Path of the release relative to the project root, e.g. data/releases/qfin-2024q1.md */
  document: z.string(),
  /** 1-based line number in that document (for HTML, the source line of the element). */
  line: z.number().int().positive(),
  /** Text of that line as a person reads it, markup stripped: verbatim, so a grader or a person can find it. */
  quote: z.string(),
  /** A table row's full label, where the citation is of table cells. */
  row: z.string().optional(),
  /** The cells of that row the answer uses, each with its column's period and unit. */
  cells: z.array(CellSchema).optional(),
  /** The quoted sentence as a person reads it, where the quote carries footnote marks ("million 4 ,"). */
  reads: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A document's line as one key, "data/releases/acme-2024q1.md:268": the figures and sentences of one line share it. */
export const lineOf = (c: Pick<Citation, 'document' | 'line'>): string => `${c.document}:${c.line}`;

const words = (s: string) => s.replace(/[^A-Za-z]+/g, '');
const figures = (s: string) => s.match(/\d[\d,.]*\d|\d/g) ?? [];
/** Whether `sentence` is `printed` without its footnote marks: the same words in order, each of its figures printed there, and shorter. */
const unmarked = (sentence: string, printed: string) =>
  sentence.length < printed.length && words(sentence) === words(printed) && figures(sentence).every((n) => printed.includes(n));

/**
 * A sentence's citation: `quote` verbatim from its line, and `reads`, the parsed sentence with its
 * footnote marks dropped, where one of the quote's sentences (`pieces`) is that sentence with marks.
 */
export function sentenceCitation(document: string, line: number, quote: string, sentence: string, pieces: string[]): Citation {
  return { document, line, quote, ...(pieces.some((p) => unmarked(sentence, p)) ? { reads: sentence } : {}) };
}
