// A balance date named with its year in words after it: "end of Q1 last year", "end of March of the prior year",
// "March 31 last year", "at the end of the first quarter a year ago". One date of that year: read apart, the date alone
// was this year's (March 31, 2024) and "last year" a whole year beside it, so a year-ago balance was answered with this
// year's, or read as a change from December.
import { endOf, monthNumber, yearAgo, type Period } from './period.js';
import type { PeriodRef, Rule } from './period-grammar.js';
import { latest, latestDate, latestMonthEnd, MONTH, ORD, ownMonthEnd, quarterOfYear, year } from './period-resolvers.js';

const QUARTER = String.raw`(?:q(?<qn>[1-4])|(?<nq>[1-4])q|(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter)`;
const DATE = String.raw`(?:end(?:\s+of\s+|[-\s]+)(?:the\s+)?(?:${QUARTER}|(?<endOf>${MONTH}))|(?<monthEnd>${MONTH})[-\s]end|(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)`;
/** The year said after the date: "last year", "of the prior fiscal year", "this year"; or "a year ago": the date's latest, a year back. */
const OF_YEAR = String.raw`,?\s+(?:(?:of\s+)?(?:the\s+)?(?:(?<before>last|prior|previous)|(?<this>this|current))\s+(?:fiscal\s+|financial\s+)?year\b(?!['’]s)|(?:a|one)\s+year\s+(?:ago|earlier|before)\b)`;

export const DATE_OF_YEAR_NAMED: Rule = {
  name: 'date of a year said in words: end of Q1 last year, the end of the first quarter of the prior year, end of March last year, March-end last year, March 31 last year, end of Q1 a year ago (that year\'s date)',
  pattern: new RegExp(String.raw`\b(?:(?:at|as\s+of|on)\s+)?(?:the\s+)?${DATE}${OF_YEAR}`, 'gi'),
  produce: (m, c) => {
    const g = m.groups!;
    const back = g.this ? 0 : 1;
    const ago = !g.before && !g.this;
    const n = Number(g.qn ?? g.nq ?? 0) || (g.ord ? ORD[g.ord.toLowerCase()]! : 0);
    const text = m[0];
    if (n) return { kind: 'period', period: endOf(ago ? yearAgo((latest(n, c, text) as { period: Period }).period) : quarterOfYear(n, back, c)), text };
    const month = monthNumber((g.endOf ?? g.monthEnd ?? g.month)!.replace(/\.$/, ''));
    // (A year ago: the date's latest up to the release, a year back; else that date of the year said.)
    const latestYear = () => Number((g.day ? latestDate(month, Number(g.day), undefined, c) : periodEndOf(latestMonthEnd(month, c, text)))?.slice(0, 4));
    const y = ago ? latestYear() - 1 : year(undefined, c) - back;
    if (!g.day) return ownMonthEnd(month, y, c, text);
    const date = latestDate(month, Number(g.day), String(y), c);
    return date ? { kind: 'period', period: { kind: 'instant', date }, text } : null;
  },
};

const periodEndOf = (ref: PeriodRef): string | undefined => (ref.kind === 'period' && ref.period.kind === 'instant' ? ref.period.date : undefined);
