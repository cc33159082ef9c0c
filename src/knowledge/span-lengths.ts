// A span named by its length: "the three months", "39 weeks 2025", "13 weeks of fiscal 2025", "six months 2025" (of a
// release of halves). A length is the release's own span of it to its period end (its quarter, its weeks to date, its
// half); with a year, that span in the year named, the release's columns a year apart. Read apart, "39 weeks" and
// "2025" were the year to date beside the full year 2025, a change between unlike spans, and declined.
import { endOf, periodEnd, shift, type Period } from './period.js';
import type { PeriodRef, Rule } from './period-grammar.js';
import { lastQuarter, MONTHS_IN, span, WEEKS, year } from './period-resolvers.js';
import { ownYearOf } from './year-to-date.js';

/** The release's own span of `months` months to its period end: its quarter as it names it, else the months to that end. */
function ownSpanOf(months: number, c: Period): Period {
  const quarter = lastQuarter(c);
  if (months === 3 && quarter.kind === 'duration' && quarter.months === 3) return quarter;
  return c.kind === 'duration' && c.months === months ? c : { kind: 'duration', end: periodEnd(c), months };
}

/**
 * The release's own span of that length moved back whole years to the year named: the year its end falls in, or said
 * "fiscal", the fiscal year it is of. A year after the release's own is none it reports.
 */
function inYear(own: Period, c: Period, named: number, fiscal: boolean, text: string): PeriodRef {
  const ownYear = fiscal ? ownYearOf(c, true) : Number(periodEnd(own).slice(0, 4));
  const back = ownYear - named;
  if (back < 0) return { kind: 'unsupported', reason: `the release reports no "${text.trim()}", a year after its own`, text };
  return { kind: 'period', period: shift(own, 12 * back), text };
}

/** A length in weeks (13, thirty-nine) or months (three, six), the months it spans; weeks a 52/53-week calendar's quarters. */
function lengthInMonths(weeks: string | undefined, months: string | undefined): number {
  if (months) return MONTHS_IN[months.toLowerCase()]!;
  const w = WEEKS[weeks!.toLowerCase().replace(/[- ]/, '')] ?? Number(weeks);
  return Math.round(w / 13) * 3;
}

const WEEK_COUNT = '(?<weeks>thirteen|twenty[- ]six|thirty[- ]nine|13|26|39)[- ](?:weeks?|wks?)';
/** (Nine months with a year is the nine-months rule's: a fiscal issuer's nine months ending in that year.) */
const MONTH_COUNT = '(?<months>three|six|3|6)[- ]months?';
const OF_YEAR = String.raw`(?:,|\s+(?:of|in|for))?\s*(?<fy>fy\s*|fiscal\s+(?:year\s+)?)?['’]?(?<year>(?:19|20)\d{2})\b`;

export const SPAN_OF_YEAR: Rule = {
  name: 'span of a length in a year: 13 weeks 2025, 39 weeks of fiscal 2025, thirty nine weeks 2025, three months 2025, six months 2025 (the release\'s own span of that length, in that year)',
  pattern: new RegExp(String.raw`\b(?:${WEEK_COUNT}|${MONTH_COUNT})${OF_YEAR}`, 'gi'),
  produce: (m, c) => {
    const g = m.groups!;
    const months = lengthInMonths(g.weeks, g.months);
    // (Six months of a release that reports no half is the calendar half, the half-year rule's reading.)
    if (months === 6 && !(c.kind === 'duration' && c.months === 6) && g.months) return null;
    return inYear(ownSpanOf(months, c), c, year(g.year, c), !!g.fy, m[0]);
  },
};

/**
 * "For the three months", "the 3 months": the release's quarter (or the three months to its period end). Never a count
 * ahead or back ("the next three months", "three months ago"), nor the unit a figure is asked in ("how many months").
 */
export const THE_THREE_MONTHS: Rule = {
  name: 'the three months: for the three months, the 3 months, the past three months (the release\'s quarter)',
  pattern: /\b(?:(?:for|in|during|over)\s+)?the\s+(?:(?:past|last|latest|recent)\s+)?(?:three|3)[- ]months\b(?!\s+(?:ago|earlier|before|later|after|ended|ending|to)\b)/gi,
  produce: (m, c) => ({ kind: 'period', period: ownSpanOf(3, c), text: m[0] }),
};

/**
 * "At half-year end", "the half year-end", "half end": the last day of the latest half up to the release (a half's
 * release's own), before the year end's rule reads its "year end" as the fiscal year's (a June year's half to
 * December 31 was answered at June 30).
 */
export const HALF_END: Rule = {
  name: 'half-year end: at half-year end, the half year-end, half-end, HY end (the latest half\'s last day; with a year, asked which)',
  pattern: /\b(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?(?:half[-\s]?year|half|hy)[-\s]?end\b(?:[\s,]+(?:of\s+)?['’]?((?:19|20)\d{2}))?/gi,
  produce: (m, c) => {
    // (With a year, either half's end in it may be meant: a June year's first half ends in December.)
    if (m[1]) return { kind: 'unsupported', reason: `"${m[0].trim()}" may be the end of either half of ${m[1]}: name the date, e.g. "as of June 30, ${m[1]}"`, text: m[0] };
    const halves = [span(6, 6, undefined, c, m[0]), span(12, 6, undefined, c, m[0])].flatMap((h) => (h.kind === 'period' ? [h.period] : []));
    const latest = halves.sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)))[0];
    return latest ? { kind: 'period', period: endOf(latest), text: m[0] } : null;
  },
};
