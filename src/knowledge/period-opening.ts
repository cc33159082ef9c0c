// The opening of a span ("at the start of fiscal 2025", "the beginning of the half"): the balance it opened with,
// which is the closing balance of the span before it, a date the day before the span starts. Never the span's own
// close: "stores at the start of the year" answered with the year-end count is a wrong figure.
import { endOf, periodEnd, priorQuarter, quarterOf, shift, type Period } from './period.js';
import type { PeriodRef, Rule } from './period-grammar.js';
import { fiscalAnchor, ownSpanYearEnd, year } from './period-resolvers.js';
import { yearEnd } from './year-end.js';

const at = (period: Period, text: string): PeriodRef => ({ kind: 'period', period: endOf(period), text });
const none = (text: string, why: string): PeriodRef => ({ kind: 'unsupported', reason: `the release's opening balance for "${text}" ${why}`, text });

/** The quarter a period ends with: an issuer's own fiscal quarter, else the calendar quarter of its end. */
function lastQuarterOf(p: Period): Period | null {
  const { current } = fiscalAnchor(p);
  if (current.kind === 'duration' && current.months === 3) return current;
  const q = quarterOf(endOf(p));
  return q.kind === 'duration' && periodEnd(q) === periodEnd(p) ? q : null;
}

/** The opening of the release's own period (its span from the day after the span before it closed). */
export function openingOfOwn(c: Period, text: string): PeriodRef {
  if (c.kind !== 'duration') return none(text, 'is no date: its period is a balance date');
  return at(c.months === 3 ? priorQuarter(c) : shift(c, c.months), text);
}

/** The opening of the half the release's period closes or falls in: a half's own opening, a quarter's half's. */
export function openingOfHalf(c: Period, text: string): PeriodRef {
  if (c.kind === 'duration' && c.months === 6) return openingOfOwn(c, text);
  const q = c.kind === 'duration' && c.months === 3 ? lastQuarterOf(c) : null;
  if (!q || q.kind !== 'duration') return none(text, 'names no half of a release of this span');
  const n = q.fiscal?.quarter ?? Number(q.end.slice(5, 7)) / 3;
  return at(shift(q, 3 * (((n - 1) % 2) + 1)), text);
}

/** The end of the year before the one named (`named`, a fiscal year as the release's calendar dates it), or before the release's. */
export function openingOfYear(c: Period, named: number | undefined, text: string): PeriodRef {
  if (named === undefined) return { ...yearEnd('the prior fiscal year end', undefined, c), text };
  // (Said as a fiscal year, the issuer's own: "fiscal 2026" of a June year opened June 30, 2025, never December 31.)
  const fiscal = /\b(?:fiscal|financial|fy|f['’]?\d)/i.test(text);
  return { ...yearEnd(fiscal ? 'fiscal year end' : 'year end', String(named - 1), c), text };
}

/**
 * A period read after "the start of" made its opening: a year named (its fiscal year, or the calendar's), a quarter (the
 * one before's close); a half or nine months is opened by the year before's close where it runs from the year's start.
 */
export function openingOf(ref: PeriodRef, phrase: string, c: Period): PeriodRef {
  if (ref.kind !== 'period') return ref.kind === 'unsupported' ? ref : none(phrase, 'of a period relative to another is not read');
  const p = ref.period;
  if (p.kind !== 'duration') return none(phrase, 'is a date already');
  if (p.months === 12) return openingOfYear(c, p.fiscal?.year ?? year(periodEnd(p).slice(0, 4), c), phrase);
  if (p.months === 3) return at(priorQuarter(p), phrase);
  // A span other than a quarter or a year, named by the calendar in a release of another year: which one is not sure.
  if (!p.fiscal && !p.dated && (ownSpanYearEnd(c) || fiscalAnchor(c).f)) return none(phrase, 'of a half or nine months of its own year is not read');
  return at(shift(p, p.months), phrase);
}

/** "At the start of the quarter", "the beginning of the (fiscal) year", "start of the half": the release's own, opened. */
export const OPENING: Rule = { name: 'start of a period: at the beginning of the quarter, start of the year, start of the fiscal year, the beginning of the half (the balance the period opened with: the close of the one before)', pattern: /\b(?:at\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?(?:current\s+)?(?:(?:fiscal|financial)\s+)?(quarter|year|half(?:[- ]year)?)\b(?![-\s]+(?:ago|earlier|before|ended|to|\d))/gi, produce: (m, c) => {
  const unit = m[1]!.toLowerCase();
  if (unit === 'quarter') return at(priorQuarter(c.kind === 'duration' ? c : quarterOf(c)), m[0]);
  return unit === 'year' ? openingOfYear(c, undefined, m[0]) : openingOfHalf(c, m[0]);
} };
