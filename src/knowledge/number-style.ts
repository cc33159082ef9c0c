import { literal } from './literal.js';
import { quoteOf } from './markup.js';
import { decideDecimal, numberTokens, readingOf, type DecimalMark, type NumberTokens } from './number-evidence.js';

// How a document writes its numbers. German, Nordic, French, Italian, Spanish and Brazilian issuers print
// "60.385", "3 412,6" and "13,3 %"; Swiss ones "1'234.5"; the readers read "60,385", "3,412.6" and "13.3 %".
// The style is decided once per document from the numbers that show it (number-evidence.ts), and every line,
// table or prose, is read in it: each number rewritten in place, same length, so fixed-width columns stay put
// and citations still quote the lines as printed. A number the decided style cannot read ("1,234.5" in a
// decimal-comma document; "60.385" where the style is undecided) is blanked, never read the other way, and named.

/** A figure not read because the document's number style gives it no one reading. */
export interface UnreadFigure {
  line: number;
  figure: string;
  reason: string;
}

/** What stands in for a figure not read: no digit, so no reader takes a number from it, one character for one. */
const BLANK = '?';

const GROUPS = /[.,'’\u00a0\u2009\u202f]/g;
const toCommas = (digits: string) => digits.replace(GROUPS, ',');

/** A number of the comma style in the point style: groups as commas, the last comma as the decimal point. */
function commaToPoint(token: string, decimals: boolean): string {
  const grouped = toCommas(token);
  const at = grouped.lastIndexOf(',');
  return decimals && at >= 0 ? `${grouped.slice(0, at)}.${grouped.slice(at + 1)}` : grouped;
}

/** One number read in the decided style: as the point style prints it, or null when the style cannot read it. */
function readToken(token: string, decimal: DecimalMark): string | null {
  const r = readingOf(token);
  if (r.kind === 'other') return token;
  if (r.kind === 'grouped') return toCommas(token);
  if (r.kind === 'decimal') {
    // A number whose form shows the other style than the document's is read by neither: never the other way.
    if (decimal !== null && r.decimal !== decimal) return null;
    return r.decimal === ',' ? commaToPoint(token, true) : token.replace(/['’\u00a0\u2009\u202f]/g, ',');
  }
  if (decimal === null) return null;
  // One separator before three digits: a group in the style whose decimal mark it is not.
  if (decimal === '.') return token;
  return r.separator === '.' ? toCommas(token) : commaToPoint(token, true);
}

// In the comma style an ordinary space may group thousands too ("3 412,6", "NOK 9 845 m"); in the point style
// it is a text table's column break. Such groups are joined (as a no-break space) before the numbers are read.
const SPACED = /(?<![\w.,])\d{1,3}(?: \d{3})+(?=,\d|(?![\w]|[.,]\d))/g;
const joinSpaced = (line: string) => line.replace(SPACED, (n) => n.replace(/ /g, '\u00a0'));

/** Why a figure is not read, by the decided style. */
function reasonFor(decimal: DecimalMark): string {
  if (decimal === null) return 'the document\'s numbers do not show whether "." or "," marks their decimals, and this figure reads differently in each';
  return `the document writes its decimals with "${decimal}" and this figure's form says the other`;
}

/**
 * A number that fills a table cell alone ("| 4,15 |", "<td>1,2</td>"): in a point document the table readers refuse
 * such a cell by its printed text (a note column's marks "1,2" stay marks), so it is left as printed, never blanked.
 */
function wholeCell(line: string, at: number, length: number): boolean {
  // (The text before it trimmed from its end, not searched by a pattern from its start: a filed HTML line runs to a megabyte.)
  const before = line.slice(0, at).trimEnd();
  return (!before || /[|>]$/.test(before)) && /^[\s\u00a0]*(?:[|<]|$)/.test(line.slice(at + length));
}

/** A line of the document read in the point style, and the figures on it that were not read. */
function readLine(line: string, decimal: DecimalMark, tokens?: NumberTokens): { read: string; unread: string[] } {
  const unread: string[] = [];
  let out = decimal === ',' ? joinSpaced(line) : line;
  // (The line's numbers as the style was decided from them, where it is read as it stands.)
  for (const { token, at } of out === line && tokens ? tokens : numberTokens(out)) {
    const read = readToken(token, decimal);
    if (read === token || (read === null && decimal === '.' && wholeCell(line, at, token.length))) continue;
    if (read === null) unread.push(line.slice(at, at + token.length));
    out = `${out.slice(0, at)}${read ?? BLANK.repeat(token.length)}${out.slice(at + token.length)}`;
  }
  return { read: out, unread };
}

/**
 * How a document's lines are read in the point style, one character for one (so a place in the read line is the
 * same place in the printed one), or null when every line reads as printed; and the figures not read, by line.
 */
export function numberStyle(lines: string[]): { read: ((line: string) => string) | null; unread: UnreadFigure[]; decimal: DecimalMark } {
  // Each line's numbers are found once, for deciding the style and for reading the line in it.
  const tokens = lines.map(numberTokens);
  const decimal = decideDecimal(tokens);
  const unread: UnreadFigure[] = [];
  let changed = false;
  lines.forEach((line, i) => {
    const r = readLine(line, decimal, tokens[i]);
    if (r.read !== line) changed = true;
    for (const figure of r.unread) unread.push({ line: i + 1, figure, reason: reasonFor(decimal) });
  });
  return { read: changed ? (line) => readLine(line, decimal).read : null, unread, decimal };
}

/** Whether a document's figures use the decimal comma, as its numbers decide. */
export const usesDecimalComma = (lines: string[]): boolean => decideDecimal(lines.map(numberTokens)) === ',';

/** A line of a decimal-comma document in the point style: "SEK 3 412,6 m (2 987,1)" → "SEK 3,412.6 m (2,987.1)". */
export const toPointStyle = (line: string): string => readLine(line, ',').read;

/** How a document's lines are read in the point style, or null when they read as printed. */
export const pointReader = (lines: string[]): ((line: string) => string) | null => numberStyle(lines).read;

/** A figure read from a line in the point style (`read`), as the line prints it: the same place holds it ("3,108.4" → "3 108,4"). */
export function printedAs(line: string, figure: string, read: string = toPointStyle(line)): string {
  const at = read.search(new RegExp(`(?<![\\d.,])${literal(figure)}(?![\\d])`));
  return at < 0 ? figure : line.slice(at, at + figure.length);
}

/**
 * A quote taken from a line read in the point style (`read`), as the line prints it ("Revenue 1,482.6" → "Revenue
 * 1 482,6"): reading keeps each character's place, so the same place of the printed line's quote is the quote; null
 * where the read line does not hold it.
 */
export function quotedAsPrinted(line: string, quote: string, read: string): string | null {
  // (The reader may have straightened curly quotes: one character for one.)
  const straight = (x: string) => x.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const at = straight(quoteOf(read)).indexOf(straight(quote));
  return at < 0 ? null : quoteOf(line).slice(at, at + quote.length);
}
