// A fixed-width guidance table whose cells are words, not figures ("Capital expenditures   $520 to $560 mil",
// "Copper production   121 – 126 kt   116 – 126 kt"): the figure-column reader finds no column of right-aligned
// figures in it, and as prose its rows ran into one another (the header "Current   Previous" became the first
// row's name, a row's current and previous ranges one run of figures). Read here as a table: a header line of
// column names over rows of a label and one cell under each name, placed by where the cell stands.
import type { TableBlock, TableRow } from './blocks.js';
import { FORWARD_HEADING } from './prose/outlook-heading.js';
import { chunks } from './text-columns.js';
import { RULE_LINE, type Span } from './text-figures.js';

/** A row: a label from the margin, then two spaces or more, then cells each holding a figure. */
function rowOf(line: string): Span[] | null {
  const parts = chunks(line);
  if (parts.length < 2 || parts[0]!.start > 4 || !/[A-Za-z]{2}/.test(parts[0]!.text)) return null;
  return parts.slice(1).every((c) => /\d/.test(c.text)) ? parts : null;
}

/** A header line: column names only, every one right of the rows' labels, none a figure. */
function headerOf(line: string, labelEnd: number): Span[] | null {
  const parts = chunks(line);
  return parts.length && parts.every((c) => c.start > labelEnd && !/^[\d$.,%()–-]+$/.test(c.text)) ? parts : null;
}

/** The header a cell stands under: the one it overlaps most, else none (-1). */
function under(cell: Span, headers: Span[]): number {
  const overlap = headers.map((h) => Math.min(h.end, cell.end) - Math.max(h.start, cell.start));
  const best = Math.max(...overlap);
  return best > 0 ? overlap.indexOf(best) : -1;
}

/** A row's cells in their columns; a row with a cell under no header, or two under one, is unread. */
function placedRow(line: number, parts: Span[], headers: Span[]): TableRow {
  const cells = headers.map(() => '');
  let unread = '';
  for (const c of parts.slice(1)) {
    const j = under(c, headers);
    if (j < 0 || cells[j]) unread ||= `"${c.text}" stands under no column header of its own`;
    else cells[j] = c.text;
  }
  return { line, cells: [parts[0]!.text, ...cells], ...(unread ? { unread } : {}) };
}

/**
 * The worded guidance table in `lines` (a run of prose lines, numbered from `from`): where it starts and ends and
 * the table, or null. Only under an outlook heading, or headed so itself; a row of figures alone is the figure reader's.
 */
export function wordedTable(lines: string[], from: number, sectionAt: (line: number) => string): { start: number; end: number; table: TableBlock } | null {
  for (let i = 1; i < lines.length; i++) {
    let end = i;
    while (end < lines.length && rowOf(lines[end]!)) end++;
    const rows = lines.slice(i, end).map((l) => rowOf(l)!);
    const at = RULE_LINE.test(lines[i - 1]!) && i > 1 ? i - 2 : i - 1;
    const headers = rows.length >= 2 ? headerOf(lines[at]!, Math.max(...rows.map((r) => r[0]!.end))) : null;
    const section = headers ? sectionAt(at) : '';
    if (!headers || !(FORWARD_HEADING.test(section) || FORWARD_HEADING.test(lines[at]!))) {
      i = Math.max(i, end);
      continue;
    }
    const head: TableRow = { line: from + at + 1, cells: ['', ...headers.map((h) => h.text)] };
    const body = rows.map((r, k) => placedRow(from + i + k + 1, r, headers));
    return { start: at, end, table: { kind: 'table', title: section, unitNote: '', rows: [head, ...body], cellCurrency: headers.map(() => '') } };
  }
  return null;
}
