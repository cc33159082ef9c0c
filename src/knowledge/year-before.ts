// A span of the year before the release's, named by its place in that year ("the first half of the previous fiscal year",
// "the nine months of last year"): one period, never the span of this year beside the whole of last year, which a
// change between unlike spans declines. The year before is the issuer's own: of an April–March issuer whose release is a
// half to September 30, 2026 with no fiscal names, "the first half of last year" ended September 30, 2025, never June 30.
import { yearAgo } from './period.js';
import type { Rule } from './period-grammar.js';
import { fiscalAnchor, fiscalTo, ownSpanYearEnd, ownYear, span, year } from './period-resolvers.js';

export const YEAR_BEFORE_SPAN: Rule = { name: 'span of the year before: the first half of the previous fiscal year, the second half of the prior year, the (first) nine months of last year', pattern: /\b(?:the\s+)?(?:(first|second|1st|2nd)[- ]half|(?:first\s+)?(?<![$\d.,])(?:nine|9)[- ]?m(?:onths?|os?)?)\s+of\s+(?:the\s+)?(?:previous|prior|last|preceding)\s+(?:fiscal\s+|financial\s+)?year\b/gi, produce: (m, c) => {
  const [months, second] = [m[1] ? 6 : 9, /second|2nd/i.test(m[1] ?? '')];
  const endMonth = second ? 12 : months;
  const { f } = fiscalAnchor(c);
  const before = (ownYear(f) ? f.year : year(undefined, c)) - 1;
  const own = ownYear(f) ? fiscalTo(endMonth / 3, months, before, c) : null;
  if (own) return { kind: 'period', period: own, text: m[0] };
  // (A release of its own year's span with no fiscal names: that span's latest, a year back.)
  if (ownSpanYearEnd(c)) {
    const latest = span(endMonth, months, undefined, c, m[0]);
    return latest.kind === 'period' ? { ...latest, period: yearAgo(latest.period) } : null;
  }
  return span(endMonth, months, String(before), c, m[0]);
} };
