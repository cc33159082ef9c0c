// A guidance table in HTML, read with its cells as written: ranges in words ("9% to 12%", "204.0 – 206.0
// million") are no figure columns, so the figure reader would keep only a column of actuals beside them, or
// run a row's cells into one sentence of two ranges; the outlook reader reads every column (outlook-tables.ts).
import type { TableBlock } from './blocks.js';
import { headerRow, isFigure, type HtmlRow } from './html-tables.js';

/** A header naming guided figures ("2025 guidance", "Outlook"). */
const GUIDED = /\b(?:guidance|outlook)\b/i;
/** A header naming a revision of guidance alone ("Raised", "Prior"): guided figures under a title naming guidance. */
const REVISION = /^(?:raised|lowered|revised|updated|current|new|prior|previous|original|initial)$/i;
/** A cell in words, as guidance prints a range ("204.0 – 206.0 million", "9% to 12%"). */
const RANGE = /\d\s*%?\s*(?:million|billion|thousand|bn|mn|m)?\s*(?:to|-|–|—)\s*[$€£¥]?\s*\d/i;
/** A cell holding a currency sign alone, as Workiva sets it left of its figure. */
const SIGN = /^[$€£¥]$/;

/**
 * A guidance table: one cell a column, its header row naming guidance (or a revision under a title that does); or,
 * under a title naming guidance, one header row whose cells span the body's ("Q4 2026" over "$" and "204.0 – 206.0
 * million"), the cells ranges in words, each column's cells joined as a person reads them. Null where a body cell
 * straddles two headers' columns: no cell is guessed into a column.
 */
export function guidanceGrid(rows: HtmlRow[], title: string, unitNote: string): TableBlock | null {
  const [head, ...body] = rows;
  // (Its corner may name the label column, "Metric": the columns' headers are the cells after it.)
  const corner = head && !isFigure(head.cells[0]?.text ?? '') ? { ...head, cells: [{ ...head.cells[0]!, text: '' }, ...head.cells.slice(1)] } : head;
  if (!head || !corner || !body.length || !headerRow(corner)) return null;
  const named = head.cells.slice(1).some((c) => GUIDED.test(c.text) || (GUIDED.test(title) && REVISION.test(c.text.trim())));
  const plain = rows.every((r) => r.cells.length === head.cells.length && r.cells.every((c) => c.span === 1));
  // (Spanning headers over a second header row, "Current guidance" over "Low | High", are the figure reader's.)
  const spanned = !plain && GUIDED.test(title) && !body.some(headerRow) && body.some((r) => r.cells.slice(1).some((c) => RANGE.test(c.text)));
  if (!(named && plain) && !spanned) return null;
  const columns = spans(head);
  const cells = rows.map((r) => byColumns(r, columns));
  if (cells.some((c) => !c)) return null;
  return { kind: 'table', title, unitNote, rows: rows.map((r, k) => ({ line: r.line, cells: cells[k]!, quote: r.quote })) };
}

/** The grid columns each cell of a row covers, by the spans of the cells before it. */
function spans(row: HtmlRow): [number, number][] {
  let at = 0;
  return row.cells.map((c) => [at, (at += c.span)]);
}

/** A row's text under each of the header's columns (the label first); null where a cell reaches past its column. */
function byColumns(row: HtmlRow, columns: [number, number][]): string[] | null {
  const out = columns.map(() => '');
  for (const [k, [from, to]] of spans(row).entries()) {
    const j = columns.findIndex(([a, b]) => from >= a && from < b);
    if (j < 0 || to > columns[j]![1]) return null;
    const text = row.cells[k]!.text.trim();
    // ("$" in a cell of its own stands against its figure: "$204.0 – 206.0 million".)
    out[j] = SIGN.test(out[j]!) ? `${out[j]}${text}` : [out[j], text].filter(Boolean).join(' ');
  }
  return out;
}
