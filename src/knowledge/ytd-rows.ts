// A row whose label says year-to-date ("Cost of risk, YTD annualised (%)") under columns headed by dates or
// quarters ("30/09/2026 | 30/06/2026 | 30/09/2025"): each figure is the span from the year's start to that
// column's end, never the quarter's nor a balance at the date. Read at the date, "cost of risk for Q3 alone?"
// was answered with the nine months' 0,52% and "for the first nine months" declined. Labels pinned by
// test/corpus/ytd-rows.jsonl.
import type { Fact } from './fact.js';
import { periodEnd, periodKey, type Period } from './period.js';
import { YEAR_TO_DATE, yearToDateAt } from './year-to-date.js';

/** Whether a row's label names the year to date bare (a year named with it, "YTD 2025", is no column's span). */
export function namesYearToDate(label: string): boolean {
  const pattern = new RegExp(YEAR_TO_DATE.pattern.source, 'gi');
  return [...label.matchAll(pattern)].some((m) => !Object.values(m.groups ?? {}).some(Boolean));
}

/** A date's or a quarter's figure, which a year-to-date row puts on the span ending with it (a longer span is already one). */
const atColumnEnd = (p: Period) => p.kind === 'instant' || p.months === 3;

/**
 * A table figure of a year-to-date row is its year to date at the column's end. Where the line already prints
 * another figure for that span, the figure is left where it was: never two figures for one period. The facts
 * are returned, so the reading of a release is one expression.
 */
export function yearToDateRows(facts: Fact[], own: Period): Fact[] {
  const printed = new Map(facts.filter((f) => f.role === 'value').map((f) => [`${f.metric}|${periodKey(f.period)}`, f.value]));
  for (const f of facts) {
    if (f.source !== 'table' || f.role !== 'value' || !atColumnEnd(f.period) || !namesYearToDate(f.label)) continue;
    const span = yearToDateAt(periodEnd(f.period), own);
    const other = printed.get(`${f.metric}|${periodKey(span)}`);
    if (!other || other.equals(f.value)) f.period = span;
  }
  return facts;
}
