// A plain-text table's units printed apart from its labels: in a column headed "Units" in the label column
// ("Copper produced    kt    31.4"), or on a line of their own under a statement's rows ("pence    pence") for
// the rows below it. Each is moved into its row's label in parentheses, where the row-unit rules (row-units.ts)
// read it; a row printing none keeps its label, and with it no unit of its own.
import type { TableRow } from './blocks.js';
import { stripMarkup } from './markup.js';
import { unitFree } from './row-units.js';
import { chunks } from './text-columns.js';
import { labelled } from './unit-cells.js';

/**
 * A plain-text table's "Units" header set in its label column, right of the labels' start ("Copper produced
 * kt  31.4" under "Units  Sep-26 qtr"): the column it starts at, else -1; and the header lines with it blanked,
 * so it is read neither as a column's header nor as the table's unit note.
 */
export function textUnitsHeader(header: { line: string }[], labelEnd: number): { at: number; header: { line: string }[] } {
  for (const [i, h] of header.entries()) {
    const m = /^(\s+)(units?)(?=\s|$)/i.exec(h.line);
    if (!m || m[1]!.length + m[2]!.length > labelEnd + 1) continue;
    const at = m[1]!.length;
    return { at, header: header.map((x, k) => (k === i ? { line: `${' '.repeat(at + m[2]!.length)}${x.line.slice(at + m[2]!.length)}` } : x)) };
  }
  return { at: -1, header };
}

/**
 * A row's unit printed under that header (the words of its label part that reach the header's column: "kt",
 * "A$/t milled") moved into its label in parentheses, where the row-unit rules read it. A row printing none
 * keeps its label, and with it no unit of its own: the table reader leaves it out by name.
 */
export function textUnitLabel(row: TableRow, labelPart: string, at: number): TableRow {
  const words = [...labelPart.matchAll(/\S+/g)];
  const first = words.findIndex((w) => w.index! + w[0].length > at);
  if (first <= 0) return row;
  const unit = words.slice(first).map((w) => w[0]);
  const label = stripMarkup(row.cells[0] ?? '').trim().split(/\s+/);
  const name = label.slice(0, label.length - unit.length);
  // (The label's last words are the unit's, unless a wrapped label's line was not the row's.)
  if (!name.length || label.slice(name.length).join(' ') !== unit.join(' ')) return row;
  return labelled({ ...row, cells: [name.join(' '), ...row.cells.slice(1)] }, unit.join(' '));
}

/**
 * A line of one unit over each figure column and no label ("pence    pence" under a statement's rows of £m):
 * the unit of the rows below it, else null. Read as a header, it started a table whose columns named no period.
 */
export function unitsLine(line: string, labelEnd: number): string | null {
  const said = chunks(line);
  const unit = said[0]?.text ?? '';
  return said.length && said.every((c) => c.start > labelEnd && c.text === unit) && unitFree(`x (${unit})`) === 'x' ? unit : null;
}

/** A row in the unit a line above it stated, unless its label states its own ("Dividend per share (cents)"). */
export const inUnit = (row: TableRow, unit: string): TableRow => (unit && unitFree(row.cells[0] ?? '') === row.cells[0] ? labelled(row, unit) : row);
