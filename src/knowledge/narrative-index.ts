// The table facts a release's prose figures are linked to, indexed once per release: by period and unit
// (sorted by amount, for a search within a figure's rounding), by period, unit and metric, and by a line's words.
import type { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact, type Unit } from './fact.js';
import { plain } from './formulas.js';
import { memo } from './memo.js';
import { push } from './multimap.js';
import type { NarrativeFigure } from './narrative.js';
import { periodKey } from './period.js';
import { roundsTo } from './release.js';

export function unitKey(u: Unit): string {
  return `${u.kind}:${currencyOf(u) ?? ''}`;
}

/**
 * The table facts of one period and unit: in the release's order (the first of equal scores wins), and by
 * amount, so a figure finds the facts within its rounding by a binary search instead of a scan of every
 * fact of its period (a scan made linking quadratic in the release's size).
 */
export interface PeriodUnitFacts {
  facts: Fact[];
  amounts: Decimal[];
  /** Indexes into `facts`, ascending by amount (as a number: the search is widened, the test exact). */
  byAmount: number[];
  approx: number[];
}

/** Table facts indexed for linking: by metric id, by period and unit, and by period, unit and metric. */
export interface TableIndex {
  metrics: Set<string>;
  byPeriodUnit: Map<string, PeriodUnitFacts>;
  byPeriodUnitMetric: Map<string, Fact[]>;
  /** Table metrics by the words of their line's name, in any order. */
  byWords: Map<string, Set<string>>;
  /** A line's value by period and metric, to check a stated change against. */
  byKey: Map<string, Decimal>;
  /** Per period, its money facts with their names in lower case (`plain`), to find a stated ratio's lines without a scan per figure. */
  moneyByPeriod: Map<string, { fact: Fact; plain: string }[]>;
  /** The kinds of figure (money, count, percent, ...) each line prints as its values. */
  kinds: Map<string, Set<string>>;
}

/** A name's words in any order: "International transaction volume" is the line "Transaction volume – International". */
export const wordKey = memo((label: string) => [...new Set(label.toLowerCase().match(/[a-z0-9]+/g) ?? [])].sort().join(' '));

export function indexTable(facts: Fact[]): TableIndex {
  const byPeriodUnit = new Map<string, PeriodUnitFacts>();
  const byPeriodUnitMetric = new Map<string, Fact[]>();
  const byWords = new Map<string, Set<string>>();
  const byKey = new Map<string, Decimal>();
  const kinds = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.role === 'value') byKey.set(`${periodKey(f.period)}|${f.metric}`, amount(f));
    if (f.role === 'value') kinds.set(f.metric, (kinds.get(f.metric) ?? new Set()).add(f.unit.kind));
    const key = `${periodKey(f.period)}|${unitKey(f.unit)}`;
    let group = byPeriodUnit.get(key);
    if (!group) byPeriodUnit.set(key, (group = { facts: [], amounts: [], byAmount: [], approx: [] }));
    group.facts.push(f);
    group.amounts.push(amount(f));
    push(byPeriodUnitMetric, `${key}|${f.metric}`, f);
    const words = wordKey(f.label);
    byWords.set(words, (byWords.get(words) ?? new Set()).add(f.metric));
  }
  const moneyByPeriod = new Map<string, { fact: Fact; plain: string }[]>();
  for (const group of byPeriodUnit.values()) {
    group.approx = group.amounts.map((a) => a.toNumber());
    group.byAmount = group.facts.map((_, i) => i).sort((a, b) => group.approx[a]! - group.approx[b]!);
    const first = group.facts[0]!;
    if (first.unit.kind === 'money') for (const fact of group.facts) push(moneyByPeriod, periodKey(first.period), { fact, plain: plain(fact.label) });
  }
  return { metrics: new Set(facts.map((f) => f.metric)), byPeriodUnit, byPeriodUnitMetric, byWords, byKey, moneyByPeriod, kinds };
}

/** The facts of a group whose amount is within `tol` of `want`, in the release's order. */
export function within(group: PeriodUnitFacts | undefined, want: Decimal, tol: Decimal): Fact[] {
  if (!group) return [];
  // Widened past any error of the numbers' conversion; the exact test below decides.
  const slack = tol.toNumber() + 1e-9 * (Math.abs(want.toNumber()) + 1);
  const lo = want.toNumber() - slack;
  const hi = want.toNumber() + slack;
  const { byAmount, approx } = group;
  let a = 0;
  let b = byAmount.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (approx[byAmount[mid]!]! < lo) a = mid + 1;
    else b = mid;
  }
  const hits: number[] = [];
  for (let i = a; i < byAmount.length && approx[byAmount[i]!]! <= hi; i++) hits.push(byAmount[i]!);
  return hits
    .filter((i) => !group.amounts[i]!.minus(want).abs().greaterThan(tol))
    .sort((x, y) => x - y)
    .map((i) => group.facts[i]!);
}

/** The kinds of figure that are never one line's: a count of things and an amount of money. */
const APART = new Set(['count', 'money']);

/**
 * The line a label's figures are filed under, or a line of their own where they are counts and the line prints
 * amounts (or the reverse): "ending the quarter with 612 stores" is no figure of the table line "Stores" (a segment's
 * sales), and filed there, "how many stores" was answered with the sales. (A percentage stays with its line: "was 89%
 * of total revenue" is that line's share.)
 */
export function ownKind(index: TableIndex, id: string, own: NarrativeFigure[]): string {
  const kinds = [...(index.kinds.get(id) ?? [])];
  const values = own.filter((f) => f.role === 'value');
  const apart = values.length && kinds.some((k) => APART.has(k)) && values.every((f) => APART.has(f.unit.kind) && !kinds.includes(f.unit.kind) && otherKind(index, id, f));
  return apart ? `${id}_${values[0]!.unit.kind}` : id;
}

/**
 * Whether a prose figure of another kind than its line is another thing, not the line read two ways: a figure the
 * line prints for its period is the line's ("R$ 20.71 cents" as money, the row "CASK ex-fuel (R$ cents)" as a count of
 * cents), and a count that names nothing it counts ("912.5 million parcels") may be the line's own, its table's
 * "(In millions)" naming no currency. Only a count of things ("612 stores") is apart from the amount line they name.
 */
function otherKind(index: TableIndex, id: string, f: NarrativeFigure): boolean {
  const printed = index.byKey.get(`${periodKey(f.period)}|${id}`);
  if (printed && roundsTo(printed, f)) return false;
  return f.unit.kind !== 'count' || f.unit.noun !== 'count';
}
