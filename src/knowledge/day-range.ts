// A span written as two days, the first to the second: a column header "1 April 2026 to 30 September 2026",
// "1 Apr 2025 – 30 Sep 2025", "From January 1 to March 31, 2026", a REIT's "half-year from 1 April 2026 to
// 30 September 2026". One rule of the period grammar (documents and questions read it alike).
import { isoDate, lastDay, monthNumber } from './period.js';
import type { PeriodRef, Rule } from './period-grammar.js';
import { MONTH, WEEKS } from './period-resolvers.js';

/** A month's name, not captured (the rule's groups are its two days). */
const MON = MONTH.replace('(', '(?:');
/** A day as releases print it: "1 April 2026", "April 1, 2026", "1st Apr", "01.04.2026" (day first). */
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MON}(?:,?\\s*(?:19|20)\\d{2})?|${MON}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*(?:19|20)\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2})`;
/** The last day, with its year (a range of days with no year says too little to date). */
const LAST = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MON},?\\s*(?:19|20)\\d{2}|${MON}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:19|20)\\d{2}|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2})`;

/** Year, month and day of a day as printed; the year undefined where it is left out. */
function dayOf(text: string): { y?: number; m: number; d: number } | null {
  const t = text.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1');
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.trim());
  if (dotted) return { y: Number(dotted[3]), m: Number(dotted[2]), d: Number(dotted[1]) };
  const m = monthNumber(/[a-z]+/i.exec(t)?.[0] ?? '');
  const [d, y] = [/\b\d{1,2}\b/.exec(t)?.[0], /\b(?:19|20)\d{2}\b/.exec(t)?.[0]];
  return m && d ? { m, d: Number(d), ...(y ? { y: Number(y) } : {}) } : null;
}

/** Whole months from the first day of a month to the last of another, else weeks a retail calendar counts (13, 26, 39, 52, ...). */
function monthsBetween(from: string, to: string): number | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fd === 1 && td === lastDay(ty, tm)) return ty * 12 + tm - (fy * 12 + fm) + 1;
  const days = (Date.parse(to) - Date.parse(from)) / 864e5 + 1;
  const weeks = days % 7 === 0 ? days / 7 : 0;
  return Object.values(WEEKS).includes(weeks) ? Math.round(weeks / 13) * 3 : null;
}

function produce(m: RegExpExecArray): PeriodRef | null {
  // ("and" joins two dates unless "between" opens the span: "as at 1 January and 31 March 2026" are two balance dates.)
  if (/^and$/i.test(m[3]!) && !/^between$/i.test(m[1] ?? '')) return null;
  const [a, b] = [dayOf(m[2]!), dayOf(m[4]!)];
  if (!a?.m || !b?.y || a.m > 12 || b.m > 12 || a.d > lastDay(2000, a.m) || b.d > lastDay(b.y, b.m)) return null;
  const endYear = b.y;
  // The first day's year left out ("January 1 to March 31, 2026") is the last one's, or the year before where its month is later.
  const startYear = a.y ?? (a.m * 100 + a.d <= b.m * 100 + b.d ? endYear : endYear - 1);
  const [from, to] = [isoDate(startYear, a.m, a.d), isoDate(endYear, b.m, b.d)];
  // Two balance dates ("from 31 March 2026 to 30 September 2026", "30 Sep 2026 - 31 Mar 2026") are two dates, read as such.
  if (from >= to || (a.d === lastDay(startYear, a.m) && a.d !== 1)) return null;
  const months = monthsBetween(from, to);
  if (months === null || months > 12) return { kind: 'unsupported', reason: `the release reports no figures for the span from ${from} to ${to} (not whole months or quarters of a year)`, text: m[0] };
  return { kind: 'period', period: { kind: 'duration', end: to, months }, text: m[0], dated: true };
}

export const DAY_RANGE: Rule = {
  name: 'day range: 1 April 2026 to 30 September 2026, 1 Apr 2025 – 30 Sep 2025, from January 1 to March 31, 2026, the period from 1 July 2025 to 31 December 2025, between 1 Jan 2026 and 31 Mar 2026 (the days from the first to the second)',
  pattern: new RegExp(`\\b(?:(?:for\\s+)?the\\s+period\\s+(?:from\\s+)?|(?:period\\s+)?(from|between)\\s+)?(${DAY})\\s*(to|through|thru|until|till|and|[-–—])\\s*(${LAST})(?![\\d.])`, 'gi'),
  produce,
};
