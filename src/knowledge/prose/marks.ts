// Footnote marks of any form, blanked before prose is read for its figures: "users6", "volume*4",
// "origination volume(1)", "loans[3]", "loans³", "“ICE”5". A mark glued to a word is never a figure,
// whether or not the document prints the footnote. Blanked, not removed: every offset into the text
// still points at the line it came from. (<sup> marks are gone already with the markup.)
import { mayMatch } from '../prefilter.js';

const MARKS: RegExp[] = [
  /(?<=\S)\\?\*\d{1,2}(?!\d)/g,
  /(?<=[A-Za-z%"”])\(\d{1,2}\)/g,
  /(?<=\S)\[\d{1,2}\]/g,
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}/g,
  // A bare digit after a lowercase word or a closing quote ("users6", "due5"), never inside a name
  // ("Day-1", "Q2", "31-60") nor before a decimal or another word.
  /(?<=[a-z]{2}|\w["”])\d{1,2}(?!\w|[.,]\d)/g,
  // Emphasis underscores ("_China transaction volume ..._") are markup too.
  /(?<=^|[\s(])_(?=\S)|(?<=\S)_(?=[\s.,;:)]|$)/g,
];

/** The text with its footnote marks replaced by spaces of the same length. */
export function blankMarks(text: string): string {
  // A pattern led by a lookbehind is tried at every place of the text: not run where its literal ("*", "(", "_") is absent.
  return MARKS.reduce((t, re) => (mayMatch(re, t) ? t.replace(re, (m) => ' '.repeat(m.length)) : t), text);
}
