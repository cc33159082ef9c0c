// Whether table lines add up to a total, column by column: what confirms a table's structure (a group
// line or a total and the lines it adds) and names where it does not hold.
import { Decimal } from 'decimal.js';
import type { Cell } from './numbers.js';
import type { TableLine, TableMismatch } from './tables.js';

/**
 * Whether a column's lines add up to its total: to the digit in the release's own currency; in a
 * translated column, where each figure was rounded on its own, to within half a unit per figure.
 */
function addsUp(sum: Decimal, total: Cell, figures: number, translated: boolean): boolean {
  if (!translated) return sum.equals(total.value);
  return sum.minus(total.value).abs().lte(new Decimal(10).pow(-total.decimals).times(figures + 1).div(2));
}

const columnSum = (items: TableLine[], j: number) => items.reduce((s, it) => s.plus(it.values[j]?.value ?? 0), new Decimal(0));

/**
 * Whether `items` add up to `target` in every column of amounts (columns left out, and a rate column beside
 * the amounts, "Combined ratio" by a segment's premiums, do not count), and there is one such column.
 */
export function sumsTo(items: TableLine[], target: TableLine, translated: (boolean | null)[]): boolean {
  const amounts = target.values.flatMap((v, j) => (translated[j] === null || v?.percent ? [] : [j]));
  return amounts.length > 0 && amounts.every((j) => Boolean(target.values[j] && addsUp(columnSum(items, j), target.values[j]!, items.length, translated[j]!)));
}

/** The columns where `items` do not add up to `total`. */
export function offColumns(items: TableLine[], total: TableLine, translated: (boolean | null)[]): TableMismatch['off'] {
  const off: TableMismatch['off'] = [];
  total.values.forEach((v, j) => {
    if (!v || v.percent || translated[j] === null) return;
    const sum = columnSum(items, j);
    if (!addsUp(sum, v, items.length, translated[j]!)) off.push({ column: j, sum });
  });
  return off;
}

/** How many lines at the end of `list` add up to `total` (two or more preferred), 0 if none. */
export function tailSum(list: TableLine[], total: TableLine, translated: (boolean | null)[]): number {
  for (let k = 2; k <= list.length; k++) if (sumsTo(list.slice(-k), total, translated)) return k;
  return list.length && sumsTo(list.slice(-1), total, translated) ? 1 : 0;
}
