// The period grammar: rules as data (a name, a pattern, a production), resolved against the release's
// own quarter, in the manner of Duckling. A production returns the period meant, or a reason the
// release cannot answer for it (a full year, a future quarter).
import { memo, type Memo } from './memo.js';
import { endOf, isoDate, lastDay, monthNumber, periodEnd, priorQuarter, quarterOf, shift, yearAgo, type Period } from './period.js';
import { scanner } from './period-mentions.js';
import { DAY_RANGE } from './day-range.js';
import { FISCAL_YEAR_ENDED } from './fiscal-year-end.js';
import { yearEnd } from './year-end.js';
import { QUARTER_TO_DATE, YEAR_TO_DATE } from './year-to-date.js';
import { OPENING } from './period-opening.js';
import { YEAR_BEFORE_SPAN } from './year-before.js';
import { HALF_END, SPAN_OF_YEAR, THE_THREE_MONTHS } from './span-lengths.js';
import { DATE_OF_YEAR_NAMED } from './date-of-year.js';
import { endedOn, endingIn, SPAN_ENDED_MONTH, endsInMonth, fiscalTo, lastQuarter, latest, latestDate, latestMonthEnd, monthEnd, ownMonthEnd, onDay, monthRange, MONTH, MONTHS_IN, quarterOfYear, notAmount, namedQuarter, ORD, plausibleYear, q, fiscalQuarter, span, splitYear, toDate, WEEKS, YEAR, year } from './period-resolvers.js';

export type PeriodRef =
  /** `dated`: written as the span ended a date, which a fiscal issuer's quarter of a like name is not. */
  | { kind: 'period'; period: Period; text: string; dated?: true }
  /** Relative to whatever period the conversation is about (the release's quarter by default). */
  /** ('then': the period the conversation spoke of last, which a question alone does not have.) */
  | { kind: 'relative'; shift: 'year_ago' | 'prior_quarter' | 'current' | 'period_end' | 'then'; text: string }
  /** A period the release cannot speak for, with why. */
  | { kind: 'unsupported'; reason: string; text: string };

export interface Rule {
  name: string;
  pattern: RegExp;
  produce(m: RegExpExecArray, current: Period): PeriodRef | null;
}

/** The word before a year to date's date; looked for before the costly lookbehind for "YTD" ahead of it. */
const THROUGH = '(?:through|thru|up to|until)';

/** The months from m[1] to m[2] (of the year m[3]): dated by them, never a fiscal name of those months. */
function datedMonths(m: RegExpExecArray, c: Period): PeriodRef | null {
  const r = monthRange(monthNumber(m[1]!), monthNumber(m[2]!), m[3], c, m[0]);
  return r?.kind === 'period' ? { ...r, dated: true } : r;
}
/** A two-digit year after "fiscal" or "fiscal year" ("fiscal 26"), never a count of weeks or months or a figure ("fiscal 26 weeks"). */
const SHORT_YEAR = String.raw`\d{2}(?![\d.,]|\s*(?:weeks?|wks?|months?|mos?|days?|%))`;

// Ordered: where two rules match overlapping text, the earlier rule's reading is kept, so spans and
// dates come before the quarters and years inside them.
export const PERIOD_RULES: Rule[] = [
  DAY_RANGE, // before the dates it is written with are read one by one
  FISCAL_YEAR_ENDED, // before "3/27" in "FY3/27" is read as a date
  OPENING, // before the half's and the year's rules read its span as the period asked, not its opening
  DATE_OF_YEAR_NAMED, // before "end of Q1", "end of March", "March 31" are read alone and their "last year" as a year beside them
  QUARTER_TO_DATE, // before "3Q26" in "3Q26 YTD" is read as the quarter
  // A fiscal issuer's "December quarter" is its quarter that ends at December's end (Apple's fiscal Q1,
  // ended December 30), not its fiscal Q4.
  { name: 'calendar-month quarter: the December quarter, the dec quarter, dec q, the March quarter of 2024, Dec 2025 Qtr, dec-24 quarter (before the month-year rules read "Dec 2025" as a month; "June 30" is no year)', pattern: new RegExp(`\\b(?:the\\s+)?(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\.?(?:(?:\\s*[-'’]\\s*|\\s+(?=(?:19|20)\\d{2}))((?:19|20)\\d{2}|\\d{2}))?\\s+(?:quarter|qtr|q)\\b(?:\\s+(?:of\\s+)?${YEAR})?`, 'gi'), produce: (m, own) => {
    const c = lastQuarter(own);
    const month = monthNumber(m[1]!);
    if (c.kind === 'duration' && c.fiscal?.quarter) {
      const named = m[2] ?? m[3] ? year(m[2] ?? m[3], c) : null;
      const ends = Array.from({ length: 40 }, (_, k) => shift(c, 3 * k)).filter((p) => {
        const y = endsInMonth(periodEnd(p), month);
        return y !== null && (named === null || y === named);
      });
      // (With its year, "Sep-26 qtr" names the month it ends: dated, never re-dated as a fiscal issuer's "Q3 26".)
      return ends[0] ? { kind: 'period', period: ends[0], text: m[0], ...(named === null ? {} : { dated: true as const }) } : null;
    }
    return m[2] ?? m[3] ? { ...q(month / 3, year(m[2] ?? m[3], c), m[0]), dated: true } : latest(month / 3, c, m[0]);
  } },
  // Analysts' shorthand, before the rules that would read its parts as something else ("Dec 23" as a day).
  { name: 'month-end: March-end 2024, Dec-end 23, end-March, march end (the month\'s last day; unnamed, the latest)', pattern: new RegExp(`\\b(?:${MONTH}[-\\s]end|end[-\\s]${MONTH})(?:[\\s,'’-]+((?:19|20)\\d{2}|\\d{2})\\b)?(?!\\s+of\\b)`, 'gi'), produce: (m, c) => {
    const month = monthNumber((m[1] ?? m[2])!);
    return m[3] ? monthEnd(month, year(m[3], c), m[0]) : latestMonthEnd(month, c, m[0]);
  } },
  { name: "year-end shorthand: YE23, YE 2023, FYE'23 (December 31 of the year; FYE of an issuer with its own fiscal year, that year's end)", pattern: /\b(?:fy|f)?ye\s*['’]?((?:19|20)\d{2}|\d{2})\b/gi, produce: (m, c) => yearEnd(m[0], m[1], c) },
  // Nordic and European interim reports head columns by their months: "Apr–Jun 2026" (the quarter),
  // "Jan–Jun 2026" (the half year to it), "Jan–Dec 2025" (the year); before the month-year rules read "Jun 2026".
  // A quarter named with its months in brackets ("the third quarter (October-December 2025)", as a March-year issuer
  // writes it): the months say which three they are; the ordinal alone read as the calendar's is another quarter.
  { name: 'quarter named with its months: the third quarter (October-December 2025), Q3 (Oct–Dec 2025)', pattern: new RegExp(`\\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter|q[1-4]|[1-4]q)\\s*\\(\\s*${MONTH}\\s*[-–—]\\s*${MONTH},?\\s*${YEAR}?\\s*\\)`, 'gi'), produce: datedMonths },
  // (Written by its months, a span is dated: "Jul-Sep 2025" is those months, never a fiscal issuer's "Q3 2025".)
  { name: 'month range: Apr–Jun 2026, January–June 2026, Jan-Dec 2025 (the months from the first to the end of the second)', pattern: new RegExp(`\\b${MONTH}\\s*[-–—]\\s*${MONTH},?\\s*${YEAR}?(?![\\d/.])`, 'gi'), produce: datedMonths },
  // Before the shorthand and the bare year: "31-Mar-2024" had been read as the year 2024 alone (December 31,
  // 2024), and "Mar-31-2024" as March 2031.
  // (Month first, "Mar-31-24", is month-day-year as US analysts type it: never March of 2031 with a stray "-24".)
  { name: 'hyphenated date: 31-Mar-2024, 31-Mar-24, Mar-31-2024, Mar-31-24', pattern: new RegExp(`\\b(\\d{1,2})-${MONTH}-((?:19|20)?\\d{2})\\b|\\b${MONTH}-(\\d{1,2})-((?:19|20)?\\d{2})\\b`, 'gi'), produce: (m, c) => {
    return onDay(monthNumber(m[2] ?? m[4]!), Number(m[1] ?? m[5]), m[3] ?? m[6], c, m[0]);
  } },
  SPAN_ENDED_MONTH, // before the month-year shorthand reads its "Dec-23" alone
  { name: "month-year shorthand: Dec-23, Jun'24, Mar 24, mar24 (the month's end; a two-digit year, not a day)", pattern: new RegExp(`\\b${MONTH}\\s*(?:[-'’/]\\s*|\\s)?(\\d{2})\\b(?!\\s*(?:st|nd|rd|th)\\b|,?\\s*(?:19|20)\\d{2}|,?\\s*['’]\\d{2}\\b|[-/.]\\d)`, 'gi'), produce: (m, c) => {
    const sep = m[0].slice(m[1]!.length).trim().charAt(0);
    // After a hyphen a number no release could report yet is a day ("at Mar-31", never March 2031; "Dec-19" stays 2019).
    if (sep === '-' && 2000 + Number(m[2]) > year(undefined, c) + 1) return onDay(monthNumber(m[1]!), Number(m[2]), undefined, c, m[0]);
    // With a plain space the number may be a day ("Dec 31"): only a plausible year is read as one.
    if (!/[-'’/]/.test(sep) && !plausibleYear(m[2]!, c)) return null;
    return ownMonthEnd(monthNumber(m[1]!), year(m[2], c), c, m[0]);
  } },
  { name: 'months ended a numeric date: three months ended 3/31/23, three months to 3/31/2023', pattern: /\b(three|six|nine|twelve|3|6|9|12|quarter)(?:[- ]months?)? (?:ended|ending|to)\s+(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d{2}))?\b/gi, produce: (m, c) => {
    const date = latestDate(Number(m[2]), Number(m[3]), m[4], c);
    if (!date) return null;
    const months = MONTHS_IN[m[1]!.toLowerCase()] ?? 3;
    return { kind: 'period', period: endedOn(date, months), text: m[0], dated: true };
  } },
  // Day-first dates as UK, European and Indian releases print them: "the three months to 31 December 2025", "Half year ended 30.09.2025".
  { name: 'period ended a day-first date: Quarter ended 30.09.2025; half year ended 30 September 2025; three months to 31 December 2025', pattern: new RegExp(`\\b(three|six|nine|twelve|3|6|9|12|quarter|half[- ]year|year)(?:[- ]months?)?\\s+(?:ended|ending|to)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s*${YEAR}|(\\d{1,2})\\.(\\d{1,2})\\.${YEAR})`, 'gi'), produce: (m, c) => {
    const date = m[2] ? latestDate(monthNumber(m[3]!), Number(m[2]), m[4], c) : latestDate(Number(m[6]), Number(m[5]), m[7], c);
    if (!date) return null;
    const word = m[1]!.toLowerCase();
    const months = MONTHS_IN[word] ?? (word === 'quarter' ? 3 : word === 'year' ? 12 : 6);
    return { kind: 'period', period: endedOn(date, months), text: m[0], dated: true };
  } },
  { name: 'dotted day-first date: 30.09.2025', pattern: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g, produce: (m, c) => {
    return onDay(Number(m[2]), Number(m[1]), m[3], c, m[0]);
  } },
  // A financial year over two calendar years ("2025/26"): named by the year it ends in, read as running April to March.
  // (A match starts at a word, never at the space before "FY" in "in FY 26/27", which would leave its period word unread.)
  { name: 'split financial year: Q3 2025/26, 3Q 25/26, H1 2025/26, 9M 2025/26, FY 2025/26, the 2025/26 financial year, the 2025/26 year end (its last day)', pattern: /\b(?=\S)(?:(?:q([1-4])|([1-4])q)|(h[12]|[12]h|first half|second half)|(9m|nine months)|(fy|full[- ]year|financial year|fiscal year|fiscal))?\s*(?:of\s+)?(?:the\s+)?(?:fy\s*)?((?:19|20)\d{2}|\d{2})\s*\/\s*(\d{2})\b(?:\s+(?:financial|fiscal)\s+year)?(\s*(?:financial\s+|fiscal\s+)?year[-\s]?end\b)?/gi, produce: (m, c) => {
    // Two-digit years ("25/26") only after a period word: alone they may be a date.
    if (m[6]!.length === 2 && !m.slice(1, 6).some(Boolean)) return null;
    const first = Number(m[6]!.length === 2 ? `20${m[6]}` : m[6]);
    if ((first + 1) % 100 !== Number(m[7])) return null;
    const p = splitYear(first + 1, m, c);
    // "The 2025/26 year end": the balance date that year ends on, not the year's flow.
    return { kind: 'period', period: m[8] && !m.slice(1, 5).some(Boolean) ? endOf(p) : p, text: m[0] };
  } },
  // "Fiscal" said with a quarter names the issuer's own quarter, never a calendar quarter ending near it.
  { name: 'fiscal quarter by name: fiscal Q3 2024, Q3 fiscal 2024, Q4 fiscal 26, fiscal 2024 Q3, the third quarter of fiscal 2024, fiscal third quarter 2024', pattern: new RegExp(String.raw`\b(?:fiscal\s+(?:year\s+)?(?:q([1-4])|(first|second|third|fourth)\s+quarter)(?:\s+of)?\s+((?:19|20)\d{2})|(?:q([1-4])|(first|second|third|fourth)\s+quarter)\s+(?:of\s+)?fiscal\s+(?:year\s+)?'?((?:19|20)\d{2}|${SHORT_YEAR})|fiscal\s+(?:year\s+)?'?((?:19|20)\d{2}|${SHORT_YEAR})\s+(?:q([1-4])|(first|second|third|fourth)\s+quarter))\b`, 'gi'), produce: (m, c) => {
    const n = Number(m[1] ?? m[4] ?? m[8] ?? 0) || ORD[(m[2] ?? m[5] ?? m[9])!.toLowerCase()]!;
    const y = year(m[3] ?? m[6] ?? m[7], c);
    // (Dated as the issuer's own quarter of that name, as "Q3 FY2026" is: a year ending in March puts its Q3 in October–December.)
    const named = namedQuarter(n, y, c);
    return { kind: 'period', period: { ...named, fiscal: { year: y, quarter: n } } as Period, text: m[0] };
  } },
  // "FY" says the issuer's own year: of one whose year ends in March, "4Q FY26" is January to March 2026 (namedQuarter), never
  // the calendar quarter of that name, October to December 2026, which is its fiscal Q3 2027.
  { name: 'quarter of a fiscal year: 4Q FY26, 3Q FY2025 (one period, not a quarter and a year)', pattern: /\b([1-4])q\s*f(?:y\s*|(?=['’]?\d))'?((?:19|20)\d{2}|\d{2})\b/gi, produce: (m, c) => fiscalQuarter(Number(m[1]), year(m[2], c), c, m[0]) },
  { name: "last year's quarter: last year's Q1, the prior year's first quarter", pattern: /\b(?:last|prior|previous)[-\s]+year['’]?s\s+(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b/gi, produce: (m, c) => q(m[1] ?? m[2] ? Number(m[1] ?? m[2]) : ORD[m[3]!.toLowerCase()]!, year(undefined, c) - 1, m[0]) },
  { name: 'end of a bare quarter: end of 1q, end 4q, end Q1, end-q1 (its last day)', pattern: /\b(?:at\s+)?(?:the\s+)?end(?:\s+of\s+|[-\s]+)(?:([1-4])q|q([1-4]))\b(?!\s*['’]?\d)/gi, produce: (m, c) => ({ kind: 'period', period: endOf((latest(Number(m[1] ?? m[2]), c, m[0]) as { period: Period }).period), text: m[0] }) },
  { name: 'then: the period the thread spoke of ("cash then?", "back then", "at that time", "same date", "that day\'s", "tax that qtr", "in that period")', pattern: /\b(?:back\s+then|at\s+that\s+(?:time|point|date)|(?:(?:in|for|during|over|of)\s+)?that\s+(?:quarter|period)(?:['’]s)?(?!\s+(?:a\s+year|last\s+year|of|in|ended|ending)\b)|(?:on\s+|at\s+|as\s+of\s+)?(?:(?:the\s+)?same|that)\s+(?:date|day)(?:['’]s)?(?!\s+(?:a\s+year|last\s+year|of|in)\b)|(?<=\S\s+)then(?=\s*[?.!]*$))/gi, produce: (m) => ({ kind: 'relative', shift: 'then', text: m[0] }) },
  { name: 'trailing twelve months: TTM, LTM, the last 12 months', pattern: /\b(?:ttm|ltm|trailing(?: twelve| 12)?[- ]months?|(?:the )?last (?:twelve|12) months)\b/gi, produce: (m) => ({ kind: 'unsupported', reason: `the release does not report "${m[0]}" figures`, text: m[0] }) },
  // Retailers' 52/53-week calendars: the period keeps its own end date (November 2, 2024).
  // Shorthand of the same: "39 wks ended 6/28/25", "13 weeks ended 9/27/2026" (month first).
  { name: 'weeks ended a numeric date: 39 wks ended 6/28/25, 13 weeks ended 9/27/2026', pattern: /\b(13|14|26|27|39|40|52|53)[- ]?(?:weeks?|wks?)\.?\s+(?:ended|ending)\s+(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d{2})\b/gi, produce: (m, c) => {
    const date = latestDate(Number(m[2]), Number(m[3]), m[4], c);
    return date ? { kind: 'period', period: { kind: 'duration', end: date, months: Math.min(12, Math.round(Number(m[1]) / 13) * 3) }, text: m[0] } : null;
  } },
  // UK releases date it day first, "to" the date: "13 weeks to 28 November 2026", as a column header "26 wks to 30 Aug 2025".
  { name: 'weeks ended a date: Thirteen Weeks Ended November 2, 2024; the 39-week period ended; 26 weeks to 28 November 2026', pattern: new RegExp(`\\b(thirteen|fourteen|twenty[- ]six|twenty[- ]seven|thirty[- ]nine|forty|fifty[- ]two|fifty[- ]three|13|14|26|27|39|40|52|53)[- ](?:weeks?|wks?\\.?)\\s+(?:fiscal\\s+)?(?:quarter\\s+|period\\s+)?(?:ended|ending|to)\\s+(?:${MONTH}\\s+(\\d{1,2}),?\\s*${YEAR}?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s*${YEAR}?)`, 'gi'), produce: (m, c) => {
    const date = m[2] ? latestDate(monthNumber(m[2]), Number(m[3]), m[4], c) : latestDate(monthNumber(m[6]!), Number(m[5]), m[7], c);
    const weeks = WEEKS[m[1]!.toLowerCase().replace(/[- ]/, '')] ?? Number(m[1]);
    return date ? { kind: 'period', period: { kind: 'duration', end: date, months: Math.min(12, Math.round(weeks / 13) * 3) }, text: m[0] } : null;
  } },
  // (A half, "the half year ended June 30, 2026", "the first half ended", is six months: the year rules below must not read its "year ended".)
  { name: 'months ended a date: the three months ended March 31, 2023; six months to June 30, 2024; the quarter ended March 31; the half year ended June 30, 2026', pattern: new RegExp(`\\b(three|six|nine|twelve|3|6|9|12|quarter|(?:first |second )?half(?:[- ]year)?)(?:[- ]months?)? (?:ended|ending|to)\\s+${MONTH}\\s+(\\d{1,2}),?\\s*${YEAR}?`, 'gi'), produce: (m, c) => {
    const date = latestDate(monthNumber(m[2]!), Number(m[3]), m[4], c);
    if (!date) return null;
    const months = /half/i.test(m[1]!) ? 6 : MONTHS_IN[m[1]!.toLowerCase()] ?? 3;
    return { kind: 'period', period: endedOn(date, months), text: m[0], dated: true };
  } },
  { name: 'fiscal year ended a date: year ended May 31, 2022; fiscal year ended September 30, 2023; the year to June 30, 2025', pattern: new RegExp(`(?<!half[- ])\\b(?:fiscal\\s+)?year (?:ended|to)\\s+${MONTH}\\s+(\\d{1,2}),?\\s*${YEAR}`, 'gi'), produce: (m, c) => {
    const date = latestDate(monthNumber(m[1]!), Number(m[2]), m[3], c);
    return date ? { kind: 'period', period: { kind: 'duration', end: date, months: 12 }, text: m[0], dated: true } : null;
  } },
  { name: 'year ended: the year ended December 31, 2023; fiscal year ended', pattern: new RegExp(`(?<!half[- ])\\b(?:fiscal\\s+)?year ended\\s+(?:dec(?:ember)?\\.?\\s+31,?\\s*)${YEAR}?`, 'gi'), produce: (m, c) => span(12, 12, m[1], c, m[0]) },
  // (A line whose name holds "end of period" keeps it: the intent drops periods inside a name.)
  { name: 'year-ago quarter end: the prior year quarter end, the prior-year quarter-end (the balance a year before the period\'s end)', pattern: /\b(?:at\s+)?(?:the\s+)?(?:prior|previous|last)[-\s]year(?:['’]s)?\s+quarter[-\s]?end\b/gi, produce: (m, c) => ({ kind: 'period', period: endOf(yearAgo(c)), text: m[0] }) },
  { name: 'quarter end: end of the quarter, end of q, end of qtr, qtr-end, end of the (current) fiscal (year) quarter, quarter-end, end of Q1, end of Q4 2023, end of last quarter, the prior quarter end, end of period', pattern: new RegExp(`\\b(?:(?:at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:(last|prior|previous|preceding)\\s+(?:fiscal\\s+)?quarter|(?:current\\s+)?(?:fiscal\\s+(?:year\\s+)?)?(?:quarter|qtr|q(?![1-4]))|period|q([1-4])(?:\\s+${YEAR})?)|(?:(?:the\\s+)?(?<before>last|prior|previous|preceding)\\s+(?:fiscal\\s+)?)?(?:quarter|qtr)[-\\s]?end(?:ing)?|period[-\\s]?end(?:ing)?)\\b`, 'gi'), produce: (m, c) => {
    if (m[1] ?? m.groups?.before) return { kind: 'period', period: endOf(priorQuarter(c.kind === 'duration' ? c : quarterOf(c))), text: m[0] };
    if (m[2]) return { kind: 'period', period: endOf(m[3] ? namedQuarter(Number(m[2]), year(m[3], c), c) : (latest(Number(m[2]), c, m[0]) as { period: Period }).period), text: m[0] };
    return { kind: 'relative', shift: 'period_end', text: m[0] };
  } },
  HALF_END, // before the year end's rule reads its "year end"
  // ("yr end 23", as analysts type it, is the year end of 2023: never the latest year end with a stray "23".
  // A day and month after it, "year-end 31 December 2025", is a date, no year.)
  { name: "year end: year end, year-end 2023, yr end 23, year-end '23, end of last year, the prior year end, end of fiscal 2025, end of FY25, (fiscal) YE", pattern: new RegExp(String.raw`\b(?:(?:(?:last|prior|previous|preceding)\s+)?(?:fiscal\s+|financial\s+)?year[-\s]?end(?:ed)?(?:\s+((?:19|20)\d{2}|(?<=end\s+)\d{2}(?![\d.,%/:-]|\s*(?:st|nd|rd|th)\b|\s+${MONTH}))|(?<=end)\s*['’]\s*(\d{2}))?|end of (?:last |the (?:prior |previous )?)?(?:fiscal |financial )?year|end of (?:(?:fiscal\s+(?:year\s+)?|fy\s*)'?)?((?:19|20)\d{2}|(?<=(?:fiscal\s+(?:year\s+)?|fy\s*)'?)\d{2}(?![\d.,%]))|(?:fiscal\s+)?f?ye(?!\s*['’]?\d))\b`, 'gi'), produce: (m, c) => yearEnd(m[0], m[1] ?? m[3] ?? m[4], c) }, // (m[2] is a month's)
  { name: 'ISO date: 2023-12-31', pattern: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, produce: (m, c) => {
    return onDay(Number(m[2]), Number(m[3]), m[1], c, m[0]);
  } },
  { name: 'same period of a year: in the same period of 2023', pattern: new RegExp(`\\b(?:the\\s+)?same\\s+(?:period|quarter)\\s+(?:of|in)\\s+${YEAR}\\b`, 'gi'), produce: (m, c) => {
    const n = Number((c.kind === 'duration' ? c.end : c.date).slice(5, 7)) / 3;
    return Number.isInteger(n) ? q(n, year(m[1], c), m[0]) : null;
  } },
  { name: 'last quarter of a year: the last quarter of 2023', pattern: new RegExp(`\\b(?:the\\s+)?(?:last|final)\\s+quarter\\s+of\\s+${YEAR}`, 'gi'), produce: (m, c) => q(4, year(m[1], c), m[0]) },
  { name: 'end of a quarter: end 1Q24, end of Q1\'24', pattern: /\b(?:at\s+)?(?:the\s+)?end(?:\s+of)?\s+(?:q([1-4])\s*['’-]?\s*((?:19|20)\d{2}|\d{2})|([1-4])q\s*'?((?:19|20)\d{2}|\d{2}))\b/gi, produce: (m, c) => ({ kind: 'period', period: endOf(namedQuarter(Number(m[1] ?? m[3]), year(m[2] ?? m[4], c), c)), text: m[0] }) },
  { name: 'quarter-year: Q1 2024, Q1\'24, q1-24, Q1 of 2023, Q1 FY24, Q2FY27, Q2 F2027', pattern: /\bq([1-4])\s*(?:[-'’/]\s*|\s+(?:of\s+)?)?(?:fy\s*|f(?=['’]?\d))?((?:19|20)\d{2}|'?\d{2})\b/gi, produce: (m, c) => (/f/i.test(m[0]) ? fiscalQuarter(Number(m[1]), year(m[2], c), c, m[0]) : q(Number(m[1]), year(m[2], c), m[0])) },
  { name: 'year-quarter: 2024 Q1, 2024Q1, FY24 Q1', pattern: /\b(?:fy\s*'?((?:19|20)?\d{2})|((?:19|20)\d{2}))\s*-?\s*q([1-4])\b/gi, produce: (m, c) => (m[1] ? fiscalQuarter(Number(m[3]), year(m[1], c), c, m[0]) : q(Number(m[3]), year(m[2], c), m[0])) },
  { name: 'year then ordinal quarter: 2023 first quarter (dictated: "twenty twenty three first quarter")', pattern: /\b((?:19|20)\d{2})\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/gi, produce: (m, c) => q(ORD[m[2]!.toLowerCase()]!, year(m[1], c), m[0]) },
  // ("3T26", the trimestre of Spanish, Portuguese and Italian releases, only written close: "1T 2026" may be a trillion.)
  { name: 'n-Q-year: 1Q24, 1Q 2024, 3Q-25, 3T26, 2T-2026', pattern: /\b([1-4])(?:q\s*(?:[-/]\s*)?'?|t-?)((?:19|20)\d{2}|\d{2})\b/gi, produce: (m, c) => q(Number(m[1]), year(m[2], c), m[0]) },
  { name: "this year's quarter: this year's Q1, this year's first quarter (the current year's, whatever period a thread is at)", pattern: /\bthis\s+(?:fiscal\s+)?year['’]?s\s+(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b/gi, produce: (m, c) => ({ kind: 'period', period: quarterOfYear(m[1] ? Number(m[1]) : ORD[m[2]!.toLowerCase()]!, 0, c), text: m[0] }) },
  { name: 'quarter of last year: Q1 last year, the first quarter of last year', pattern: /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\s+(?:of\s+)?(last|this|the (?:prior|previous) )\s*year\b/gi, produce: (m, c) => {
    const n = m[1] ? Number(m[1]) : ORD[m[2]!.toLowerCase()]!;
    return { kind: 'period', period: quarterOfYear(n, /this/i.test(m[3]!) ? 0 : 1, c), text: m[0] };
  } },
  { name: 'end of an ordinal quarter: at the end of the second quarter of 2025 (its last day)', pattern: /\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d{2}))?/gi, produce: (m, c) => {
    const n = ORD[m[1]!.toLowerCase()]!;
    const p = m[2] ? namedQuarter(n, year(m[2], c), c) : (latest(n, c, m[0]) as { period: Period }).period;
    return { kind: 'period', period: endOf(p), text: m[0] };
  } },
  { name: 'prior-year quarter: the prior year third quarter, last year\'s fourth quarter', pattern: /\b(?:prior|previous|last)[-\s]year(?:['’]s)?\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/gi, produce: (m, c) => q(ORD[m[1]!.toLowerCase()]!, year(undefined, c) - 1, m[0]) },
  { name: 'ordinal quarter: first quarter of 2024, fourth quarter 2023, the fourth quarter, First-quarter 2022', pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d{2}))?/gi, produce: (m, c) => (m[2] ? q(ORD[m[1]!.toLowerCase()]!, year(m[2], c), m[0]) : latest(ORD[m[1]!.toLowerCase()]!, c, m[0])) },
  { name: 'quarter n: quarter 1 2024', pattern: /\bquarter\s+(one|two|three|four|[1-4])(?:\s+(?:of\s+)?((?:19|20)\d{2}))?/gi, produce: (m, c) => {
    const n = ORD[m[1]!.toLowerCase()] ?? Number(m[1]);
    return m[2] ? q(n, year(m[2], c), m[0]) : latest(n, c, m[0]);
  } },
  // Before the half, nine months and full-year rules read "first half" and "fiscal year" apart (the half of this year, then a year).
  YEAR_BEFORE_SPAN,
  { name: 'same span of the year before: the same half of the prior year, the corresponding period of the previous fiscal year (relative: the span spoken of, a year earlier)', pattern: /\b(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter|half(?:[- ]year)?)\s+(?:of|in)\s+(?:the\s+)?(?:previous|prior|last|preceding)\s+(?:fiscal\s+|financial\s+)?year\b/gi, produce: (m) => ({ kind: 'relative', shift: 'year_ago', text: m[0] }) },
  SPAN_OF_YEAR, // before the half's, the full year's and the weeks' rules read its length and its year as two periods
  THE_THREE_MONTHS,
  // ("H2 FY2025" of an issuer with its own fiscal year is its fiscal year's second half, never the calendar's.)
  { name: 'half year: H1 2024, H1-25, HY26 (the half year, before its year), first half of 2024, first-half, 1st half, six months, 6M, 6M24 (never $6m), H2 FY2025, H1 F2026 (a South African fiscal year), H1FY27', pattern: new RegExp(String.raw`${notAmount('h12fs6')}(?:h([12])|([12])h|hy(?=\s?['’]?\d)|(first|second|1st|2nd)[- ]half(?:[- ]year)?(?: of)?|(?:six|6)(?:[- ]?months?|[- ]?mos?|m)|half[- ]year)\s*(?:[-/]\s*(?=['’]?\d))?(fy\s*|f(?=['’]?\d)|fiscal\s+(?:year\s+)?)?'?((?:19|20)\d{2}|\d{2})?\b`, 'gi'), produce: (m, c) => {
    const second = m[1] === '2' || m[2] === '2' || /second|2nd/i.test(m[3] ?? '');
    const own = m[4] && m[5] ? fiscalTo(second ? 4 : 2, 6, year(m[5], c), c) : null;
    return own ? { kind: 'period', period: own, text: m[0] } : span(second ? 12 : 6, 6, m[5], c, m[0]);
  } },
  // A calendar year written out with no "fiscal" is the nine months that end in it (an April–March
  // issuer's nine months ended December 31, 2026 are its "nine months 2026", though of fiscal 2027).
  { name: 'nine months: nine months 2024, 9M24, 9 mos 2024, nine months ended 2024, 9M FY26, the first nine months of (fiscal) 2024', pattern: new RegExp(String.raw`${notAmount('n9')}(?:nine|9)[- ]?m(?:onths?|os?)?(?:(?:,|\s+(?:of|in|for|ended|ending))(?=\s+(?:fiscal\s+|fy\s*)?(?:19|20)\d{2}\b))?\s*(fy\s*|fiscal\s+)?'?((?:19|20)\d{2}|\d{2})?\b`, 'gi'), produce: (m, c) => {
    // ("nine months of fiscal 2026": that fiscal year's own first nine months.)
    const own = m[2]?.length === 4 ? (m[1] ? fiscalTo(3, 9, year(m[2], c), c) : endingIn(9, year(m[2], c), c)) : null;
    return own ? { kind: 'period', period: own, text: m[0] } : span(9, 9, m[2], c, m[0]); } },
  // A fiscal issuer's year to date runs from its fiscal year's start (Buckle's YTD in Q3 is 39 weeks). Before the full
  // year's rule: "YTD FY26" and "fiscal year to date" are a year to date, never the year.
  YEAR_TO_DATE,
  { name: 'the year: for the year, the full year (the year of the period spoken of)', pattern: /\b(?:for|in|during|over)\s+the\s+(?:full\s+|whole\s+)?year\b(?![-\s]+(?:ago|earlier|before|ended|to|\d))/gi, produce: (m, c) => span(12, 12, undefined, c, m[0]) },
  { name: 'full year: FY2023, FY alone, full year 2023, fiscal 2023, fiscal 26, the 2023 financial year, twelve months, annual revenue, F2026 and F26 (as South African releases write the fiscal year)', pattern: new RegExp(String.raw`\b(?:fy[\s-]*'?((?:19|20)\d{2}|\d{2})|f['’]?((?:19|20)\d{2}|[1-4]\d)(?![\d.,%])|(?:the\s+)?((?:19|20)\d{2})\s+(?:financial|fiscal)\s+year|(?:full|whole|fiscal)[- ]year(?:\s+'?((?:19|20)\d{2}|${SHORT_YEAR}))?|fy(?![\s'’-]*\d)(?!\s*q[1-4])|fiscal\s+'?((?:19|20)\d{2}|${SHORT_YEAR})|(?:the\s+)?(?:twelve|12) months(?:\s+((?:19|20)\d{2}))?|annual(?:ly)?(?!\s+(?:growth|rate|change|increase|decrease|basis)))\b`, 'gi'), produce: (m, c) => span(12, 12, m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6], c, m[0]) },
  { name: 'year to date through a date: YTD net sales through November 2, 2024 (the span from the fiscal year\'s start)', pattern: new RegExp(`\\b(?=${THROUGH})(?<=\\b(?:year[-\\s]to[-\\s]date|ytd)\\b.{0,60})${THROUGH}\\s+${MONTH}\\s+(\\d{1,2}),?\\s*${YEAR}?`, 'gi'), produce: (m, c) => {
    const ytd = ((date) => date && toDate(date, c))(latestDate(monthNumber(m[1]!), Number(m[2]), m[3], c));
    return ytd ? { kind: 'period', period: ytd, text: m[0] } : null;
  } },
  { name: 'weeks to the period end: for the 39 weeks, the twenty-six weeks, the 39-week period (a 52/53-week calendar)', pattern: /\b(thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|13|26|39|52)[- ]weeks?(?:\s+period)?\b(?!\s+(?:fiscal\s+)?(?:quarter\s+|period\s+)?(?:ended|ending|to\s+\d))/gi, produce: (m, c) => {
    const weeks = WEEKS[m[1]!.toLowerCase().replace(/[- ]/, '')] ?? Number(m[1]);
    return { kind: 'period', period: { kind: 'duration', end: periodEnd(c), months: Math.round(weeks / 13) * 3 }, text: m[0] };
  } },
  // "As of Dec 2023" is a balance date; "revenue in March 2024" is a month, which no quarterly release reports.
  { name: 'month and year: as of Dec 2023, end of March 2024 (the month end); March 2024 (the month)', pattern: new RegExp(`\\b(?:(as\\s+of|(?:at\\s+)?(?:the\\s+)?end\\s+of)\\s+)?(?<!\\d\\s*)${MONTH}\\s*((?:19|20)\\d{2})\\b`, 'gi'), produce: (m) => {
    const month = monthNumber(m[2]!);
    const year = Number(m[3]);
    const end = isoDate(year, month, lastDay(year, month));
    return { kind: 'period', period: m[1] ? { kind: 'instant', date: end } : { kind: 'duration', end, months: 1 }, text: m[0] };
  } },
  // "CET1 at end of June": a balance at the month's end, the latest such end up to the release's period.
  { name: 'end of a month: at end of June, the end of September, end-June (its last day, the latest up to the release)', pattern: new RegExp(`\\b(?:at\\s+)?(?:the\\s+)?end[-\\s]+(?:of\\s+)?${MONTH}(?!\\s*(?:\\d|quarter))\\b`, 'gi'), produce: (m, c) => latestMonthEnd(monthNumber(m[1]!), c, m[0]) },
  // "cash end of March" then "vs Dec?": a month set against another date is that month's end, the latest up to
  // the release (the comparison word stays outside the phrase: it says which period is the basis).
  { name: 'month after a comparison word: vs Dec, compared with June, since June (its last day, the latest up to the release)', pattern: new RegExp(`(?<=\\b(?:vs\\.?|versus|against|compared (?:to|with)|since)\\s+(?:the\\s+)?)${MONTH}(?!\\s*(?:[-'’/.]?\\s*\\d|quarter|[-\\s]end))\\b`, 'gi'), produce: (m, c) => latestMonthEnd(monthNumber(m[1]!), c, m[0]) },
  // A month alone ("net income for March") is a month, which no quarterly release gives.
  { name: 'month alone: for March, in December', pattern: new RegExp(`\\b(?:in|for|during)\\s+${MONTH}(?!\\s*(?:\\d|quarter))\\b`, 'gi'), produce: (m, c) => {
    const month = monthNumber(m[1]!);
    const y = year(undefined, c);
    const end = (n: number) => isoDate(n, month, lastDay(n, month));
    return { kind: 'period', period: { kind: 'duration', end: end(y) > periodEnd(c) ? end(y - 1) : end(y), months: 1 }, text: m[0] };
  } },
  // A cash-flow statement's "beginning of period" is its column's period's opening balance: the year after it names which
  // column, the release's own period in the release's year (never the whole year), the same period of another year.
  { name: 'year of a cash-flow balance: beginning of period 2024, start of period 2023 (the release\'s period, of that year)', pattern: /(?<=\b(?:beginning|start)\s+of\s+(?:the\s+)?period,?\s+)(?:fy\s*)?((?:19|20)\d{2})\b/gi, produce: (m, c) => ({ kind: 'period', period: shift(c, 12 * (Number(periodEnd(c).slice(0, 4)) - Number(m[1]))), text: m[0] }) },
  // (A year may be cut to two digits after an apostrophe, "Jun 30 '24", or after a month's day, "june 28 03": a
  // third number after month and day is its year, never left unread for the day to be taken as this year's.)
  { name: "date: March 31, 2024; Dec 31 2023; dec31; 31 March 2024; Jun 30 '24; june 28 03; as of December 31", pattern: new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?:${YEAR}|['’](\\d{2})|(?<=\\s)(${SHORT_YEAR}))?\\b|\\b(\\d{1,2})\\s+${MONTH},?\\s*(?:${YEAR}|['’](\\d{2}))?\\b`, 'gi'), produce: (m, c) => {
    return onDay(monthNumber(m[1] ?? m[7]!), Number(m[2] ?? m[6]), m[3] ?? m[4] ?? m[5] ?? m[8] ?? m[9], c, m[0]);
  } },
  { name: 'this quarter: this quarter, the quarter, now', pattern: /\b(?<!\b(?:beginning|start)\s+of\s+)(?:(?:this|the current|the latest|the most recent|latest|current|the reported|this reporting|the)\s+(?:quarter|period|(?:balance[- ]sheet\s+)?date(?!\s+(?:disclosed|available|given|reported)))(?!\s+(?:before|ago|earlier))|now|currently|today)\b/gi, produce: (m, c) => ({ kind: 'period', period: c, text: m[0] }) },
  { name: 'quarters ago: two quarters ago, the quarter before last', pattern: /\b(?:(two|three|four|five|six|seven|eight|2|3|4|5|6|7|8)\s+quarters?\s+(?:ago|earlier|before)|(?:the\s+)?quarter\s+before\s+(?:the\s+)?last)\b/gi, produce: (m, c) => ({ kind: 'period', period: shift(c, 3 * (m[1] ? (ORD[m[1].toLowerCase()] ?? Number(m[1])) : 2)), text: m[0] }) },
  { name: 'numeric date: 3/31/2023, 03/31/24, 3/31; day first where the first number is no month (31/12/25)', pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)?\d{2}))?\b/g, produce: (m, c) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > 12 ? onDay(b, a, m[3], c, m[0]) : onDay(a, b, m[3], c, m[0]);
  } },
  { name: 'a year ago (the year before; pcp: the prior corresponding period, as Australian releases say; "last year\'s?" ending a question, a basis word at most between: "and last year\'s GAAP?"; "last yr same qtr")', pattern: /\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+prior|the\s+previous|a)\s+year|(?:the\s+)?(?:prior|previous|last)[-\s]year(?:['’]s)?\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period)|(?:the\s+)?(?:prior|previous|last)[-\s]year['’]s(?=\s*(?:(?:non-)?gaap\s*)?(?:figure|number|one|level|amount|value)?\s*[?.!]*$)|(?:the\s+)?year[-\s](?:ago|earlier|before(?!\s+last))(?:\s+(?:quarter|period))?|(?:the\s+)?(?:comparable|corresponding|same)\s+(?:period|quarter)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|(?:the\s+)?pcp)\b/gi, produce: (m) => ({ kind: 'relative', shift: 'year_ago', text: m[0] }) },
  { name: "last year: last year, the prior year, last year's before a line (a full year; beside a change word, the engine reads it as YoY; after a thread's quarter, that quarter a year earlier)", pattern: /\b(?:last|prior|previous)[-\s]+(?:fiscal\s+)?year(?:['’]s)?\b(?!['’])(?!\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period|half))/gi, produce: (m, c) => span(12, 12, String(year(undefined, c) - 1), c, m[0]) },
  // The half before the release's (or the thread's) half: of a quarter or a year, no half is in context, so it is
  // named unreported rather than dropped (a dropped period is read as the current one).
  // ("Half on half", HoH, is against it too: never the year-ago half a release's headline compares with, hl55 h55-114.)
  { name: 'prior half: the previous half, the prior half-year, the prior-year half, half on half, HoH, h/h', pattern: /\b(?:(?:the\s+)?(?:prior|previous|preceding|last)[-\s]+(?:(year(?:['’]s)?)[-\s]+)?half(?:[-\s]year)?\b(?!\s+of\b)|half[-\s](?:on|over)[-\s]half\b|hoh\b|h\/h\b)/gi, produce: (m, c) => (c.kind === 'duration' && c.months === 6 ? { kind: 'period', period: m[1] ? yearAgo(c) : shift(c, 6), text: m[0] } : { kind: 'unsupported', reason: `no half is in context for "${m[0]}"`, text: m[0] }) },
  { name: 'prior quarter: the prior quarter, last Q, a quarter ago', pattern: /\b(?:(?:the\s+)?(?:prior|previous|preceding|last|sequential)[-\s]+(?:quarter(?:'s)?|q\b(?!\s*[1-4]))|a quarter (?:ago|earlier)|quarter before)\b/gi, produce: (m) => ({ kind: 'relative', shift: 'prior_quarter', text: m[0] }) },
  { name: 'bare quarter: Q1, 1Q', pattern: /\b(?:q([1-4])|([1-4])q)\b/gi, produce: (m, c) => latest(Number(m[1] ?? m[2]), c, m[0]) },
  { name: 'bare year: in 2023, net income 2021', pattern: /\b(?:(?:in|for|during|of)\s+)?((?:19|20)\d{2})\b(?!\s*(?:q[1-4]|quarter))/gi, produce: (m, c) => span(12, 12, m[1], c, m[0]) },
];

/** A period named in a text: where it stands, the rule that read it, and what it means. */
export interface PeriodMention { start: number; end: number; rule: string; ref: PeriodRef }

/**
 * Every period the text names, left to right, with its place; overlapping matches keep the first rule's
 * (rules are ordered). Memoised per quarter read against (by identity: "this quarter" answers with that
 * very object): a load reads the same headers and labels again, about half the calls, each read costing
 * every rule's pattern.
 */
export function periodMentions(text: string, current: Period): PeriodMention[] {
  let read = readings.get(current);
  if (!read) readings.set(current, (read = memo((t) => scan(t, current), { maxWeight: 200_000, weigh: (found) => 1 + 100 * found.length })));
  return [...read(text)];
}

const readings = new WeakMap<Period, Memo<PeriodMention[]>>();

/** Reads every rule's matches in a text once, whatever the quarter read against (period-mentions.ts). */
const scan = scanner(PERIOD_RULES);

/** Every period the text names, left to right. */
export function findPeriods(text: string, current: Period): PeriodRef[] {
  return periodMentions(text, current).map((f) => f.ref);
}
