// Periods are a type, not a string: a fiscal quarter (a three-month duration) or a balance-sheet date.
// Everything that shifts or names a period lives here, so "a year ago" means one thing everywhere.
// Its schema is in schemas.ts.
import type { Period } from './schemas.js';

export type { Period } from './schemas.js';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Last day of a month (1-based month). */
export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month and day of a YYYY-MM-DD date (the schema's form), by position: it runs for every period key at load. */
function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The quarter (three months) ending at the end of `month` of `year`. */
export function quarterEnding(year: number, month: number): Period {
  return { kind: 'duration', end: isoDate(year, month, lastDay(year, month)), months: 3 };
}

/** Calendar quarter n (1-4) of `year`. The release's fiscal year is the calendar year. */
export function quarter(year: number, n: number): Period {
  return quarterEnding(year, n * 3);
}

/** The same kind of period `months` months earlier (month-end aligned; a fiscal period keeps its day and names its quarter). */
export function shift(p: Period, months: number): Period {
  const [y, m, d] = parts(p.kind === 'duration' ? p.end : p.date);
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  if (p.kind === 'duration' && p.fiscal) {
    const date = isoDate(ny, nm, Math.min(d, lastDay(ny, nm)));
    const f = p.fiscal;
    if (f.quarter && months % 3 === 0) {
      const n = f.year * 4 + (f.quarter - 1) - months / 3;
      return { kind: 'duration', end: date, months: p.months, fiscal: { ...f, year: Math.floor(n / 4), quarter: (n % 4) + 1 } };
    }
    if (months % 12 === 0) return { kind: 'duration', end: date, months: p.months, fiscal: { ...f, year: f.year - months / 12 } };
  }
  // A balance date a year back keeps its day (November 2, 2024 → November 2, 2023: a 52/53-week calendar's
  // prior year-end is near it, not at the month's end), and so does a span ending mid-month ("the 13 weeks
  // ended July 3, 2004" a year or a quarter back); a month's end, and other shifts, land on month ends.
  const day = d < lastDay(y, m) && (p.kind === 'duration' || months % 12 === 0) ? Math.min(d, lastDay(ny, nm)) : lastDay(ny, nm);
  const date = isoDate(ny, nm, day);
  // A fiscal half or nine months moved off its year (a quarter back) is asked by its end date: read as a name, it would be the span itself.
  return p.kind === 'duration' ? { kind: 'duration', end: date, months: p.months, ...((p.dated || (p.fiscal && !p.fiscal.quarter)) && { dated: true as const }) } : { kind: 'instant', date };
}

/** The span as asked by its end date (see PeriodSchema's `dated`). */
export function dated(p: Period): Period {
  return p.kind === 'duration' && !p.fiscal ? { ...p, dated: true } : p;
}

export const yearAgo = (p: Period) => shift(p, 12);
export const priorQuarter = (p: Period) => shift(p, 3);

/** The balance-sheet date at the end of a duration (as of March 31 for Q1). */
export function endOf(p: Period): Period {
  return p.kind === 'instant' ? p : { kind: 'instant', date: p.end };
}

/** The quarter ending on an instant's date (Q1 2024 for March 31, 2024), when it is a quarter end. */
export function quarterOf(p: Period): Period {
  if (p.kind === 'duration') return p;
  const [y, m] = parts(p.date);
  return quarterEnding(y, m);
}

export function periodKey(p: Period): string {
  if (p.kind === 'instant') return p.date;
  if (p.fiscal) return fiscalKey(p.fiscal.year, p.fiscal.quarter, p.months);
  const [y, m] = parts(p.end);
  return p.months === 3 && m % 3 === 0 ? `${y}Q${m / 3}` : `${p.months}M-${p.end}`;
}

/** The date a period ends on (a balance-sheet date is its own end), for ordering periods of any kind. */
export function periodEnd(p: Period): string {
  return p.kind === 'duration' ? p.end : p.date;
}

/** The months a period spans (none for an instant). */
export const monthsOf = (p: Period): number => (p.kind === 'duration' ? p.months : 0);

/** One span named two ways: the same kind and length, ending within a week (a 52/53-week calendar's end beside the month's). */
export const nearSpan = (a: Period, b: Period): boolean => a.kind === b.kind && monthsOf(a) === monthsOf(b) && Math.abs(Date.parse(periodEnd(a)) - Date.parse(periodEnd(b))) <= 7 * 864e5;

/** Months from the year 0 to an ISO date's month, to compare and subtract months across years. */
export const monthCount = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));

/** Months from the year 0 to a period's last month (a fiscal year may end on the 30th or the 31st). */
export const endMonth = (p: Period) => monthCount(periodEnd(p));

function fiscalKey(year: number, quarter: number | undefined, months: number): string {
  return months === 3 && quarter ? `FY${year}Q${quarter}` : months === 12 ? `FY${year}` : `FY${year}-${months}M`;
}

/**
 * A calendar period read as the issuer's own name for it ("Q1 2024" of a fiscal-year issuer is its
 * fiscal Q1 2024): the key it has in a release whose periods are fiscal. Null where it names none.
 */
export function nominalKey(p: Period): string | null {
  if (p.kind === 'instant' || p.fiscal || p.dated) return null;
  const [y, m] = parts(p.end);
  if (p.months === 3 && m % 3 === 0) return fiscalKey(y, m / 3, 3);
  if (p.months === m) return fiscalKey(y, undefined, p.months);
  return null;
}

/** The same months to the same day, whatever each is named ("fiscal 2027" of a June year and "the year ending 30 June 2027"). */
export function sameSpan(a: Period, b: Period): boolean {
  return a.kind === 'duration' && b.kind === 'duration' && a.months === b.months && a.end === b.end;
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}

/** "Q1 2024", "March 31, 2024", "the six months ended June 30, 2024". */
export function periodLabel(p: Period): string {
  if (p.kind === 'instant') {
    const [y, m, d] = parts(p.date);
    return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
  }
  const [y, m, d] = parts(p.end);
  const f = p.fiscal;
  if (f) {
    const fy = f.split ? `${f.year - 1}/${String(f.year % 100).padStart(2, '0')}` : f.calendar ? `${f.year}` : `fiscal ${f.year}`;
    if (f.split) return p.months === 3 && f.quarter ? `Q${f.quarter} ${fy}` : p.months === 12 ? `FY ${fy}` : p.months === 6 && m % 3 === 0 ? `${m === 3 ? 'H2' : 'H1'} ${fy}` : `${p.months}M ${fy}`;
    if (p.months === 3 && f.quarter) return f.calendar ? `Q${f.quarter} ${f.year}` : `fiscal Q${f.quarter} ${f.year}`;
    if (p.months === 12) return f.calendar ? `FY${f.year}` : fy;
    return `the ${p.months} months ended ${MONTH_NAMES[m - 1]} ${d}, ${y} (${fy})`;
  }
  // Asked by its end date: said so, as a fiscal issuer's quarter of a like name ("fiscal Q4 2024") is another span.
  if (p.dated) return `${p.months === 3 ? 'the quarter' : `the ${p.months} months`} ended ${MONTH_NAMES[m - 1]} ${d}, ${y}`;
  if (p.months === 3 && m % 3 === 0) return `Q${m / 3} ${y}`;
  if (p.months === 12 && m === 12) return `FY${y}`;
  if (p.months === 1) return `${MONTH_NAMES[m - 1]} ${y}`;
  return `the ${p.months} months ended ${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

/** Parses "March 31, 2024" / "Mar 31 2024" / "31 March 2024" into an ISO date, or null. */
export function parseDate(text: string): string | null {
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) {
    const [d, mo, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? isoDate(y, mo, d) : null;
  }
  const t = text.toLowerCase().replace(/\./g, '');
  let m = /\b([a-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  let month: number, day: number, year: number;
  if (m) {
    month = monthNumber(m[1]!);
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = /\b(\d{1,2})\s+([a-z]{3,9}),?\s+(\d{4})\b/.exec(t);
    if (!m) return null;
    month = monthNumber(m[2]!);
    day = Number(m[1]);
    year = Number(m[3]);
  }
  if (!month || day < 1 || day > lastDay(year, month)) return null;
  return isoDate(year, month, day);
}

/** 1-12 for a month name or its three-letter abbreviation, 0 otherwise. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)) && (w.length === 3 || m.startsWith(w) || (w === 'sept')));
  return i + 1;
}
