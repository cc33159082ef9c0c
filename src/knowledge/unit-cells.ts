// Units printed in a table's cells rather than in its row labels: a column of its own headed "Unit" ("Mn",
// "₹", "%", "GB"), a multiple written onto each figure ("3.06x"), or a currency and scale ("£1,842.6m"). Each is moved into its row's label, in
// parentheses, where the row-unit rules (row-units.ts) read it, so one such row no longer drops its table.
// A unit those rules do not know leaves the row with no unit of its own: the table reader leaves it out
// by name, never reads it as the table's amounts.
import type { TableBlock, TableRow } from './blocks.js';
import { stripMarkup } from './markup.js';
import { bareName, ROW_UNIT_RULES, unitFree } from './row-units.js';
import { SIGN_SOURCE } from './currencies.js';

/** A column of units' header ("Unit", "Units"). */
export const UNIT_HEADER = /^units?$/i;
/** A figure with a multiple's "x" ("3.06x", "2.4 x", "1.8×"). */
const MULTIPLE = /^\s*(\(?[\d,]*\.?\d+\)?)\s*[x×]\s*$/i;

const text = (cell: string | undefined) => stripMarkup(cell ?? '').trim();

/** A label with its unit said in parentheses, as the row-unit rules read it ("Mobile customers (Mn)"). */
export const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

export const labelled = (row: TableRow, unit: string): TableRow => ({ ...row, cells: [withUnit(row.cells[0] ?? '', unit), ...row.cells.slice(1)] });

/** The row without its cell in column j (and that column's citation). */
function without(row: TableRow, j: number): TableRow {
  const cells = row.cells.filter((_, k) => k !== j);
  return { ...row, cells, ...(row.cites ? { cites: row.cites.filter((_, k) => k !== j - 1) } : {}) };
}

/**
 * A figure with its currency and scale written onto it ("£1,842.6m", "(€21.7bn)"), no sign of a stated change ("+£79.5m"):
 * the figure, and its unit as a label states one ("£m").
 */
const SCALED = new RegExp(String.raw`^(\()?(${SIGN_SOURCE})\s?([\d,]*\.?\d+)\s?(m|mn|bn|k)(\))?$`);
function scaledFigure(cell: string): { figure: string; unit: string } | null {
  const m = SCALED.exec(cell);
  return m && Boolean(m[1]) === Boolean(m[5]) ? { figure: m[1] ? `(${m[3]})` : m[3]!, unit: `${m[2]}${m[4]}` } : null;
}

/** A row whose figures carry one currency and scale each: its figures bare, the unit on its label ("Group revenue (£m)"); other cells ("+4.5%") kept. */
function scaledFigures(row: TableRow): TableRow {
  const found = row.cells.map((c, k) => (k ? scaledFigure(text(c)) : null));
  const units = new Set(found.flatMap((f) => (f ? [f.unit] : [])));
  if (units.size !== 1) return row;
  return labelled({ ...row, cells: row.cells.map((c, k) => found[k]?.figure ?? c) }, [...units][0]!);
}

/** A row whose every figure is a multiple: its figures bare, "(x)" on its label. */
function multiples(row: TableRow): TableRow {
  const figures = row.cells.slice(1).filter((c) => text(c));
  if (!figures.length || !figures.every((c) => MULTIPLE.test(text(c)))) return row;
  const bare = row.cells.map((c, k) => (k && text(c) ? text(c).replace(MULTIPLE, '$1') : c));
  return labelled({ ...row, cells: bare }, 'x');
}

/** An amount of money per thing ("CHF per month"): a unit, though no line's name drops it (row-units.ts). */
const perThing = (unit: string) => !!ROW_UNIT_RULES.find((r) => r.name === 'money-per-thing')?.unit(`x (${unit})`, '');

/**
 * The unit a corner cell states in its title's parentheses ("PER SHARE (cents)" → "cents", "Average revenue per
 * user (CHF per month)"): every line's, as its own label would state it; and the corner's name without it.
 */
function cornerUnit(corner: string): { unit: string; name: string } {
  const paren = /\s*\(([^()]*)\)\s*$/.exec(corner);
  if (paren && unitFree(corner) !== corner) return { unit: paren[1]!.trim(), name: unitFree(corner) };
  return paren && paren.index > 0 && perThing(paren[1]!) ? { unit: paren[1]!.trim(), name: corner.slice(0, paren.index) } : { unit: '', name: corner };
}

/**
 * The corner's name ("Sales volume" of "Sales volume (tonnes)") names a line that a generic word alone labels
 * ("Total"): that line is the sales volume's total, not a metric named "Total".
 */
function named(name: string, row: TableRow): TableRow {
  const label = text(row.cells[0]);
  if (!GENERIC_ALONE.test(unitFree(label).trim()) || !/[a-z]{3}/i.test(name)) return row;
  return { ...row, cells: [label.replace(/^(\S+)/, `$1 ${name.trim()}`), ...row.cells.slice(1)] };
}
const GENERIC_ALONE = /^(?:total|overall|group|consolidated)$/i;

/**
 * A minor unit a table's title states in its parentheses ("Per-share information (SA cents)", "Per share (pence)"):
 * no scale note, so the lines were read in the release's currency, 1,163 SA cents answered as R1,163 (hl55). It is
 * every line's unit, as a corner's is; '' for any other title (its note, "(£m)", is the table's scale: numbers.ts).
 */
function titleMinorUnit(title: string): string {
  const inner = /\(([^()]+)\)\s*$/.exec(title)?.[1]?.trim() ?? '';
  return inner && MINOR_RULES.some((r) => r.unit(`x (${inner})`, '')) ? inner : '';
}
const MINOR_RULES = ROW_UNIT_RULES.filter((r) => r.name === 'cents' || r.name === 'pence');

/** The table with its cells' units moved into its row labels (a markdown or text table; HTML's unit column is html.ts's). */
export function unitCells(block: TableBlock): TableBlock {
  const [head, ...body] = block.rows;
  if (!head) return block;
  const { unit: cornered, name } = cornerUnit(block.corner ?? '');
  const unit = cornered || titleMinorUnit(block.title);
  if (!unit) return cellUnits(block);
  // (A row of percentages, "Churn rate | 0.92%", is not in the corner's unit; nor one stating its own, a scale alone too:
  // "Weighted average shares in issue (million)" under "(SA cents)" is no 462.3 cents.)
  const own = (r: TableRow) => bareName(text(r.cells[0])) !== text(r.cells[0]) || r.cells.slice(1).every((c) => !text(c) || /%$/.test(text(c)));
  const rows = body.map((r) => (text(r.cells[0]) && !own(r) ? labelled(named(name, r), unit) : r));
  return cellUnits({ ...block, ...(block.corner === undefined ? {} : { corner: name }), rows: [head, ...rows] });
}

/** The table with the units its cells print (a column headed "Unit", "3.06x", "£1,842.6m") moved into its row labels. */
function cellUnits(block: TableBlock): TableBlock {
  const [head, ...body] = block.rows;
  if (!head) return block;
  const j = head.cells.findIndex((c, k) => k > 0 && UNIT_HEADER.test(text(c)));
  const bare = (r: TableRow) => multiples(scaledFigures(r));
  if (j < 0) return body.some((r) => r !== bare(r)) ? { ...block, rows: [head, ...body.map(bare)] } : block;
  const rows = [without(head, j), ...body.map((r) => multiples(labelled(without(r, j), text(r.cells[j]))))];
  return { ...block, rows, ...(block.cellCurrency ? { cellCurrency: block.cellCurrency.filter((_, k) => k !== j - 1) } : {}) };
}
