// What each renderer shows of a citation, so a person can check it against the release: a table figure
// by its row, its column's period and unit and the cell as printed; a sentence as it reads (footnote
// marks dropped), unless the answer's text already quotes it. Wording only: every part is the citation's.
import type { Answer, Citation } from '../intents/answer.js';

/** A source as its own lines of text, without its place (document and line): the renderer adds that. */
export function checkable(c: Citation, text: string): string[] {
  // "%" is left out where the printed cell carries it ("margin · Q1 2024: 32.8%").
  if (c.row && c.cells?.length) return c.cells.map((k) => `${c.row} · ${k.period}${k.unit === '%' && k.printed.endsWith('%') ? '' : ` · ${k.unit}`}: ${k.printed}`);
  const sentence = c.reads ?? c.quote;
  // A sentence the answer quotes whole is not printed twice.
  return [text.includes(sentence) ? 'quoted above' : sentence];
}

/** An answer's sources in order, one entry a line of text, each with the citation it stands for. */
export function sourceLines(a: Pick<Answer, 'citations' | 'text'>): { citation: Citation; text: string }[] {
  return a.citations.flatMap((citation) => checkable(citation, a.text).map((text) => ({ citation, text })));
}

/** The "How:" line of an answer's text, which renderers replace by the derivations, one per line. */
export const HOW_LINE = /^How: /;

/** The answer's text without its "How:" line where the derivations are shown below it. */
export function withoutHow(a: Pick<Answer, 'text' | 'derivations'>): string[] {
  return a.text.split('\n').filter((l) => !(a.derivations.length > 0 && HOW_LINE.test(l)));
}
