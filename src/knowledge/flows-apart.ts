// A balance and a flow of one name: "Inventories" on the balance sheet and the cash-flow statement's change in
// inventories print different figures for one date, and are two lines. The flows are named by their heading and the
// balance keeps the name. Lines that print the same figures for the same dates are one line whatever their columns
// say (a table of quarters headed by dates alone reads as balances).
import { slug } from './labels.js';
import { periodEnd } from './period.js';
import type { ParsedTable, TableLine } from './tables.js';

type Entry = { table: ParsedTable; line: TableLine; parent: string };

const balance = (e: Entry) => e.line.values.every((v, j) => !v || e.table.columns[j]?.period?.kind !== 'duration');

/** A line's figures by the date each ends on. */
function byDate(e: Entry): [string, string][] {
  return e.line.values.flatMap((v, j) => {
    const p = e.table.columns[j]?.period;
    return v && p ? [[periodEnd(p), v.value.toString()] as [string, string]] : [];
  });
}

/** Whether balances and flows print different figures for one date. */
function differ(balances: Entry[], flows: Entry[]): boolean {
  const at = new Map(balances.flatMap(byDate));
  return flows.some((e) => byDate(e).some(([date, v]) => at.has(date) && at.get(date) !== v));
}

/** A line's id under its parent line, else its table: how lines of one name are told apart. */
export const underParent = (e: Entry, key: string): string => `${slug(e.parent || e.table.title) || 'table'}.${key}`;

/** Moves the flows of a name that also names a balance to an id of their own, by their heading. */
export function flowsApart<E extends Entry>(byBase: Map<string, E[]>): void {
  for (const [key, group] of [...byBase]) {
    const balances = group.filter(balance);
    const flows = group.filter((e) => !balance(e));
    if (!balances.length || !flows.length || !differ(balances, flows)) continue;
    byBase.set(key, balances);
    for (const e of flows) {
      const id = underParent(e, key);
      byBase.set(id, [...(byBase.get(id) ?? []), e]);
    }
  }
}
