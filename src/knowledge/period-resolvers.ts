// What the period grammar's productions share: the words and numbers of period names, and how a name
// whose year is left out resolves against the release's own period (the latest such period up to it).
import { dated, endOf, isoDate, lastDay, monthNumber, periodEnd, priorQuarter, quarter, quarterEnding, quarterOf, shift, yearAgo, type Period } from './period.js';
import type { PeriodRef, Rule } from './period-grammar.js';
import { SIGN_SOURCE } from './currencies.js';

export const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, one: 1, two: 2, three: 3, four: 4 };
export const year = (y: string | undefined, current: Period): number => {
  if (!y) return Number((current.kind === 'duration' ? current.end : current.date).slice(0, 4));
  const n = Number(y.replace(/^'/, ''));
  return n < 100 ? 2000 + n : n;
};
/** A fiscal half or nine months to date ("H1 FY2026", a release of halves) as the fiscal quarter it ends with, which names the year's other spans. */
export const lastQuarter = (p: Period): Period =>
  p.kind === 'duration' && p.fiscal && !p.fiscal.quarter && !p.fiscal.split && !p.fiscal.calendar && (p.months === 6 || p.months === 9) ? { ...p, months: 3, fiscal: { ...p.fiscal, quarter: p.months / 3 } } : p;
/** A span's last quarter: its own fiscal quarter (lastQuarter), else the calendar quarter it ends with. */
const lastOf = (p: Period): Period => {
  const last = lastQuarter(p);
  return last.kind === 'duration' && last.months === 3 ? last : quarterOf(endOf(p));
};
/** The release's period as its last fiscal quarter (lastQuarter) and that quarter's fiscal names, none for a calendar period. */
export const fiscalAnchor = (period: Period) => {
  const current = lastQuarter(period);
  return { current, f: current.kind === 'duration' ? current.fiscal : undefined };
};
/** Whether fiscal names are an issuer's own quarters of its own year (not calendar ones, not a split year's). */
export const ownYear = (f: ReturnType<typeof fiscalAnchor>['f']): f is NonNullable<typeof f> & { quarter: number } => !!f?.quarter && !f.split && !f.calendar;
export const q = (n: number, y: number, text: string): PeriodRef => ({ kind: 'period', period: quarter(y, n), text });
/**
 * Whether a month's end has been reached by the release's period: on or after it, or in the week before it, as a
 * 52/53-week calendar ends its quarters (September 26, 2026 ends that year's nine months to September, never 2025's).
 */
export const reached = (date: string, current: Period): boolean => Date.parse(date) - Date.parse(periodEnd(current)) <= 7 * 864e5;
/**
 * A span of `months` months ending with month `endMonth` of the year named (or, unnamed, the latest
 * such span that has ended by the release's period).
 */
export const span = (endMonth: number, months: number, y: string | undefined, period: Period, text: string): PeriodRef => {
  // An issuer with its own fiscal year: "H1", "9M", "the year" unnamed are the latest of its own that has ended.
  const { current, f } = fiscalAnchor(period);
  if (!y && f?.quarter && !f.calendar && endMonth % 3 === 0 && months <= endMonth) {
    const back = shift(current, 3 * ((f.quarter - endMonth / 3 + 4) % 4));
    // (A span from the fiscal year's start is keyed by that year, "FY2025-6M"; a second half is not one, and
    // tagged so it would be read as the first.)
    if (back.kind === 'duration' && back.fiscal && months < endMonth) return { kind: 'period', period: { kind: 'duration', end: endLike(back.end, current), months }, text };
    if (back.kind === 'duration' && back.fiscal) return { kind: 'period', period: { kind: 'duration', end: back.end, months, fiscal: { year: back.fiscal.year, ...(f.split ? { split: true } : {}) } }, text };
  }
  // A release of a span from its fiscal year's start whose year ends in another month than December (a June year's half or
  // whole year, an April year's nine months): "H1", "H2", "9M", "the year" unnamed are its own year's, the latest ended.
  const yearEnd = ownSpanYearEnd(current);
  if (!y && yearEnd && current.kind === 'duration' && endMonth % 3 === 0 && months <= endMonth) {
    const back = (Number(current.end.slice(5, 7)) - (yearEnd - 12 + endMonth) + 24) % 12;
    const p = shift({ kind: 'duration', end: current.end, months }, back);
    return { kind: 'period', period: back || months !== current.months ? p : current, text };
  }
  let yy = year(y, current);
  const end = (n: number) => isoDate(n, endMonth, lastDay(n, endMonth));
  if (!y && !reached(end(yy), current)) yy -= 1;
  return { kind: 'period', period: { kind: 'duration', end: end(yy), months }, text };
};

/**
 * The month a release's own year ends in, where its own period is a half, nine months or year from that year's start
 * with no fiscal name and the year ends in another month than December (a half to December 31 is a June year's).
 */
export const ownSpanYearEnd = (p: Period): number | null => {
  if (p.kind !== 'duration' || p.fiscal || ![6, 9, 12].includes(p.months)) return null;
  const month = ((Number(p.end.slice(5, 7)) + 12 - p.months - 1) % 12) + 1;
  return month === 12 ? null : month;
};

/**
 * Quarter n of year y as the release names its quarters: a fiscal-year issuer's own quarter of that name
 * (Buckle's Q3 2024 ended November 2, 2024; its end, not September 30, is "the end of Q3 2024"), else
 * the calendar quarter.
 */
export const namedQuarter = (n: number, y: number, period: Period): Period => {
  const { current, f } = fiscalAnchor(period);
  if (!ownYear(f)) return quarter(y, n);
  // (On a month's last day where the release's own quarter ends on one: fiscal Q4 of a year whose Q2 ended September 30 ends March 31, not 30.)
  const named = shift(current, 3 * (f.year * 4 + f.quarter - (y * 4 + n)));
  return named.kind === 'duration' ? { ...named, end: endLike(named.end, current) } : named;
};
/** Quarter n of fiscal year y, said with "FY" ("Q4 FY26"): the issuer's own quarter of that name (namedQuarter), a calendar issuer's calendar quarter. */
export const fiscalQuarter = (n: number, y: number, current: Period, text: string): PeriodRef => ({ kind: 'period', period: namedQuarter(n, y, current), text });
/**
 * The `months` months to fiscal quarter n of fiscal year y of an issuer with its own fiscal year ("H1 FY2026"
 * to its Q2, "2H FY26" to its Q4, "the first nine months of fiscal 2026" to its Q3), or null where the issuer
 * keeps calendar or split periods.
 */
export const fiscalTo = (n: number, months: number, y: number, period: Period): Period | null => {
  const { current, f } = fiscalAnchor(period);
  if (!ownYear(f)) return null;
  const q = namedQuarter(n, y, current);
  if (q.kind !== 'duration' || !q.fiscal) return null;
  // (Only a span from the year's start is keyed by its fiscal year, "FY2025-6M"; a second half is not.)
  return months < 3 * n ? { kind: 'duration', end: endLike(q.end, current), months } : { kind: 'duration', end: q.end, months, fiscal: { year: q.fiscal.year } };
};
/** A date some quarters from the release's period end, on its month's last day where that end is on one (September 30 → March 31). */
const endLike = (date: string, current: Period): string => {
  const [cy, cm, cd] = periodEnd(current).split('-').map(Number) as [number, number, number];
  const [ny, nm] = date.split('-').map(Number) as [number, number];
  return cd === lastDay(cy, cm) ? isoDate(ny, nm, lastDay(ny, nm)) : date;
};
/**
 * The span of `months` months ended on a date: a quarter ended on a month's last day is that calendar
 * quarter; one ended mid-month (a 52/53-week calendar's, "the quarter ended November 2, 2024") ends on its date.
 */
export const endedOn = (date: string, months: number): Period => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return months === 3 && d === lastDay(y, m) ? quarterEnding(y, m) : { kind: 'duration', end: date, months };
};
/**
 * A fiscal-year issuer's span of `months` months (its quarters from the fiscal year's start) that ends in
 * calendar year `y`, or null where the issuer keeps calendar periods or none ends in that year.
 */
export const endingIn = (months: number, y: number, period: Period): Period | null => {
  const { current, f } = fiscalAnchor(period);
  if (!f?.quarter || f.calendar || months % 3) return null;
  const n = months / 3;
  for (let back = (f.quarter - n + 4) % 4; back < 40; back += 4) {
    const q = shift(current, 3 * back);
    if (q.kind !== 'duration' || !q.fiscal) return null;
    const endYear = Number(q.end.slice(0, 4));
    if (endYear < y) return null;
    if (endYear === y) return { kind: 'duration', end: q.end, months, fiscal: { year: q.fiscal.year, ...(f.split ? { split: true } : {}) } };
  }
  return null;
};
/** The year to date that ends on a date: a fiscal-year issuer's from its year's start to the fiscal quarter ending within a week of it, else from January. */
export const toDate = (date: string, period: Period): Period | null => {
  const { current, f } = fiscalAnchor(period);
  if (!f?.quarter || f.calendar) return { kind: 'duration', end: date, months: Number(date.slice(5, 7)) };
  for (let back = 0; back < 40; back++) {
    const q = shift(current, 3 * back);
    if (q.kind === 'duration' && q.fiscal?.quarter && Math.abs(Date.parse(q.end) - Date.parse(date)) <= 7 * 864e5) return { kind: 'duration', end: date, months: q.fiscal.quarter * 3 };
  }
  return null;
};
/** Quarter `n` of the year `back` years before the release's: of an issuer with its own fiscal year, of its own fiscal year. */
export const quarterOfYear = (n: number, back: number, c: Period): Period => {
  const { current: at, f } = fiscalAnchor(c);
  if (f?.quarter && !f.calendar) return shift(at, 3 * (f.quarter - n + 4 * back));
  return quarter(year(undefined, c) - back, n);
};
/** A quarter named without a year is the latest such quarter up to the release's ("Q4" in a Q1 2024 release is Q4 2023). */
export const latest = (n: number, period: Period, text: string): PeriodRef => {
  const current = lastQuarter(period);
  // A fiscal-year issuer's "Q4" is its latest fiscal fourth quarter (Oracle's, ended May 31, 2022).
  if (current.kind === 'duration' && current.fiscal?.quarter) return { kind: 'period', period: shift(current, 3 * ((current.fiscal.quarter - n + 4) % 4)), text };
  const y = year(undefined, current);
  return q(n, reached(periodEnd(quarter(y, n)), current) ? y : y - 1, text);
};
/**
 * At a word that starts with one of `first` (the characters the period's words can start with), not just
 * after a figure or a currency sign: "6m" and "9M" there are amounts in millions, not periods. The word's
 * start is checked first: the lookbehinds alone, tried at every place of every text, cost more than any
 * other pattern of a release's load.
 */
export const notAmount = (first: string) => String.raw`\b(?=[${first}])(?<![$\d.,])(?<!${SIGN_SOURCE}\s?)`;
export const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The year whose `month` ends within a week of `date` (a 52/53-week quarter ends near a month's end), or null. */
export const endsInMonth = (date: string, month: number): number | null => {
  const y = Number(date.slice(0, 4));
  const at = Date.parse(date);
  for (const yy of [y - 1, y]) if (Math.abs(Date.parse(isoDate(yy, month, lastDay(yy, month))) - at) <= 7 * 864e5) return yy;
  return null;
};

/** Days after its period's end that a release still reports events of (a buyback "as of May 17" in a Q1 release). */
const REPORTED_AFTER_END = 60;

/** "December 31" with no year: the latest such date up to the release's own (its period's end, or the weeks after it). */
export const latestDate = (month: number, day: number, y: string | undefined, current: Period): string | null => {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2001, month, 0)).getUTCDate() + (month === 2 ? 1 : 0)) return null;
  let yy = year(y, current);
  if (month === 2 && day === 29 && new Date(Date.UTC(yy, 2, 0)).getUTCDate() !== 29) return null;
  const end = current.kind === 'duration' ? current.end : current.date;
  if (!y && Date.parse(isoDate(yy, month, day)) - Date.parse(end) > REPORTED_AFTER_END * 864e5) yy -= 1;
  return isoDate(yy, month, day);
};
/** A day named (a year or none): that date as a period, or none where no such day is. */
export const onDay = (month: number, day: number, y: string | undefined, current: Period, text: string): PeriodRef | null => {
  const date = latestDate(month, day, y, current);
  return date ? { kind: 'period', period: { kind: 'instant', date }, text } : null;
};
/** A two-digit year an analyst may mean beside a month ("Dec-23", "Mar 24"): the release's year, the one before or after. After a plain space a number further off is a day ("as of May 17"), never a year long past. */
export const plausibleYear = (yy: string, current: Period): boolean => 2000 + Number(yy) <= year(undefined, current) + 1 && 2000 + Number(yy) >= year(undefined, current) - 1;
export const monthEnd = (month: number, y: number, text: string): PeriodRef => ({ kind: 'period', period: { kind: 'instant', date: isoDate(y, month, lastDay(y, month)) }, text });
/**
 * A month and year a user names ("inventories at Jul-04") as the release dates it: where the release's quarters
 * end on no month's last day (a 52/53-week calendar), its own quarter's end within that month or the week after
 * (Sears's July 3, 2004, never July 31, 2004, which no column is); else the month's last day.
 */
export const ownMonthEnd = (month: number, y: number, c: Period, text: string): PeriodRef => {
  const at = lastQuarter(c);
  const [cy, cm, cd] = periodEnd(at).split('-').map(Number) as [number, number, number];
  if (at.kind !== 'duration' || cd === lastDay(cy, cm)) return monthEnd(month, y, text);
  const [from, to] = [Date.parse(isoDate(y, month, 1)), Date.parse(isoDate(y, month, lastDay(y, month))) + 7 * 864e5];
  for (let k = 0; k < 40; k++) {
    const end = periodEnd(shift(at, 3 * k));
    if (Date.parse(end) >= from && Date.parse(end) <= to) return { kind: 'period', period: { kind: 'instant', date: end }, text };
  }
  return monthEnd(month, y, text);
};
/** A month's end named without its year ("end of June", "vs Dec"): the latest up to the release's period. */
export const latestMonthEnd = (month: number, c: Period, text: string): PeriodRef => {
  const y = year(undefined, c);
  return monthEnd(month, reached(isoDate(y, month, lastDay(y, month)), c) ? y : y - 1, text);
};
export const MONTHS_IN: Record<string, number> = { three: 3, '3': 3, six: 6, '6': 6, nine: 9, '9': 9, twelve: 12, '12': 12 };
export const YEAR = '((?:19|20)\\d{2})';
export const WEEKS: Record<string, number> = { thirteen: 13, fourteen: 14, twentysix: 26, twentyseven: 27, thirtynine: 39, forty: 40, fiftytwo: 52, fiftythree: 53 };

/** The period a split-year name means, in a financial year ending March 31 of `fy` (quarter, half, nine months or year). */
export function splitYear(fy: number, m: RegExpMatchArray, period: Period): Period {
  const n = Number(m[1] ?? m[2] ?? 0);
  // Months into the year (April the first): a quarter 3n, a half 6 or 12, nine months 9, the year 12.
  const k = n ? 3 * n : m[3] ? (/2|second/i.test(m[3]) ? 12 : 6) : m[4] ? 9 : 12;
  const [y, month] = [k <= 9 ? fy - 1 : fy, ((k + 2) % 12) + 1];
  const fiscal = { year: fy, ...(n ? { quarter: n } : {}), split: true as const };
  // A release of a split year of its own ends its years where its quarters say (a year to late February, "the
  // 2025/26 year end" February 28, 2026), never March 31 by assumption: that end is the date a balance is asked at.
  const { current, f } = fiscalAnchor(period);
  const end = f?.split && f.quarter && current.kind === 'duration'
    ? endLike(periodEnd(shift(current, 3 * (f.year * 4 + f.quarter - (fy * 4 + k / 3)))), current)
    : isoDate(y, month, lastDay(y, month));
  return { kind: 'duration', end, months: n ? 3 : m[3] ? 6 : k, fiscal };
}

/** The months from `from` to the end of `to` (across a year end when `to` comes first), ending in the year named or, unnamed, the latest such span up to the release's. */
export const monthRange = (from: number, to: number, y: string | undefined, current: Period, text: string): PeriodRef | null => {
  const months = ((to - from + 12) % 12) + 1;
  if (months < 2) return null;
  let yy = year(y, current);
  if (!y && !reached(isoDate(yy, to, lastDay(yy, to)), current)) yy -= 1;
  return { kind: 'period', period: { kind: 'duration', end: isoDate(yy, to, lastDay(yy, to)), months }, text };
};

// A span ended a month written without its day ("the quarter ended Jan-25") is the span to that month's
// end: one period, never "the quarter" (this quarter) beside a month end, which reads as a comparison.
export const SPAN_ENDED_MONTH: Rule = { name: "span ended a month: the quarter ended Jan-25, three months ended Dec'23, quarter ending January 2025", pattern: new RegExp(`\\b(three|six|nine|twelve|3|6|9|12|quarter)(?:[- ]months?)? (?:ended|ending|to)\\s+${MONTH}\\s*(?:[-'’/]\\s*(\\d{2})|,?\\s*${YEAR})\\b(?![-/.]?\\d)`, 'gi'), produce: (m, c) => {
  const month = monthNumber(m[2]!);
  const y = m[3] ? year(m[3], c) : Number(m[4]);
  return { kind: 'period', period: endedOn(isoDate(y, month, lastDay(y, month)), MONTHS_IN[m[1]!.toLowerCase()] ?? 3), text: m[0], dated: true };
} };

/** A question's period: as resolveRef, a span written by its end date marked so (knowledge keeps periods unmarked). */
export function askedPeriod(ref: PeriodRef, anchor: Period): Period | null {
  const p = resolveRef(ref, anchor);
  return p && ref.kind === 'period' && ref.dated ? dated(p) : p;
}

/** A relative reference made concrete against the period in context. */
export function resolveRef(ref: PeriodRef, anchor: Period): Period | null {
  if (ref.kind === 'period') return ref.period;
  if (ref.kind === 'unsupported') return null;
  switch (ref.shift) {
    case 'current':
    case 'then':
      return anchor;
    case 'year_ago':
      return yearAgo(anchor);
    case 'prior_quarter':
      // (Of a longer span, "nine months to December", the quarter before its last one, an issuer's own fiscal quarter
      // where it has them: never the span moved back.)
      return anchor.kind === 'instant' ? endOf(priorQuarter(quarterOf(anchor))) : priorQuarter(anchor.months === 3 ? anchor : lastOf(anchor));
    case 'period_end':
      return endOf(anchor);
  }
}
