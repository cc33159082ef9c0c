// Footnote marks as releases print them (<sup>*1</sup>, *1, (1), [1], ¹, a bare digit): which marks a
// document's footnotes define and its text uses, and the text with each such mark in one form.
import { matchesOf, mayMatch } from './prefilter.js';

// A footnote starts with its mark: <sup>10</sup>, <sup>(1)</sup>, *1, (1), [1], ¹ or a bare number, then text.
export const FOOTNOTE = /^\s*(?:<sup>\s*\\?[*([]?\s*(\d{1,2})\s*[)\]]?\s*<\/sup>|\\?\*(\d{1,2})\b|\((\d{1,2})\)|\[(\d{1,2})\]|⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})⁾?|(\d{1,2})(?=\s+["“A-Z]))\s*(.*)$/;
// A footnote mark in the text: <sup>*1</sup>, <sup>(1)</sup>, or glued to the word or figure it marks:
// "lines*2", "loans(3)", "loans[3]", "loans³", "million4", "“ICE”5".
const SUP_MARK = /<sup>\s*\\?[*([]?\s*(\d{1,2})\s*[)\]]?\s*<\/sup>/g;
const GLUED_MARKS = [
  /(?<=\S)\\?\*(\d{1,2})(?!\d)/g,
  /(?<=[A-Za-z%"”])\((\d{1,2})\)/g,
  /(?<=\S)\[(\d{1,2})\]/g,
  /(?<=\S)⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})⁾?/g,
  /(?<=[a-z]{2}|\w["”])(\d{1,2})(?!\w|[.,]\d)/g,
];
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A mark's number in ASCII digits ("¹" → "1"). */
const digits = (mark: string) => mark.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c)));
export const markOf = (m: RegExpExecArray) => digits((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!);

/**
 * Footnote marks in one form: the marks of a document's footnotes, however typeset, as <sup>*N</sup>
 * (the one form the text readers look for); and which marks its footnotes define and its text uses.
 */
export interface Marks {
  referenced: Set<string>;
  unmark: (s: string) => string;
}

export function marks(lines: string[]): Marks {
  const known = marksOf.get(lines);
  if (known) return known;
  // Only marks that the text refers to make a line that starts with one a footnote; the glued marks
  // of those footnotes are markup, like <sup>, and are dropped from the text that figures are read from.
  // A line with no digit has no mark: the mark patterns are costly (most lead with a lookbehind), and run
  // only where one may be, and where its literal ("*", "(", "[") is.
  const marked = (l: string) => /[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(l);
  const defined = new Set(lines.map((l) => FOOTNOTE.exec(l)).flatMap((m) => (m ? [markOf(m)] : [])));
  const referenced = new Set(
    lines.filter(marked).flatMap((l) => [SUP_MARK, ...GLUED_MARKS].flatMap((re) => matchesOf(re, l).map((m) => digits(m[1]!)))).filter((m) => defined.has(m)),
  );
  const unmark = (s: string) =>
    !marked(s) || !referenced.size
      ? s
      : GLUED_MARKS.reduce((t, re) => (mayMatch(re, t) ? t.replace(re, (all, n: string) => (referenced.has(digits(n)) ? `<sup>*${digits(n)}</sup>` : all)) : t), s).replace(SUP_MARK, (_all, n: string) => `<sup>*${n}</sup>`);
  const found = { referenced, unmark };
  marksOf.set(lines, found);
  return found;
}
/** One reading of a document's marks, shared by the block and the text readers. */
const marksOf = new WeakMap<string[], Marks>();

/** The lines with their footnote marks as <sup>*N</sup>, for reading which phrase a mark follows. */
export function markedLines(lines: string[]): string[] {
  let marked = markedOf.get(lines);
  if (!marked) markedOf.set(lines, (marked = lines.map(marks(lines).unmark)));
  return marked;
}
/** The marked lines of a document, read by the text and the wholes readers alike. */
const markedOf = new WeakMap<string[], string[]>();
