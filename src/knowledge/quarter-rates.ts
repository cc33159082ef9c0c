// A rate of a quarter printed under a quarter-end date. A bank's "Selected Balance Sheet Data and Ratios"
// heads its columns "Sep. 30, 2026 | Jun. 30, 2026 | Sep. 30, 2025" and prints the net interest margin,
// the efficiency ratio and the return on average assets beside the balances: those rates are earned over
// the quarter that ends on the date, never a balance at it (read as balances, "NIM change y/y" declined
// that the release gives no Q3 2025 margin). Balance ratios (CET1, allowance to loans, book value per
// share) stay at their date. Named rules, pinned by test/corpus/quarter-rates.jsonl.
import type { Fact } from './fact.js';
import { periodEnd, periodKey, shift, type Period } from './period.js';
import { findPeriods } from './period-grammar.js';

export interface QuarterRateRule {
  name: string;
  pattern: RegExp;
}

/** Labels of rates earned over a period, as releases print them; a label no rule names stays at its date. */
export const QUARTER_RATE_RULES: QuarterRateRule[] = [
  // (A margin lent or deposited, "Margin loans", is a balance; as a percentage a margin is earned over the period.)
  { name: 'margin: net interest margin, NIM, gross margin', pattern: /\bmargin\b(?!\s+(?:loans?|lending|deposits?|accounts?|balances?|debt|receivables?|requirements?))|\bNIM\b/i },
  { name: 'efficiency ratio', pattern: /\befficiency ratio\b/i },
  { name: 'return on average (or on) assets or equity: ROA, ROE, ROATCE', pattern: /\breturn on (?:average\s+)?(?:(?:total|tangible|common|shareholders['’]?|stockholders['’]?)\s+)*(?:assets|equity|capital)\b|\bRO(?:A|E|TE|TCE|ATCE|AA|AE)\b/i },
  // ("annualised" alone says no span: "Gross revenue churn, annualised" may be a trailing year's.)
  { name: 'a flow to an average balance: net charge-offs to average loans (annualized)', pattern: /\bto average\b/i },
  { name: 'charge-off ratio or rate', pattern: /\bcharge-?offs?\s+(?:ratio|rate)\b|\bNCO (?:ratio|rate)\b/i },
  { name: 'yield or cost of a balance over the period: yield on loans, cost of deposits', pattern: /\byield on\b|\bcost of (?:total\s+)?(?:funds|deposits|interest-bearing|borrowings)\b/i },
];

/** The rule naming a label a rate of a period, if any. */
export const quarterRate = (label: string): QuarterRateRule | undefined => QUARTER_RATE_RULES.find((r) => r.pattern.test(label));

/** A label naming its own span ("Cost of risk, YTD annualised", "RoTE, last twelve months") is that span's, never the quarter's. */
const namesSpan = (label: string, own: Period) => findPeriods(label, own).length > 0;

const WEEK = 7 * 864e5;
const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= WEEK;

/** The quarter ending on a date: a quarter column of the release's ending on it, else the release's own quarter moved back to it (as its quarters are named). */
function quarterEndingOn(date: string, own: Period, quarters: Period[]): Period | null {
  const column = quarters.find((p) => periodEnd(p) === date) ?? quarters.find((p) => near(periodEnd(p), date));
  if (column) return column;
  for (let k = 0; k <= 12; k++) {
    const p = shift(own, 3 * k);
    if (near(periodEnd(p), date)) return p;
  }
  return null;
}

/**
 * In a quarterly release, a table's percentage under a quarter-end date whose line is a rate of a period is
 * that quarter's. Where the line already prints another figure for that quarter (its own quarter column),
 * the date's figure is left at its date: never two figures for one period. The facts are returned, so the
 * reading of a release is one expression.
 */
export function quarterRates(facts: Fact[], own: Period, columns: Period[]): Fact[] {
  if (own.kind !== 'duration' || own.months !== 3) return facts;
  const quarters = columns.filter((p) => p.kind === 'duration' && p.months === 3);
  const printed = new Map(facts.filter((f) => f.role === 'value' && f.period.kind === 'duration').map((f) => [`${f.metric}|${periodKey(f.period)}`, f.value]));
  for (const f of facts) {
    if (f.source !== 'table' || f.role !== 'value' || f.unit.kind !== 'percent' || f.period.kind !== 'instant' || !quarterRate(f.label) || namesSpan(f.label, own)) continue;
    const q = quarterEndingOn(f.period.date, own, quarters);
    const other = q && printed.get(`${f.metric}|${periodKey(q)}`);
    if (q && (!other || other.equals(f.value))) f.period = q;
  }
  return facts;
}
