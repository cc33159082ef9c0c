// The year end a question or a release names in words ("year-end", "the financial year end", "FYE24"): an issuer's
// own year's end where its year ends in another month than December, never December 31 read from the calendar.
import { endOf, isoDate, lastDay, periodEnd, type Period } from './period.js';
import type { PeriodRef } from './period-grammar.js';
import { fiscalAnchor, latestMonthEnd, namedQuarter, ownSpanYearEnd, ownYear, year } from './period-resolvers.js';

/**
 * The year end a phrase names: December 31 of the year named, else the latest by the release's period (its own end,
 * in a fourth-quarter release; "end of last year" the one before the release's year). Said as a fiscal year's
 * ("fiscal YE", "FYE24") of an issuer with its own fiscal year: the end of its fiscal Q4, as "fiscal year end 24" is.
 */
export function yearEnd(text: string, named: string | undefined, c: Period): PeriodRef {
  const latest = periodEnd(c).endsWith('-12-31') ? year(undefined, c) : year(undefined, c) - 1;
  const last = /\b(?:last|prior|previous|preceding)\b/i.test(text);
  const y = named ? year(named, c) : last ? year(undefined, c) - 1 : latest;
  // "Fiscal YE", "financial year end" say the issuer's own year; so does a year end no year is named with: a March
  // year's "year-end" is March 31 (a year named alone, "year end 24", stays December's).
  const own = /\bf(?:iscal\b|y)|\bfinancial\b/i.test(text) || !named;
  const f = own ? fiscalAnchor(c).f : undefined;
  if (ownYear(f)) {
    const fy = named ? y : f.year - (f.quarter === 4 && !last ? 0 : 1);
    return { kind: 'period', period: endOf(namedQuarter(4, fy, c)), text };
  }
  // A release of a half or year of a year ending in another month, no fiscal name (a half to December 31): that month's end.
  const month = own ? ownSpanYearEnd(c) : null;
  // (Named, "FYE25", "fiscal year end 2025": that year's own end, June 30, 2025 of a June year, never December 31.)
  if (month && named) return { kind: 'period', period: { kind: 'instant', date: isoDate(y, month, lastDay(y, month)) }, text };
  if (month) {
    const at = latestMonthEnd(month, c, text);
    const date = at.kind === 'period' ? periodEnd(at.period) : '';
    const before = Number(date.slice(0, 4)) - 1;
    return last && date === periodEnd(c) ? { kind: 'period', period: { kind: 'instant', date: isoDate(before, month, lastDay(before, month)) }, text } : at;
  }
  return { kind: 'period', period: { kind: 'instant', date: isoDate(y, 12, 31) }, text };
}
