// A table set on its side: its rows are the periods ("Three months ended June 30, 2026", "As of March 31,
// 2026") and its column headers the lines ("Net sales", "Total assets"), as Japanese tanshin summaries print
// their results. Turned a quarter round, it is a table like any other: each header a row's label, each
// period a column's header, and each figure cited by the line it stands on, so the column reader reads the
// periods with every check it runs on headers.
import type { TableBlock, TableRow } from './blocks.js';
import { stripMarkup } from './markup.js';
import { rowUnit, unitFree } from './row-units.js';

/**
 * A header's words with the unit it ends in set in brackets, as a row's own unit is written: "Equity ratio %"
 * → "Equity ratio (%)", "Net sales Millions of yen" → "Net sales (Millions of yen)". Empty when the header
 * is a unit alone ("%" beside "Net sales"), naming no line, or names two units (which is its figures' is in doubt).
 */
function asLabel(header: string): string {
  const isUnit = (ws: string[]) => ws.length > 0 && unitFree(`x (${ws.join(' ')})`) === 'x';
  // The unit the words end in: the longest tail that is one and needs its first word ("Millions of yen", not "sales
  // Millions of yen", which is a unit only for the words after "sales"); -1 when they end in none.
  const unitAt = (words: string[]) => {
    const ok = (k: number) => isUnit(words.slice(k)) && (k === words.length - 1 || !isUnit(words.slice(k + 1)));
    for (let k = Math.max(0, words.length - 4); k < words.length; k++) if (ok(k)) return k;
    return -1;
  };
  const words = header.split(/\s+/);
  const k = unitAt(words);
  if (k < 0) return header;
  if (k === 0) return '';
  // A percent and another unit in one header ("Net sales Millions of yen %"): which the figures are in is in doubt.
  const kind = (ws: string[]) => rowUnit(`x (${ws.join(' ')})`, '')?.kind;
  const tail = words.slice(k);
  const two = tail.some((_, m) => m > 0 && isUnit(tail.slice(0, m)) && isUnit(tail.slice(m)) && [kind(tail.slice(0, m)), kind(tail.slice(m))].filter((x) => x === 'percent').length === 1);
  return two || unitAt(words.slice(0, k)) >= 0 ? '' : `${words.slice(0, k).join(' ')} (${tail.join(' ')})`;
}

/**
 * The table turned round, or null where it is not one set on its side: every body row must be a period's
 * row (its label naming a period, by `namesPeriod`, and a figure beside it) and every column must hold a
 * header, so no label, note or section row is taken for a period or a line.
 */
export function transposed(block: TableBlock, namesPeriod: (label: string) => boolean): TableBlock | null {
  const heads = block.rows.filter((r) => !stripMarkup(r.cells[0] ?? ''));
  const figured = (r: TableRow) => r.cells.slice(1).some((c) => /\d/.test(c));
  // (Lines with no figure after the last period's row, "(2) Explanation of financial position", are what follows the table.)
  const below = headedLabels(block, namesPeriod).rows.slice(heads.length);
  const last = below.reduce((k, r, i) => (figured(r) ? i : k), -1);
  const body = below.slice(0, last + 1);
  const width = Math.max(...block.rows.map((r) => r.cells.length)) - 1;
  if (!heads.length || !body.length || width < 1) return null;
  const label = (r: TableRow) => stripMarkup(r.cells[0] ?? '');
  if (body.some((r) => r.unread || !figured(r) || !namesPeriod(label(r)))) return null;
  const headers = Array.from({ length: width }, (_, j) => heads.map((h) => stripMarkup(h.cells[j + 1] ?? '')).join(' ').trim());
  if (headers.some((n) => !n)) return null;
  const line = heads[heads.length - 1]!.line;
  const top: TableRow = { line: body[0]!.line, cells: ['', ...body.map(label)], quote: '' };
  const rows: TableRow[] = [];
  const left: { line: number; what: string }[] = [];
  headers.forEach((header, j) => {
    // A second column under the name of the one before ("Net sales" over "Millions of yen | %"): its change or share, never the line's figure.
    if (j > 0 && header === headers[j - 1]) return left.push({ line, what: `column ${j + 1} of the table turned on its side, under "${header}" as the one before it, is not read: a second figure of that line (its change or share) says not what it measures` });
    const name = asLabel(header);
    // A column headed by a unit alone ("%" beside "Net sales"): whose figure, and of what (a share, a change), the header does not say.
    if (!name) return left.push({ line, what: `column "${header}" of the table turned on its side (its rows are periods) is not read: its header is a unit alone, naming no line, or names two units` });
    const cites = body.map((r) => r.cites?.[j] ?? (r.cells[j + 1]?.trim() ? { line: r.line, quote: stripMarkup(r.cells[j + 1]!) } : null));
    rows.push({ line, cells: [name, ...body.map((r) => r.cells[j + 1] ?? '')], quote: '', cites });
  });
  return rows.length ? { ...block, rows: [top, ...rows], cellCurrency: body.map(() => ''), ...(left.length ? { left } : {}) } : null;
}

/** A head's words that want the date each row below gives them: "Six months ended", "Fiscal year ending", "As of". */
const WANTS_DATE = /\b(?:ended|ending|as\s+of)$/i;

/**
 * Rows under a head of their labels ("Six months ended" over "September 30, 2026" and "September 30, 2025", as
 * tanshin summaries set them): each label read with its head, the head no row. A head is a row with no figure whose
 * words want a date and, with the next row's label, name a period; rows are left as they were where none is.
 */
function headedLabels(block: TableBlock, namesPeriod: (label: string) => boolean): TableBlock {
  const { rows } = block;
  const label = (r: TableRow) => stripMarkup(r.cells[0] ?? '');
  const isHead = (r: TableRow, k: number) => r.cells.slice(1).every((c) => !c.trim()) && WANTS_DATE.test(label(r)) && !!rows[k + 1] && namesPeriod(`${label(r)} ${label(rows[k + 1]!)}`);
  let head = '';
  const read: TableRow[] = [];
  rows.forEach((r, k) => {
    if (isHead(r, k)) head = label(r);
    else read.push(head ? { ...r, cells: [`${head} ${label(r)}`, ...r.cells.slice(1)] } : r);
  });
  return read.length === rows.length ? block : { ...block, rows: read };
}
