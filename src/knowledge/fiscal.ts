// The issuer's fiscal calendar, from the document's own words and period ends: "fiscal 2024 first
// quarter ended December 30, 2023" makes that quarter fiscal Q1 2024, and every other column is named
// by how many quarters (or years) it ends before it. A release whose quarters end on calendar quarter
// ends and that names no fiscal year keeps calendar periods, as before.
import { periodEnd, type Period } from './period.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_DAYS = 365.25 / 4;
const DAY = 864e5;

/** The quarter and fiscal year a release says it reports ("third quarter of fiscal 2024", "fiscal 2022 Q4", "Q1 FY24"). */
const STATED: { re: RegExp; n: number; y: number }[] = [
  { re: /\b(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?fiscal\s+(?:year\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
  { re: /\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\s+(first|second|third|fourth)[- ]quarter\b/i, n: 2, y: 1 },
  { re: /\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\s+Q([1-4])\b/i, n: 2, y: 1 },
  { re: /\bQ([1-4])\s+(?:of\s+)?fiscal\s+(?:year\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
  { re: /\bQ([1-4])\s+FY\s*'?(\d{2}|(?:19|20)\d{2})\b/i, n: 1, y: 2 },
  { re: /\bfiscal\s+(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
];

export function statedFiscalQuarter(text: string): { quarter: number; year: number } | null {
  let best: { at: number; quarter: number; year: number } | null = null;
  for (const s of STATED) {
    const m = s.re.exec(text);
    if (!m || (best && best.at < m.index)) continue;
    const y = Number(m[s.y]);
    best = { at: m.index, quarter: ORD[m[s.n]!.toLowerCase()]!, year: y < 100 ? 2000 + y : y };
  }
  return best && { quarter: best.quarter, year: best.year };
}

const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / DAY;

/** The calendar quarter end nearest a date, and how far it is, in days. */
function nearestQuarterEnd(date: string): { year: number; quarter: number; off: number } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const candidates = [-1, 0, 1].map((k) => {
    const total = y * 12 + m - 1 + k;
    const yy = Math.floor(total / 12);
    const mm = (total % 12) + 1;
    const q = Math.ceil(mm / 3);
    const end = new Date(Date.UTC(yy, q * 3, 0)).toISOString().slice(0, 10);
    return { year: yy, quarter: q, off: Math.abs(days(date, end)) };
  });
  return candidates.sort((a, b) => a.off - b.off)[0]!;
}

export type Labeller = (p: Period) => Period;

/**
 * How the release names its periods, given its own quarter (with its exact end date) and its text; null
 * when its periods are calendar periods.
 */
export function fiscalCalendar(text: string, own: Period): Labeller | null {
  if (own.kind !== 'duration' || own.months !== 3) return null;
  const stated = statedFiscalQuarter(text);
  const near = nearestQuarterEnd(own.end);
  // Quarters on calendar quarter ends and no fiscal year named: calendar periods, as they were.
  if (!stated && near.off === 0) return null;
  // 52/53-week quarters near calendar quarter ends, no fiscal year named: the calendar quarter's name.
  if (!stated && near.off > 7) return null;
  const anchor = stated ?? { quarter: near.quarter, year: near.year };
  const calendar = !stated;
  const base = anchor.year * 4 + anchor.quarter - 1;
  return (p) => {
    if (p.kind !== 'duration' || p.fiscal) return p;
    const back = days(own.end, p.end) / QUARTER_DAYS;
    const k = Math.round(back);
    if (Math.abs(back - k) * QUARTER_DAYS > 10) return p;
    const n = base - k;
    const year = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    if (p.months === 3) return { ...p, fiscal: { year, quarter, ...(calendar ? { calendar } : {}) } };
    // A year-to-date or full-year span ends with a quarter of its fiscal year.
    if (p.months === quarter * 3) return { ...p, fiscal: { year, ...(calendar ? { calendar } : {}) } };
    return p;
  };
}

/**
 * A period the prose names in calendar words ("the fourth quarter of 2003", "fiscal 2022") read in a
 * fiscal release as the issuer names it: the quarter n of year Y is its fiscal quarter n of Y.
 */
export function nominal(p: Period, calendar: { fiscal: boolean; calendarNames: boolean }): Period {
  if (!calendar.fiscal || p.kind !== 'duration' || p.fiscal) return p;
  const [y, m] = periodEnd(p).split('-').map(Number) as [number, number];
  const tag = calendar.calendarNames ? { calendar: true } : {};
  if (p.months === 3 && m % 3 === 0) return { ...p, fiscal: { year: y, quarter: m / 3, ...tag } };
  if (p.months === 12 && m === 12) return { ...p, fiscal: { year: y, ...tag } };
  return p;
}
