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
  const body = block.rows.slice(heads.length);
  const width = Math.max(...block.rows.map((r) => r.cells.length)) - 1;
  if (!heads.length || !body.length || width < 1) return null;
  const label = (r: TableRow) => stripMarkup(r.cells[0] ?? '');
  const figured = (r: TableRow) => r.cells.slice(1).some((c) => /\d/.test(c));
  if (body.some((r) => r.unread || !figured(r) || !namesPeriod(label(r)))) return null;
  const headers = Array.from({ length: width }, (_, j) => heads.map((h) => stripMarkup(h.cells[j + 1] ?? '')).join(' ').trim());
  if (headers.some((n) => !n)) return null;
  const line = heads[heads.length - 1]!.line;
  const top: TableRow = { line: body[0]!.line, cells: ['', ...body.map(label)], quote: '' };
  const rows: TableRow[] = [];
  const left: { line: number; what: string }[] = [];
  headers.forEach((header, j) => {
    const name = asLabel(header);
    // A column headed by a unit alone ("%" beside "Net sales"): whose figure, and of what (a share, a change), the header does not say.
    if (!name) return left.push({ line, what: `column "${header}" of the table turned on its side (its rows are periods) is not read: its header is a unit alone, naming no line, or names two units` });
    const cites = body.map((r) => r.cites?.[j] ?? (r.cells[j + 1]?.trim() ? { line: r.line, quote: stripMarkup(r.cells[j + 1]!) } : null));
    rows.push({ line, cells: [name, ...body.map((r) => r.cells[j + 1] ?? '')], quote: '', cites });
  });
  return rows.length ? { ...block, rows: [top, ...rows], cellCurrency: body.map(() => ''), ...(left.length ? { left } : {}) } : null;
}
