// Periods are a type, not a string: a fiscal quarter (a three-month duration) or a balance-sheet date.
// Everything that shifts or names a period lives here, so "a year ago" means one thing everywhere.
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer. (The Slack and Discord config, loaded only when a platform starts, use v4.)
import { z } from 'zod/v3';

export const PeriodSchema = z.discriminatedUnion('kind', [
  /** A span of `months` months ending on `end` (ISO date), e.g. the three months ended 2024-03-31. */
  z.object({ kind: z.literal('duration'), end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), months: z.number().int().min(1).max(12) }),
  /** A point in time, e.g. a balance sheet as of 2023-12-31. */
  z.object({ kind: z.literal('instant'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
]);
export type Period = z.infer<typeof PeriodSchema>;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Last day of a month (1-based month). */
export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The quarter (three months) ending at the end of `month` of `year`. */
export function quarterEnding(year: number, month: number): Period {
  return { kind: 'duration', end: isoDate(year, month, lastDay(year, month)), months: 3 };
}

/** Calendar quarter n (1-4) of `year`. The release's fiscal year is the calendar year. */
export function quarter(year: number, n: number): Period {
  return quarterEnding(year, n * 3);
}

/** The same kind of period `months` months earlier (month-end aligned). */
export function shift(p: Period, months: number): Period {
  const [y, m] = parts(p.kind === 'duration' ? p.end : p.date);
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const date = isoDate(ny, nm, lastDay(ny, nm));
  return p.kind === 'duration' ? { kind: 'duration', end: date, months: p.months } : { kind: 'instant', date };
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
  const [y, m] = parts(p.end);
  return p.months === 3 && m % 3 === 0 ? `${y}Q${m / 3}` : `${p.months}M-${p.end}`;
}

/** The date a period ends on (a balance-sheet date is its own end), for ordering periods of any kind. */
export function periodEnd(p: Period): string {
  return p.kind === 'duration' ? p.end : p.date;
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
  if (p.months === 3 && m % 3 === 0) return `Q${m / 3} ${y}`;
  if (p.months === 12 && m === 12) return `FY${y}`;
  if (p.months === 1) return `${MONTH_NAMES[m - 1]} ${y}`;
  return `the ${p.months} months ended ${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

/** Parses "March 31, 2024" / "Mar 31 2024" / "31 March 2024" into an ISO date, or null. */
export function parseDate(text: string): string | null {
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
