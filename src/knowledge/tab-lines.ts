// What a line with a tab is in a release that has tab-separated tables: a table's row, or prose that
// uses a tab for layout. And where one tab table ends and the next begins when nothing but a title
// line (and maybe a blank line) stands between them. Pinned by test/corpus/tab-lines.jsonl.
import { figureText } from './html-tables.js';
import { stripMarkup } from './markup.js';
import { UNIT_NOTE, parseCell, unitCell } from './numbers.js';
import { unitFree } from './row-units.js';

export interface TabLineRule {
  name: string;
  /** Whether the raw line is prose although it holds a tab. */
  prose: (raw: string) => boolean;
}

const YEAR = /^(?:19|20)\d{2}$/;

/** Lines holding a tab that are prose, never a table's row. */
export const TAB_PROSE_RULES: TabLineRule[] = [
  // "•<tab>Net sales of $1,646.6 million increased 2.9%": a list item whose glyph is set off by a tab.
  { name: 'bullet', prose: (raw) => /^\s*[•◦▪▫‣●○■□·*–—-]\t+\S/.test(raw) },
  // "2. Income Statement<tab><tab><tab>(Unit: KRW billion)": a section's title, its unit set off in the last cell.
  { name: 'title with its unit', prose: (raw) => !!tabTitle(raw) },
];

/** A title line whose unit note stands in its last tab cell, every cell between empty: the title and the note. */
export function tabTitle(raw: string): { title: string; note: string } | undefined {
  const cells = raw.split('\t').map((c) => stripMarkup(c).trim());
  const [title = '', note = ''] = [cells[0], cells.at(-1)];
  const between = cells.slice(1, -1).every((c) => !c);
  return cells.length > 1 && between && /[a-z]/i.test(title) && !unitCell(title) && UNIT_NOTE.test(note) ? { title, note } : undefined;
}

/** The first rule that reads a line as prose, or undefined for a table's row (or a line with no tab). */
export const tabProse = (raw: string): TabLineRule | undefined => (raw.includes('\t') ? TAB_PROSE_RULES.find((r) => r.prose(raw)) : undefined);

/** A row of a tab-separated table: a tab, and no rule reads it as prose. */
export const isTabRow = (raw: string) => raw.includes('\t') && !tabProse(raw);

/**
 * A corner cell that states the table's unit: the scale of its amounts ("A$m", "£ millions") or, in a
 * title's parentheses, the unit of each of its lines ("PER SHARE (cents)", "Per share (pence)").
 */
export const unitCorner = (cell: string): boolean => !!cell && (!!unitCell(cell) || unitFree(cell) !== cell);

/**
 * A header row: an empty label cell, or one that states the table's unit (unitCorner), and after it cells
 * that name columns, none a figure (with or without its currency sign) but a year ("<tab>Q2 FY2026<tab>Q2
 * FY2025", "<tab>2026<tab>2025", "A$m<tab>FY26<tab>FY25"). A row of figures with no label is not one.
 */
export function isTabHeader(raw: string): boolean {
  if (!isTabRow(raw)) return false;
  const [label = '', ...cells] = raw.split('\t').map((c) => stripMarkup(c).trim());
  return (!label || unitCorner(label)) && namesColumns(cells);
}

/**
 * Cells that name columns: one at least, none a figure (with or without its currency sign) or a range of
 * figures ("37.5 – 38.5", "1,520 – 1,580": a guided row, not a header), but a year.
 */
export function namesColumns(cells: string[]): boolean {
  const named = cells.map((c) => stripMarkup(c).trim()).filter(Boolean);
  return named.length > 0 && named.every((c) => YEAR.test(c) || (parseCell(figureText(c).text) === null && (!RANGE.test(c) || YEAR_SPAN.test(c))));
}
/** A span of years ("FY2025–26", "2025-2026"): a column's name. */
const YEAR_SPAN = /^\D{0,3}(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}$/;
const RANGE = /^\(?[^\d\s]{0,3}\s?-?\d[\d,.]*\s*%?\s*(?:–|—|-|to)\s*[^\d\s]{0,3}\s?-?\d[\d,.]*\s*%?\)?$/i;

/**
 * The first row of a tab-separated table whose other cells name columns ("Metric<tab>Current<tab>Previous"):
 * the header row, its label cell the header of the labels (or the table's unit), never a line of the table.
 */
export const firstHeader = (label: string, cells: string[]): boolean => /[a-z]/i.test(label) && namesColumns(cells);
