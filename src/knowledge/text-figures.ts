// A fixed-width line's figures: where each stands and where its digits end, as the column reader places them
// (text-columns.ts). A figure keeps its sign, its percent or points, a range printed in one cell, a nil dash or a
// "not meaningful" mark; a line of a cover block (a key and its value) or a ruling line holds none.
import { figureText } from './html-tables.js';
import { memo } from './memo.js';
import { parseCell } from './numbers.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A figure on a line: where it stands, and where its digits (or its nil dash, its "n/m") stand (from lo, up to hi). */
export interface Figure extends Span {
  lo: number;
  hi: number;
  /** False for a nil dash or a "not meaningful" mark: placed by the columns, never placing one. */
  digits: boolean;
  /** A range's two ends in one cell ("120 - 130"): a cell of words, as guidance prints it, never one figure. */
  range?: true;
}

// (Japanese releases print a minus as "△" or "▲", European ones as an en dash, "–19.1", and a percent sign
// after a space, "+6.8 %", as parseCell reads them; a change in a ratio may be printed in points, "-1.8 pts";
// a fall "(8.3%)", its sign inside, or a change in points "1.5 p.p.": unread, its row was taken for a header and every row below it lost.)
const NUMBER = String.raw`[+\-\u2212\u2013△▲]?(?:\([\d,]*\.?\d+\s?%\)|\(?[\d,]*\.?\d+\)?(?:\s?%|\s?(?:(?:pts?|pp|bps?)\b|p\.p\.(?!\S)))?)`;
/** A change printed in points ("-1.8 pts", "+30bps", "1.5 p.p."): a figure of the row, its unit a word after the digits. */
export const POINTS = /\s?(?:pts?|pp|bps?|p\.p\.)$/i;
const MARK = String.raw`(?:n\/m|nm|n\.m\.|n\/a)(?=\s|$)`;
// A range in one cell, as guidance tables print it ("120 - 130", "1.05–1.20", "4%-6%"): its dash joins the two ends
// with one space or none, where a nil dash stands in a column of its own. Read as figures, its high end stood in the
// nil dash's column and the row was unread, or the guidance was read at its low end.
const END = String.raw`[\d,]*\.?\d+%?`;
const JOIN = String.raw`(?: [-–] |[-–])`;
const RANGE = String.raw`${END}${JOIN}${END}(?=\s|$)`;
// A figure (with its sign, "+11.8%" in a column of changes), a range, a nil dash ("-", "—", "–"), or a "not meaningful" mark.
const FIGURE = new RegExp(String.raw`\$?\s*(?:${RANGE}|${NUMBER}|[-—–]+(?=\s|$))|\b${MARK}`, 'gi');
const TOKEN = String.raw`(?:\$?\s*(?:${RANGE}|${NUMBER}|[-—–]+)|${MARK})`;
/** A figure that is a range: its two ends. */
const RANGE_ENDS = new RegExp(String.raw`^(${END})${JOIN}(${END})$`);
export const NOT_MEANINGFUL = /^(?:n\/m|nm|n\.m\.|n\/a)$/i;
/** A ruling line under a header or above a total ('-----', '=====', '___'): no row, no header. */
export const RULE_LINE = /^[\s\-—=_]+$/;
const ROW = new RegExp(String.raw`^(.*?)(\s{2,}|^\s*)(${TOKEN}(?:\s+${TOKEN})*)\s*$`, 'i');
// How every TOKEN ends (a digit, a percent or points after one, a nil dash, a mark). ROW backtracks
// exponentially over a line of figures that ends otherwise ("2025   2024   Change": over a second per line),
// so a line that does not end so is refused before ROW is tried: the same lines match, at no cost.
const TOKEN_END = /(?:\d\)?(?:\s?(?:%|pts?|pp|bps?|p\.p\.))?|\d\s?%\)|[-—–]|n\/m|nm|n\.m\.|n\/a)\s*$/i;
/** A year, with a footnote mark it may carry ("2003*"). */
export const YEAR = /^(?:19|20)\d{2}\*{0,2}$/;

/**
 * A key and its one value, as a filing's cover block prints them ("Code number:       6947", "Representative:   Kenji
 * Ōtake, President"): no row of figures and no column header. Read as a row, a code number set the label column of
 * the table below it and the cover lines became its headers, and the release did not load.
 */
export const keyValue = (line: string) => /^\s*[A-Z][^:]{0,40}:\s{2,}\S+(?: \S+)*\s*$/.test(line);

/**
 * A line's trailing figures (after two spaces), with the label before them; null when it has none. Held per
 * line (the readers of a chunk ask again for every line of it, and for the rest of it after each table); the
 * rows and figures returned are shared, never changed.
 */
export const figureRow = memo(readRow, { weigh: (r) => (r ? 40 * r.figures.length : 1) });

function readRow(line: string): { label: string; figures: Figure[] } | null {
  if (keyValue(line) || !TOKEN_END.test(line)) return null;
  const m = ROW.exec(line);
  // A rule under the headers ("----------   ----------") is no row.
  if (!m || !/\d|[-—–]/.test(m[3]!) || (RULE_LINE.test(line) && /[-—=_]{3}/.test(line))) return null;
  const offset = m[1]!.length + m[2]!.length;
  const figures: Figure[] = [];
  for (const f of m[3]!.matchAll(FIGURE)) {
    const text = f[0].trim();
    if (!text) continue;
    // Placed by the figure itself ("$" and the spaces after it stand left of the column).
    const core = text.replace(/^\$\s*/, '');
    const end = offset + f.index! + f[0].length;
    const start = end - core.length;
    const digits = /\d/.test(core);
    const ends = RANGE_ENDS.exec(core);
    // (A span of years, "2025-26" or "2025 - 2026" over a header's columns, is no range of figures.)
    if (ends && (YEAR.test(ends[1]!) || ends.slice(1).some((e) => parseCell(e) === null))) return null;
    if (digits && !ends && parseCell(figureText(core.replace(POINTS, '')).text) === null) return null;
    const first = digits ? core.search(/[.\d]/) : 0;
    const last = digits ? core.length - [...core].reverse().findIndex((c) => /\d/.test(c)) : core.length;
    figures.push({ text, start, end, lo: start + first, hi: start + last, digits, ...(ends ? { range: true as const } : {}) });
  }
  return figures.length ? { label: m[1]!.trim(), figures } : null;
}

/** A row of figures that are not all years (a header's "2026   2025" is no row of figures). */
export const isData = (r: ReturnType<typeof figureRow>) => !!r && !r.figures.every((f) => YEAR.test(f.text));
