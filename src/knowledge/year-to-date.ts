// The year to date, bare ("YTD") or with the year it is of ("YTD 2025", "year to date 2026", "2025 YTD",
// "YTD FY26"): a span from the year's start to the release's period end, never the full year. A table's
// "YTD 2026 | YTD 2025" columns are two periods, the same months a year apart; read as one ("YTD") and a
// bare year beside it, both columns were one period and both were dropped, and "year to date 2026" in a
// question was read as the full year 2026.
import { periodEnd, shift, type Period } from './period.js';
import { MONTH, fiscalTo, namedQuarter, ownSpanYearEnd, year } from './period-resolvers.js';
import type { PeriodRef, Rule } from './period-grammar.js';

const YTD = String.raw`(?:year[-\s]to[-\s]date|ytd)`;
const MONTH_WORD = MONTH.replace('(', '(?:');
/** A year before "YTD" ("2025 YTD", "FY26 YTD"); a bare year only where it ends no other period's name ("Q3 2026 YTD", "September 30, 2026 YTD"). */
const YEAR_BEFORE = String.raw`(?:(?<fyBefore>fy\s*|fiscal\s+)['’]?(?<before>(?:19|20)\d{2}|\d{2})|(?<!\b(?:q[1-4]|[1-4]q|h[12]|[12]h|9m|quarter|half|months?|weeks?|ended|ending|to|through|thru|until|${MONTH_WORD}|\d{1,2},?)\s+)(?<bare>(?:19|20)\d{2}))\s+`;
/** The year after it: "2025", "FY26", "fiscal 2026", "'25". */
const YEAR_AFTER = String.raw`(?:[\s,]+(?<fyAfter>fy\s*|fiscal\s+)?['’]?(?<after>(?:19|20)\d{2})|\s*(?<fyShort>fy\s*|fiscal\s+)['’]?(?<short>\d{2})|\s*['’](?<cut>\d{2}))\b`;

/** The year to date at the release's period end: a fiscal issuer's quarters into its year, a half or nine months its own span, else months from January. */
function toPeriodEnd(c: Period): Period {
  const end = periodEnd(c);
  // Read under a year-to-date span ("Year to date (39 weeks)"): that span.
  const months = c.kind === 'duration' && c.fiscal?.quarter ? c.fiscal.quarter * 3 : c.kind === 'duration' && c.months > 3 && c.months < 12 ? c.months : Number(end.slice(5, 7));
  return { kind: 'duration', end, months };
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));

/** The year to date ending on a date: the release's own, its months counted back (or on) to the date's month; at a year's end, the whole year. */
export function yearToDateAt(date: string, c: Period): Period {
  const own = toPeriodEnd(c);
  const months = (((own.kind === 'duration' ? own.months : 12) - (monthIndex(periodEnd(own)) - monthIndex(date))) % 12 + 12) % 12;
  return { kind: 'duration', end: date, months: months || 12 };
}

/** The year the release's own year to date is of: the fiscal year where the period names one (or a year ending in another month is said to be fiscal), else its end's calendar year. */
export function ownYearOf(c: Period, fiscal: boolean): number {
  if (c.kind === 'duration' && c.fiscal) return c.fiscal.year;
  const endMonth = Number(periodEnd(c).slice(5, 7));
  const yearEnd = fiscal ? ownSpanYearEnd(c) : null;
  return year(undefined, c) + (yearEnd && endMonth > yearEnd ? 1 : 0);
}

/** The year to date of the year named: the release's own, moved back whole years; a year the release has not reached is none it reports. */
function ofYear(c: Period, named: number, fiscal: boolean, text: string): PeriodRef {
  const back = ownYearOf(c, fiscal) - named;
  if (back < 0) return { kind: 'unsupported', reason: `the release reports no year to date of ${named}, a year after its own`, text };
  return { kind: 'period', period: shift(toPeriodEnd(c), 12 * back), text };
}

export const YEAR_TO_DATE: Rule = {
  // (The name's start, "year to date:", is how period-mentions.ts finds this rule's mentions.)
  name: "year to date: YTD, year-to-date, YTD 2025, year to date 2026, 2025 YTD, YTD FY26, FY26 YTD (that year's span to the period end, never the full year)",
  pattern: new RegExp(String.raw`\b(?:${YEAR_BEFORE})?${YTD}\b(?:${YEAR_AFTER})?`, 'gi'),
  produce: (m, c) => {
    const g = m.groups ?? {};
    const named = g.before ?? g.bare ?? g.after ?? g.short ?? g.cut;
    if (!named) return { kind: 'period', period: toPeriodEnd(c), text: m[0] };
    return ofYear(c, year(named, c), !!(g.fyBefore ?? g.fyAfter ?? g.fyShort), m[0]);
  },
};

/**
 * The year to date through a quarter named beside "YTD" ("3Q26 YTD", "Q3 2026 YTD", "YTD 3Q26"), as Korean and
 * Japanese releases head a column: the quarters from the year's start to that one, never the quarter itself
 * (read as the quarter, the column was the same period as the quarter's column and both were dropped).
 */
export const QUARTER_TO_DATE: Rule = {
  name: 'year to date through a quarter: 3Q26 YTD, Q3 2026 YTD, YTD 3Q26, 3Q YTD 2026 (the quarters to that one from the year\'s start)',
  pattern: new RegExp(String.raw`\b(?:(?:(?<qa>[2-4])q|q(?<qb>[2-4]))\s*[-'’]?\s*(?<ya>(?:19|20)\d{2}|\d{2})?\s+${YTD}(?:\s+(?<yb>(?:19|20)\d{2}))?|${YTD}\s+(?:(?<qc>[2-4])q|q(?<qd>[2-4]))\s*[-'’]?\s*(?<yc>(?:19|20)\d{2}|\d{2}))\b`, 'gi'),
  produce: (m, c) => {
    const g = m.groups ?? {};
    const n = Number(g.qa ?? g.qb ?? g.qc ?? g.qd);
    const y = year(g.ya ?? g.yb ?? g.yc, c);
    const end = namedQuarter(n, y, c);
    if (end.kind !== 'duration') return null;
    const period: Period = fiscalTo(n, 3 * n, y, c) ?? { kind: 'duration', end: end.end, months: 3 * n };
    return { kind: 'period', period, text: m[0] };
  },
};
