// Where a figure or a sentence stands: the one citation type, shared by the knowledge base (every fact
// carries one) and the answer model (which cites them). It lives here so knowledge imports nothing above it.
// Its schema is in schemas.ts.
import type { Citation } from './schemas.js';

export type { Citation, CitedCell } from './schemas.js';

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
