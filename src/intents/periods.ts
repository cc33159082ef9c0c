// The period grammar: rules as data (a name, a pattern, a production), resolved against the release's
// own quarter, in the manner of Duckling. A production returns the period meant, or a reason the
// release cannot answer for it (a full year, a future quarter).
import { endOf, isoDate, monthNumber, periodKey, priorQuarter, quarter, quarterOf, yearAgo, type Period } from '../knowledge/period.js';

export type PeriodRef =
  | { kind: 'period'; period: Period; text: string }
  /** Relative to whatever period the conversation is about (the release's quarter by default). */
  | { kind: 'relative'; shift: 'year_ago' | 'prior_quarter' | 'current' | 'period_end'; text: string }
  /** A period the release cannot speak for, with why. */
  | { kind: 'unsupported'; reason: string; text: string };

interface Rule {
  name: string;
  pattern: RegExp;
  produce(m: RegExpExecArray, current: Period): PeriodRef | null;
}

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, one: 1, two: 2, three: 3, four: 4 };
const year = (y: string | undefined, current: Period): number => {
  if (!y) return Number((current.kind === 'duration' ? current.end : current.date).slice(0, 4));
  const n = Number(y.replace(/^'/, ''));
  return n < 100 ? 2000 + n : n;
};
const q = (n: number, y: number, text: string): PeriodRef => ({ kind: 'period', period: quarter(y, n), text });
/**
 * A span of `months` months ending with month `endMonth` of the year named (or, unnamed, the latest
 * such span that has ended by the release's period).
 */
const span = (endMonth: number, months: number, y: string | undefined, current: Period, text: string): PeriodRef => {
  let yy = year(y, current);
  const end = (n: number) => isoDate(n, endMonth, new Date(Date.UTC(n, endMonth, 0)).getUTCDate());
  if (!y && end(yy) > (current.kind === 'duration' ? current.end : current.date)) yy -= 1;
  return { kind: 'period', period: { kind: 'duration', end: end(yy), months }, text };
};

/** A quarter named without a year is the latest such quarter up to the release's ("Q4" in a Q1 2024 release is Q4 2023). */
const latest = (n: number, current: Period, text: string): PeriodRef => {
  const y = year(undefined, current);
  return q(n, periodKey(quarter(y, n)) > periodKey(current) ? y - 1 : y, text);
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export const PERIOD_RULES: Rule[] = [
  { name: 'quarter-year: Q1 2024, Q1\'24, q1-24, Q1 FY24', pattern: /\bq([1-4])\s*(?:[-'’/]\s*|\s+)?(?:fy\s*)?((?:19|20)\d{2}|'?\d{2})\b/gi, produce: (m, c) => q(Number(m[1]), year(m[2], c), m[0]) },
  { name: 'year-quarter: 2024 Q1, 2024Q1, FY24 Q1', pattern: /\b(?:fy\s*)?((?:19|20)\d{2})\s*-?\s*q([1-4])\b/gi, produce: (m, c) => q(Number(m[2]), year(m[1], c), m[0]) },
  { name: 'n-Q-year: 1Q24, 1Q 2024', pattern: /\b([1-4])q\s*'?((?:19|20)\d{2}|\d{2})\b/gi, produce: (m, c) => q(Number(m[1]), year(m[2], c), m[0]) },
  { name: 'ordinal quarter: first quarter of 2024, fourth quarter 2023, the fourth quarter', pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?((?:19|20)\d{2}))?/gi, produce: (m, c) => (m[2] ? q(ORD[m[1]!.toLowerCase()]!, year(m[2], c), m[0]) : latest(ORD[m[1]!.toLowerCase()]!, c, m[0])) },
  { name: 'quarter n: quarter 1 2024', pattern: /\bquarter\s+(one|two|three|four|[1-4])(?:\s+(?:of\s+)?((?:19|20)\d{2}))?/gi, produce: (m, c) => {
    const n = ORD[m[1]!.toLowerCase()] ?? Number(m[1]);
    return m[2] ? q(n, year(m[2], c), m[0]) : latest(n, c, m[0]);
  } },
  { name: 'bare quarter: Q1, 1Q', pattern: /\b(?:q([1-4])|([1-4])q)\b/gi, produce: (m, c) => latest(Number(m[1] ?? m[2]), c, m[0]) },
  { name: 'date: March 31, 2024; Dec 31 2023; 31 March 2024', pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d{2})?\\b|\\b(\\d{1,2})\\s+${MONTH},?\\s*((?:19|20)\\d{2})?\\b`, 'gi'), produce: (m, c) => {
    const month = monthNumber(m[1] ?? m[5]!);
    const day = Number(m[2] ?? m[4]);
    const y = year(m[3] ?? m[6], c);
    return month && day >= 1 && day <= 31 ? { kind: 'period', period: { kind: 'instant', date: isoDate(y, month, day) }, text: m[0] } : null;
  } },
  { name: 'year end: year end, year-end 2023, end of last year', pattern: /\b(?:(?:fiscal\s+)?year[-\s]?end(?:ed)?(?:\s+((?:19|20)\d{2}))?|end of (?:last |the (?:prior |previous )?)?(?:fiscal )?year|end of ((?:19|20)\d{2}))\b/gi, produce: (m, c) => {
    const y = m[1] ?? m[2] ? year(m[1] ?? m[2], c) : year(undefined, c) - 1;
    return { kind: 'period', period: { kind: 'instant', date: isoDate(y, 12, 31) }, text: m[0] };
  } },
  { name: 'quarter end: end of the quarter, quarter-end, end of Q1', pattern: /\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:quarter|period|q([1-4])(?:\s+((?:19|20)\d{2}))?)|quarter[-\s]?end|period[-\s]?end)\b/gi, produce: (m, c) =>
    m[1] ? { kind: 'period', period: endOf(quarter(year(m[2], c), Number(m[1]))), text: m[0] } : { kind: 'relative', shift: 'period_end', text: m[0] } },
  { name: 'this quarter', pattern: /\b(?:this|the current|the latest|the most recent|latest|current|the reported|this reporting)\s+(?:quarter|period)\b/gi, produce: (m) => ({ kind: 'relative', shift: 'current', text: m[0] }) },
  { name: 'prior quarter', pattern: /\b(?:(?:the\s+)?(?:prior|previous|preceding|last|sequential)\s+quarter(?:'s)?|a quarter (?:ago|earlier)|quarter before)\b/gi, produce: (m) => ({ kind: 'relative', shift: 'prior_quarter', text: m[0] }) },
  { name: 'a year ago', pattern: /\b(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+prior|the\s+previous|a)\s+year|(?:the\s+)?(?:prior|previous|last)[-\s]year(?:\s+(?:quarter|period))?|year[-\s]ago(?:\s+(?:quarter|period))?)\b/gi, produce: (m) => ({ kind: 'relative', shift: 'year_ago', text: m[0] }) },
  { name: 'half year: H1 2024, first half of 2024, six months ended June 30, 2024', pattern: /\b(?:h([12])|([12])h|(first|second) half(?: of)?|(?:six|6)[- ]months?(?: ended (?:june|jun\.?) 30,?)?|half[- ]year)\s*(?:fy\s*)?'?((?:19|20)\d{2}|\d{2})?\b/gi, produce: (m, c) => {
    const second = m[1] === '2' || m[2] === '2' || /second/i.test(m[3] ?? '');
    return span(second ? 12 : 6, 6, m[4], c, m[0]);
  } },
  { name: 'nine months: nine months ended September 30, 2024, 9M24', pattern: /\b(?:nine|9)[- ]?m(?:onths?)?(?: ended (?:september|sept?\.?) 30,?)?\s*'?((?:19|20)\d{2}|\d{2})?\b/gi, produce: (m, c) => span(9, 9, m[1], c, m[0]) },
  { name: 'full year: FY2023, full year 2023, fiscal 2023, the year ended December 31, 2023', pattern: /\b(?:fy\s*'?((?:19|20)\d{2}|\d{2})|(?:full|whole|fiscal)[- ]year(?:\s+((?:19|20)\d{2}))?|fiscal\s+((?:19|20)\d{2})|(?:the\s+)?(?:twelve|12) months(?: ended (?:december|dec\.?) 31,?)?(?:\s+((?:19|20)\d{2}))?|year ended (?:december|dec\.?) 31,?\s+((?:19|20)\d{2}))\b/gi, produce: (m, c) => span(12, 12, m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5], c, m[0]) },
  { name: 'year to date: YTD, year-to-date', pattern: /\b(?:year[-\s]to[-\s]date|ytd)\b/gi, produce: (m, c) => {
    const end = c.kind === 'duration' ? c.end : c.date;
    return { kind: 'period', period: { kind: 'duration', end, months: Number(end.slice(5, 7)) }, text: m[0] };
  } },
  { name: 'trailing twelve months', pattern: /\b(?:ttm|ltm|trailing(?: twelve| 12)? months|last twelve months)\b/gi, produce: (m) => ({ kind: 'unsupported', reason: `the release does not report "${m[0]}" figures`, text: m[0] }) },
  { name: 'bare year: in 2023, net income 2021', pattern: /\b(?:(?:in|for|during|of)\s+)?((?:19|20)\d{2})\b(?!\s*(?:q[1-4]|quarter))/gi, produce: (m, c) => span(12, 12, m[1], c, m[0]) },
];

/** Every period the text names, left to right; overlapping matches keep the first rule's (rules are ordered). */
export function findPeriods(text: string, current: Period): PeriodRef[] {
  const taken: [number, number][] = [];
  const found: { at: number; ref: PeriodRef }[] = [];
  for (const rule of PERIOD_RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const ref = rule.produce(m as RegExpExecArray, current);
      if (!ref) continue;
      taken.push([start, end]);
      found.push({ at: start, ref });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.ref);
}

/** A relative reference made concrete against the period in context. */
export function resolveRef(ref: PeriodRef, anchor: Period): Period | null {
  if (ref.kind === 'period') return ref.period;
  if (ref.kind === 'unsupported') return null;
  switch (ref.shift) {
    case 'current':
      return anchor;
    case 'year_ago':
      return yearAgo(anchor);
    case 'prior_quarter':
      return anchor.kind === 'instant' ? endOf(priorQuarter(quarterOf(anchor))) : priorQuarter(anchor);
    case 'period_end':
      return endOf(anchor);
  }
}
