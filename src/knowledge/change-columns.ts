// Which figure columns a table's "% change" column compares. A stated change is bound to one pair of
// columns, of the span its header names ("Change 9M", "% chg Q3") when it names one; where the header
// leaves it open between spans that end on the same day (a quarter and its nine months), it is bound to
// none and the change is computed from the figures instead: a stated change is never given for another span.
import type { Column } from './columns.js';
import { CONSTANT_CURRENCY } from './currency-basis.js';
import { isNil, type Cell } from './numbers.js';
import { findPeriods } from './period-grammar.js';
import { periodEnd, periodKey, type Period } from './period.js';

// (A delta, "Δ %", and "+/-" or "±" head a change as the words do: signs, with no word boundary of their own.)
export const CHANGE = /\b(?:change|chg|increase|decrease|growth|yoy|y\/y|qoq|q\/q|var|variance|constant currency|favou?rable|unfavou?rable)\b|%\s*(?:inc|dec|chg)|[Δ∆±]|\+\s*\/\s*[-–]/i;

type Figure = { c: Column; j: number };

/** A change column in points ("YoY (bps)", "Change (pp)"): how many of its units make a percentage point (100 for basis points), else null. */
export function pointsPer(header: string): number | null {
  const m = /\b(bps|bp|basis points?)\b|\b(?:pts?|points|pp|ppts?)\b|\bp\.p\./i.exec(header);
  return m ? (m[1] ? 100 : 1) : null;
}

/** A span's mark in a change header ("9M", "Q3", "YTD", "nine months", "H1 2026"); not a bare year or a relative basis ("prior year"). */
const SPAN_MARK = /\b(?:[1-4]Q|Q[1-4]|[12]H|H[12]|\d{1,2}M|ytd|year[- ]to[- ]date|fy|full[- ]year|quarter|half|three|six|nine|twelve)/i;

/** The length in months of the span a change column's header names, or null when it names none. */
function namedMonths(header: string, current: Period): number | null {
  const spans = findPeriods(header, current).flatMap((r) => (r.kind === 'period' && r.period.kind === 'duration' && SPAN_MARK.test(r.text) && !/\b(?:prior|previous|last)\b/i.test(r.text) ? [r.period.months] : []));
  return spans.length && spans.every((m) => m === spans[0]) ? spans[0]! : null;
}

/**
 * Which columns each "% change" column compares: the latest figure column against the one a year before
 * ("YoY"), a quarter before ("QoQ", "sequential"), or, where the header says neither, the only other
 * figure column of the same length. Where several change columns stand between groups of figure
 * columns ("Apr–Jun 2026 | Apr–Jun 2025 | Change, % | Jan–Jun 2026 | Jan–Jun 2025 | Change, %"), each
 * compares the group to its left; a lone one compares the figures to its left, or all of them when
 * that finds no pair. A change at other exchange rates ("% change CER" beside "% change CHF", "constant currency"), or in
 * amounts, stays left out: it is no change of the figures printed; one in points is of the rates. (An organic one, "Organic
 * growth (CER)", stays as read: the prose stating it, "rose 6.1% organically", joins the row by it.)
 */
const atOtherRates = (header: string) => CONSTANT_CURRENCY.test(header) && !/\borganic/i.test(header);

export function changeColumns(columns: Column[], current: Period): void {
  // "% Increase in US $" is a rate of change in dollars; "$ Change" is an amount. A change in points may name only its basis ("QoQ (bps)").
  const named = (c: Column) => CHANGE.test(c.header) || (pointsPer(c.header) !== null && /\b(?:qoq|q\/q|sequential)\b/i.test(c.header));
  const isChange = (c: Column) => Boolean(c.exclusion) && named(c) && !atOtherRates(c.header) && !(/\$|amount/i.test(c.header) && !/%/.test(c.header));
  const figures = columns.map((c, j) => ({ c, j })).filter((x) => x.c.period && !x.c.qualifier);
  const several = columns.filter(isChange).length > 1;
  // (Change columns side by side, "Change | % Change", compare the same group.)
  let from = 0;
  let group = figures;
  columns.forEach((col, k) => {
    if (!isChange(col)) return;
    const left = figures.filter((x) => x.j >= from && x.j < k);
    if (left.length) group = left;
    const months = namedMonths(col.header, current);
    const pair = several ? compared(group, col.header, months) : ((left.length && compared(left, col.header, months)) || compared(figures, col.header, months));
    const per = pointsPer(col.header);
    if (pair) col.change = per ? { ...pair, per } : pair;
    from = k + 1;
  });
  // "Change" beside "% Change" is the change in amounts ("$ 15"), never read as a rate.
  const linked = columns.filter((c) => c.change);
  if (linked.some((c) => /%/.test(c.header))) for (const c of linked) if (!/%/.test(c.header) && !c.change!.per) delete c.change;
}

/**
 * A change column printing no "%" whose every cell is the difference of the figures it compares ("Jun 30, 2026 | Dec 31,
 * 2025 | Change" over "1,284.6 | 1,197.3 | +87.3") is a change in amounts, never a rate: it is unlinked, and the change
 * is computed from the figures (a rate read from it would be "up 87.3%"). A last digit's rounding is allowed.
 */
export function amountChanges(columns: Column[], lines: { values: (Cell | null)[] }[]): void {
  columns.forEach((c, j) => {
    if (!c.change || c.change.per || /%/.test(c.header)) return;
    const { of, basis } = c.change;
    const rows = lines.map((l) => [l.values[j], l.values[of], l.values[basis]] as const).filter((r): r is readonly [Cell, Cell, Cell] => r.every((v) => v && !isNil(v)));
    if (!rows.length || rows.some(([d]) => d.percent)) return;
    if (rows.every(([d, a, b]) => d.value.minus(a.value.minus(b.value)).abs().lte(10 ** -d.decimals))) delete c.change;
  });
}

/** How many months before `a` ends `b` ends. */
const monthsApart = (a: Period, b: Period) => Math.round((Date.parse(periodEnd(a)) - Date.parse(periodEnd(b))) / (30.44 * 864e5));

const sameSpan = (a: Period, b: Period) => a.kind === b.kind && (a.kind !== 'duration' || (b.kind === 'duration' && a.months === b.months));

/** The latest of the figure columns (of the span named, if any) and the one other it is compared with, or null when that is not one column. */
function compared(all: Figure[], header: string, months: number | null): { of: number; basis: number } | null {
  const figures = months ? all.filter((x) => x.c.period!.kind === 'duration' && x.c.period!.months === months) : all;
  const latest = [...figures].sort((a, b) => periodEnd(b.c.period!).localeCompare(periodEnd(a.c.period!)))[0];
  if (!latest) return null;
  const at = periodEnd(latest.c.period!);
  // A quarter and its nine months both end on the latest day: a header that names neither says not which it compares.
  if (figures.some((x) => periodEnd(x.c.period!) === at && !sameSpan(x.c.period!, latest.c.period!))) return null;
  const monthsBack = (x: Figure) => monthsApart(latest.c.period!, x.c.period!);
  const back = /\b(?:yoy|y\/y|year[- ](?:over|on)[- ]year)\b/i.test(header) ? 12 : /\b(?:qoq|q\/q|sequential|quarter[- ](?:over|on)[- ]quarter)\b/i.test(header) ? 3 : 0;
  const others = figures.filter((x) => x !== latest && sameSpan(x.c.period!, latest.c.period!) && (!back || monthsBack(x) === back));
  return others.length === 1 ? { of: latest.j, basis: others[0]!.j } : null;
}

/** A table's note that its percentages are changes on the year before ("(Percentages indicate year-on-year changes)", "% change from previous period"). */
export const YEAR_ON_YEAR_NOTE = /\bpercentages?\s+(?:indicate|show|represent)\s+(?:year[- ]on[- ]year\s+)?changes?\b|%\s*change\s+from\s+(?:the\s+)?(?:previous|prior|same)\b|\byear[- ]on[- ]year\s+changes?\b/i;

/** A header that is another's with "%" after it ("FY ended March 31, 2026 %" beside "FY ended March 31, 2026"). */
const percentOf = (h: string, amount: string) => /(?:^|\s)\(?%\)?$/.test(h) && h.replace(/\s*\(?%\)?$/, '').trim() === amount.trim();

/**
 * A "%" column beside the amount column of its own period, as Japanese summaries print them ("FY ended March 31,
 * 2026" over "(¥ million)   %"), is never a second figure of that period. Under a note that the table's percentages
 * are year-on-year changes, it is its line's change against the column of the same span a year before, where the table
 * has one; else it is left out (what it measures is not said, or its basis is not in the table).
 */
export function percentBeside(columns: Column[], note: string): void {
  const yoy = YEAR_ON_YEAR_NOTE.test(note);
  const beside = columns.map((c, j) => j > 0 && !!c.period && !!columns[j - 1]!.period && periodKey(c.period) === periodKey(columns[j - 1]!.period!) && percentOf(c.header, columns[j - 1]!.header));
  const amounts = columns.flatMap((c, k) => (c.period && !beside[k] ? [{ p: c.period, k }] : []));
  columns.forEach((c, j) => {
    if (!beside[j]) return;
    const basis = amounts.find((b) => sameSpan(b.p, c.period!) && monthsApart(c.period!, b.p) === 12);
    const change = yoy && basis ? { change: { of: j - 1, basis: basis.k } } : {};
    columns[j] = { ...c, period: null, exclusion: 'a percentage beside the amount of its period (a change, never a second figure)', ...change };
  });
}
