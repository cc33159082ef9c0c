// ASCII grid tables in plain text ("+------+------+" borders, "|" between cells, a header over several
// lines), set as the fixed-width tables the text reader reads: each cell keeps its place, so columns
// are still found where the figures stand and every cited line is the line as printed.
//   top border                 → a blank line (a border above the headers heads nothing)
//   the first border under it  → a rule ("------ ------"): it ends the header, as a rule under headers does
//                                (where the grid has a "+=====+" border, as reStructuredText's do, that one)
//   any other border           → a blank line (a border between rows, or under a spanning cell, is no row)
//   a row                      → its text, each "|" that stands under a border's "+" a space, and each
//                                cell after the label set flush right in its cell, as figures are: a
//                                header printed flush left ("| 9M FY2026      |") then stands over its
//                                figures, not beside the label column (the cell's bounds are the grid's)
// A run whose rows' bars do not stand under its border's corners is left as it is: no table is guessed.

import { headingNote, UNIT_NOTE } from './numbers.js';

/** A border line: "+-----+-----+" (or "+=====+"). */
const BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;
/** A border under cells that span columns, beside a cell that goes on ("|        +------+------+"): no row. */
const INNER_BORDER = /^\s*\|[^|+]*\+(?:[-=]+\+)+\s*$/;
/** A row line: text between bars. */
const ROW = /^\s*\|.*\|\s*$/;

/** The positions of a border's corners. */
const corners = (border: string) => [...border.matchAll(/\+/g)].map((m) => m.index!);

/** The bars of a row, where they stand. */
const bars = (row: string) => [...row.matchAll(/\|/g)].map((m) => m.index!);

/**
 * Whether every row of a grid has its bars under its borders' corners, the first and last among them: a
 * header cell may span columns ("|  Net sales (¥ billion)  |" over two), a bar may not stand elsewhere.
 */
const aligned = (grid: string[], at: number[]) =>
  grid.every((l) => !ROW.test(l) || (bars(l).every((p) => at.includes(p)) && l[at[0]!] === '|' && l[at.at(-1)!] === '|'));

/**
 * A grid row with its bars as spaces and each cell after the first flush right within its bounds; a cell
 * that spans columns stays where it is printed (over the middle of its columns, as the reader takes it).
 */
function flushRight(row: string, at: number[]): string {
  const own = bars(row);
  const cells = own.slice(1).map((end, k) => ({ text: row.slice(own[k]! + 1, end), span: at.indexOf(end) - at.indexOf(own[k]!) }));
  return ` ${cells.map((c, k) => (k === 0 || c.span > 1 ? c.text : `${c.text.trim()} `.padStart(c.text.length))).join(' ')}`.trimEnd();
}

/** The grid's lines as a fixed-width table, by the rules above. */
function ungridOne(grid: string[]): string[] {
  // The corners of the border that has the most: a header's spanning cells have fewer.
  const at = grid.filter((l) => BORDER.test(l)).map(corners).reduce((a, b) => (b.length > a.length ? b : a));
  if (!aligned(grid, at)) return grid;
  // The rule under the headers: the "+====+" border where the grid has one (reStructuredText's), else the first below the top.
  const doubled = grid.findIndex((l) => BORDER.test(l) && l.includes('='));
  const rule = doubled > 0 ? doubled : grid.findIndex((l, k) => k > 0 && BORDER.test(l));
  return grid.map((l, k) => {
    if (ROW.test(l)) return flushRight(l, at);
    return k === rule && k < grid.length - 1 ? l.replace(/\+/g, ' ').replace(/=/g, '-').trimEnd() : '';
  });
}

/**
 * Whether line `i` is a grid's top border under a title that states the unit, over one blank line at most
 * ("CONSOLIDATED RESULTS ($ in millions, except per share amounts)"): set as a blank line, the border is no
 * gap between the grid and its note. A title that states none stays a heading of its own.
 */
export function notedTop(lines: string[], i: number): boolean {
  const grid = (l = '') => BORDER.test(l) || ROW.test(l) || INNER_BORDER.test(l);
  if (!BORDER.test(lines[i] ?? '') || grid(lines[i - 1])) return false;
  const above = lines[i - 1]?.trim() ? lines[i - 1]! : (lines[i - 2] ?? '');
  return Boolean(above.trim()) && (UNIT_NOTE.test(above) || headingNote(above.trim()) !== '');
}

/** A text's lines with each grid table set as a fixed-width table; as many lines, each in its place. */
export function ungrid(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && (BORDER.test(lines[end]!) || INNER_BORDER.test(lines[end]!) || ROW.test(lines[end]!))) end++;
    // A grid ends on its bottom border; one cut short is no grid.
    if (end - i >= 3 && BORDER.test(lines[end - 1]!)) out.splice(i, end - i, ...ungridOne(lines.slice(i, end)));
    i = end - 1;
  }
  return out;
}
