// The issuer's fiscal calendar, from the document's own words and period ends: "fiscal 2024 first
// quarter ended December 30, 2023" makes that quarter fiscal Q1 2024, and every other column is named
// by how many quarters (or years) it ends before it. A release whose quarters end on calendar quarter
// ends and that names no fiscal year keeps calendar periods, as before.
import { MONTHS, monthCount, nearSpan, parseDate, periodEnd, periodKey, type Period } from './period.js';
import { DATE, DEFINED_YEAR, quarterEndByYearEnd } from './stated-year-end.js';

export { quarterEndByYearEnd };

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_DAYS = 365.25 / 4;
const DAY = 864e5;

/** The quarter and fiscal year a release says it reports ("third quarter of fiscal 2024", "fiscal 2022 Q4", "Q1 FY24"). */
const STATED: { re: RegExp; n: number; y: number }[] = [
  // "Financial year" is how Australian and British releases say fiscal year ("the first quarter of the 2027 financial year").
  { re: /\b(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
  { re: /\b(first|second|third|fourth)[- ]quarter\s+of\s+(?:the\s+)?((?:19|20)\d{2})\s+(?:fiscal|financial)\s+year\b/i, n: 1, y: 2 },
  { re: /\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\s+(first|second|third|fourth)[- ]quarter\b/i, n: 2, y: 1 },
  { re: /\bfiscal\s+(?:year\s+)?((?:19|20)\d{2})\s+Q([1-4])\b/i, n: 2, y: 1 },
  { re: /\bQ([1-4])\s+(?:of\s+)?fiscal\s+(?:year\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
  // A year over two ("Q1 FY2025/26") is named by the year it ends in, as "Q1 FY26" names it.
  // Written as one word too ("Q2FY27", as Indian releases write it), or with "F" for "FY" ("Q2 F2027").
  { re: /\bQ([1-4])\s*FY\s*((?:19|20)\d{2}[/-]\d{2})\b/i, n: 1, y: 2 },
  { re: /\bQ([1-4])\s*F(?:Y\s*)?'?(\d{2}|(?:19|20)\d{2})\b(?![/-]\d)/i, n: 1, y: 2 },
  // The number first, as Japanese and Australian releases head their columns ("1Q FY27").
  { re: /\b([1-4])Q\s*FY\s*'?(\d{2}|(?:19|20)\d{2})\b(?![/-]\d)/i, n: 1, y: 2 },
  { re: /\bfiscal\s+(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?((?:19|20)\d{2})\b/i, n: 1, y: 2 },
];

const COMPARATIVE = /\b(?:comparatives?|compared|prior[- ]year|previous year|last year|year ago)\b/i;

/** A year as named: "2026", "26", or one over two, "2025/26", by the year it ends in. */
function endingYear(text: string): number {
  const [first, second] = text.split(/[/-]/).map(Number) as [number, number | undefined];
  if (second === undefined) return first;
  const end = Math.floor(first / 100) * 100 + second;
  return end < first ? end + 100 : end;
}

export function statedFiscalQuarter(text: string): { quarter: number; year: number } | null {
  let best: { at: number; quarter: number; year: number } | null = null;
  for (const s of STATED) {
    // A name the comparatives go by ("Comparatives are for the 13 weeks to 24 August 2024 (\"Q2 FY2025\")") is not the release's.
    const m = [...text.matchAll(new RegExp(s.re.source, 'gi'))].find((x) => !COMPARATIVE.test(text.slice(Math.max(0, x.index - 120), x.index).split(/[.\n]\s/).at(-1)!));
    if (!m || (best && best.at < m.index)) continue;
    const y = endingYear(m[s.y]!);
    best = { at: m.index, quarter: ORD[m[s.n]!.toLowerCase()]!, year: y < 100 ? 2000 + y : y };
  }
  return best && { quarter: best.quarter, year: best.year };
}

/**
 * The quarter the release dates ("the three months ended December 31, 2026") with the fiscal name its prose gives it ("the
 * third quarter of fiscal 2027"): its tables' fiscal names are read by that calendar, so "YTD FY27" is the nine months to
 * that date and "YTD FY26" the same months a year before, never a calendar year nor the fiscal year whole.
 */
export function fiscallyNamed(dated: Period | null, whole: string): Period | null {
  const named = statedFiscalQuarter(whole);
  if (dated?.kind !== 'duration' || dated.months !== 3 || dated.fiscal || !named) return dated;
  return { ...dated, fiscal: named };
}

/** A quarter named by the end of its fiscal year: "Second Quarter of the Fiscal Year Ending March 31, 2027". */
const OF_YEAR_ENDING = new RegExp(String.raw`\b(first|second|third|fourth)[- ]quarter\s+of\s+(?:the\s+)?fiscal\s+year\s+end(?:ing|ed)\s+${DATE}`, 'i');

/**
 * The quarter a release names by its fiscal year's end or days, as it names that year: a year it defines
 * ("FY2026: April 1, 2026 to March 31, 2027") keeps its own name, a year only said to end in 2027 is fiscal 2027;
 * a defined year alone places the release's quarter by the months from its start.
 */
export function yearEndingQuarter(text: string, own: Period): { quarter: number; year: number } | null {
  if (own.kind !== 'duration') return null;
  const d = DEFINED_YEAR.exec(text);
  const defined = d && { year: Number(d[1]), start: parseDate(d[2]!), end: parseDate(d[3]!) };
  const m = OF_YEAR_ENDING.exec(text);
  const yearEnd = m && parseDate(m[2]!);
  if (m && yearEnd) {
    const named = defined?.end && monthCount(defined.end) === monthCount(yearEnd) ? defined.year : Number(yearEnd.slice(0, 4));
    return { quarter: ORD[m[1]!.toLowerCase()]!, year: named };
  }
  if (!defined?.start || !defined.end || own.end < defined.start || own.end > defined.end) return null;
  const months = monthCount(own.end) - monthCount(defined.start) + 1;
  return months % 3 === 0 ? { quarter: months / 3, year: defined.year } : null;
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

// (A second half is no span to date: a year's fiscal names have no key for it apart from its first.)
const SPAN_PART: Record<string, number> = { 'first half': 2, 'first nine months': 3, 'nine months': 3 };
/** A span of a fiscal year the release names by that year: "the first half of fiscal 2026, ended December 31, 2025". */
const STATED_SPAN = new RegExp(String.raw`\b(first half|(?:first )?nine months)\s+of\s+fiscal\s+(?:year\s+)?((?:19|20)\d{2})\b(?:,?\s+(?:ended|ending)\s+${DATE})?`, 'gi');

/**
 * The fiscal quarter a release of a half or nine months ends with, where it names its span by its fiscal year: the
 * first half of fiscal 2026 ends with fiscal Q2 2026. Only a name whose date (if printed) is the span's own end, and
 * whose fiscal year then ends in the year it names, so a span named after another ("compared with the first half of
 * fiscal 2025") is no anchor.
 */
function statedFiscalSpan(text: string, own: Period & { kind: 'duration' }): { quarter: number; year: number } | null {
  for (const m of text.matchAll(STATED_SPAN)) {
    const quarter = SPAN_PART[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
    const year = Number(m[2]);
    const date = m[3] ? parseDate(m[3]) : null;
    const yearEnd = monthCount(own.end) + 3 * (4 - quarter);
    if (quarter * 3 === own.months && (!m[3] || date === own.end) && Math.floor(yearEnd / 12) === year) return { quarter, year };
  }
  return null;
}

/** The fiscal quarter a span closes where the text defines the year it ends by its days, and the span ends with its quarter: a year's last, a half's second. */
function closedYear(text: string, own: Period & { kind: 'duration' }): { quarter: number; year: number } | null {
  const q = yearEndingQuarter(text, own);
  return q && q.quarter * 3 === own.months ? q : null;
}

/**
 * How the release names its periods, given its own quarter (with its exact end date) and its text; null
 * when its periods are calendar periods. `nominal`: its quarter columns are headed only by name ("Q4 2026"), so a
 * fiscal year the text says ends in another month ("Fiscal 2026 ended October 31, 2026") makes that name fiscal.
 */
export function fiscalCalendar(text: string, own: Period, nominal = false): Labeller | null {
  if (own.kind !== 'duration') return null;
  // A release of a half, nine months or a year has a fiscal calendar only where it names its span by its fiscal year,
  // or defines the year its span closes by its days ("FY2025 (April 1, 2025 - March 31, 2026)").
  if (own.months !== 3) return own.months % 3 ? null : labeller(own, statedFiscalSpan(text, own) ?? closedYear(text, own));
  // A column that names its quarter and dates it by its months ("2Q FY2025 (Jul-Sep 2025)") states it too.
  const byName = nominal && own.kind === 'duration' && quarterEndByYearEnd(text, own) ? { quarter: Number(own.end.slice(5, 7)) / 3, year: Number(own.end.slice(0, 4)) } : null;
  // (A quarter the text names before the one its latest column names, "1Q FY2025" heading a comparative, is no name of the release's own.)
  const said = statedFiscalQuarter(text);
  const comparative = said && byName && said.year * 4 + said.quarter < byName.year * 4 + byName.quarter;
  const stated = (comparative ? byName : said) ?? yearEndingQuarter(text, own) ?? (own.fiscal?.quarter ? { quarter: own.fiscal.quarter, year: own.fiscal.year } : null) ?? byName;
  const near = nearestQuarterEnd(own.end);
  // Quarters on calendar quarter ends and no fiscal year named: calendar periods, as they were.
  if (!stated && near.off === 0) return null;
  // 52/53-week quarters near calendar quarter ends, no fiscal year named: the calendar quarter's name.
  if (!stated && near.off > 7) return null;
  return labeller(own, stated ?? { quarter: near.quarter, year: near.year }, !stated);
}

/** Names each period by how many quarters it ends before the release's own, whose fiscal quarter is `anchor`. */
function labeller(own: Period & { kind: 'duration' }, anchor: { quarter: number; year: number } | null, calendar = false): Labeller | null {
  if (!anchor) return null;
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
export function nominal(p: Period, calendar: { fiscal: boolean; calendarNames: boolean; spans?: boolean }): Period {
  if (!calendar.fiscal || p.kind !== 'duration' || p.fiscal) return p;
  const [y, m] = periodEnd(p).split('-').map(Number) as [number, number];
  const tag = calendar.calendarNames ? { calendar: true } : {};
  if (p.months === 3 && m % 3 === 0) return { ...p, fiscal: { year: y, quarter: m / 3, ...tag } };
  // A column headed "H1 FY27", "9M FY27" (read as the months from January) is the fiscal year's first half,
  // first nine months (`spans`: prose names a span with its own words, read apart).
  if ((p.months === 12 && m === 12) || (calendar.spans && p.months === m && m % 3 === 0)) return { ...p, fiscal: { year: y, ...tag } };
  return p;
}

/** How many quarters into its fiscal history a fiscal period ends (a year-to-date span ends with its last quarter). */
const quarterIndex = (p: Period) => (p.kind === 'duration' && p.fiscal ? p.fiscal.year * 4 + (p.fiscal.quarter ?? p.months / 3) - 1 : null);

/**
 * Periods named only by their fiscal names ("Q2 FY27", "H1 FY27") end where the release dates its own
 * quarter ("the quarter ended 30 September 2026"), and each other named period that many quarters before:
 * read from the months of a calendar year, they would end in June 2027. Unchanged where the release dates
 * no quarter, or where the date does not fit the fiscal year named (its year ends in that year or the next).
 */
export function datedByRelease(p: Period, own: Period, ownEnd: string | null): Period {
  const [k, at] = [quarterIndex(own), quarterIndex(p)];
  if (!ownEnd || k === null || at === null || p.kind !== 'duration' || own.kind !== 'duration' || !own.fiscal) return p;
  // (A release of a year or half closes the quarter its span ends with: a year its fourth.)
  const quarter = own.fiscal.quarter ?? own.months / 3;
  const month = (date: string, back: number) => {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const total = y * 12 + m - 1 - back;
    const [yy, mm] = [Math.floor(total / 12), (total % 12) + 1];
    return `${yy}-${String(mm).padStart(2, '0')}-${String(new Date(Date.UTC(yy, mm, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  // A 52/53-week quarter ending in a month's first week ("the thirteen weeks ended November 1, 2026") is the month before's:
  // its year ends with January, not February.
  const anchor = Number(ownEnd.slice(8, 10)) <= 7 ? month(ownEnd, 1) : ownEnd;
  const yearEnd = Number(month(anchor, -3 * (4 - quarter)).slice(0, 4));
  if (yearEnd !== own.fiscal.year && yearEnd !== own.fiscal.year + 1) return p;
  return { ...p, end: k === at ? ownEnd : month(anchor, 3 * (k - at)) };
}

/** A period read by its fiscal name ("Q2 FY27", "H1 FY27" read from a calendar year's months), dated as the release dates its own quarter. */
export function datedName(p: Period, own: Period, ownEnd: string | null, calendarNames: boolean): Period {
  return datedByRelease(nominal(p, { fiscal: true, calendarNames, spans: true }), own, ownEnd);
}

/** The release's dated columns, indexed once for `proseName` (it is asked for every figure of the prose). */
export interface DatedColumns {
  /** The first dated column of each period. */
  byKey: Map<string, Period>;
  /** The spans, each with its end in milliseconds. */
  spans: { p: Period & { kind: 'duration' }; end: number }[];
}

export function datedColumns(all: Period[]): DatedColumns {
  const byKey = new Map<string, Period>();
  for (const d of all) if (!byKey.has(periodKey(d))) byKey.set(periodKey(d), d);
  return { byKey, spans: all.flatMap((p) => (p.kind === 'duration' ? [{ p, end: Date.parse(p.end) }] : [])) };
}

/**
 * A period the prose names, as the release names it: the dated column it ends within a month of (prose
 * dates are read to the month: "the quarter ended November 2, 2024"), else the fiscal period of the
 * words' name ("the fourth quarter of 2003", "fiscal 2024 first quarter"), dated by `date` where no column has that name.
 */
export function proseName(p: Period, dated: DatedColumns, calendarNames: boolean, date: (p: Period) => Period = (x) => x, byMonths?: Labeller): Period {
  // The end of a quarter named by its fiscal name ("ending the quarter with 412 stores", "at the end of the second
  // quarter of fiscal 2025") is dated by its name's calendar quarter: it is the end of the dated column of that name.
  if (p.kind !== 'duration') {
    const [y, m] = p.date.split('-').map(Number) as [number, number];
    const quarterEnd = /-(?:03-31|06-30|09-30|12-31)$/.test(p.date) && !dated.spans.some((d) => d.p.end === p.date);
    const named = quarterEnd ? dated.spans.find(({ p: d }) => d.months === 3 && d.fiscal?.year === y && d.fiscal.quarter === m / 3) : undefined;
    return named ? { kind: 'instant', date: named.p.end } : p;
  }
  // Named by its fiscal name ("the third quarter of fiscal 2024"): the dated column of that name.
  if (p.fiscal) return dated.byKey.get(periodKey(p)) ?? p;
  const end = Date.parse(p.end);
  const near = dated.spans.find((d) => d.p.months === p.months && Math.abs(d.end - end) <= 35 * 864e5);
  if (near) return near.p;
  // (Written by its months, "January-March 2026", it is those months, named by the fiscal calendar: never read as a fiscal name.)
  if (byMonths) return byMonths(p);
  // ("fiscal 2026" read from a calendar year's months: the dated column of that fiscal name, where there is one; else
  // dated as the release dates its own quarter, not January to December: an earlier year so dated ended after the release.)
  const named = nominal(p, { fiscal: true, calendarNames });
  return dated.byKey.get(periodKey(named)) ?? (named === p ? p : date(named));
}

/** Whether a sentence prints a date itself ("1 January 2026", "Jan. 1, 2026"), not by words ("year end"). */
function printsDate(sentence: string, date: string): boolean {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = `${MONTHS[m - 1]!.slice(0, 3)}[a-z]*\\.?`;
  return new RegExp(`\\b${d}(?:st|nd|rd|th)?\\s+${month}|\\b${month}\\s+${d}\\b|${date}`, 'i').test(sentence);
}

/**
 * A period the prose names by words ("the prior year quarter end", "year end", "H1 2025"), as the release dates its own: the one
 * column of its kind and length it ends within a week of (a 52/53-week year's end is "June 28, 2003", never the calendar's
 * July 3; its half "H1 2025" is the 26 weeks its column dates to June 29, 2025). A date the sentence prints, a fiscal
 * period, or one no column is near, stays as read.
 */
export function columnPeriod(p: Period, columns: Period[], sentence: string): Period {
  if ((p.kind === 'duration' && p.fiscal) || columns.some((c) => periodKey(c) === periodKey(p)) || printsDate(sentence, periodEnd(p))) return p;
  const near = columns.filter((c) => nearSpan(c, p));
  return new Set(near.map(periodKey)).size === 1 ? near[0]! : p;
}
