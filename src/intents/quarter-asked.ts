// A quarter asked ("total rev this qtr", "net income for the quarter", "last yr qtr") of a release that gives
// no quarter's figures (a nine-month, half-year or full-year report): the bot declines and names the spans the
// release gives. "This quarter" had been read as the release's own period, and the longer span answered.
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { PeriodRef } from '../knowledge/period-grammar.js';
import { periodEnd, periodLabel, type Period } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import { unknown } from './reply.js';

/** A period phrase that says quarter: "this quarter", "qtr", "Q3", "3Q", "quarterly". */
const QUARTER_WORD = /\b(?:quarters?|qtrs?|quarterly|q[1-4]|[1-4]q)\b/i;

const isQuarter = (p: Period) => p.kind === 'duration' && p.months === 3;

/** The spans a release's figures cover (its outlook's aside), latest first: "the 9 months ended December 31, 2026". */
function spans(kb: KnowledgeBase): string[] {
  const all = new Map(kb.facts.filter((f) => f.period.kind === 'duration' && f.role === 'value').map((f) => [periodLabel(f.period), f.period]));
  return [...all].sort((a, b) => periodEnd(b[1]).localeCompare(periodEnd(a[1]))).slice(0, 4).map(([label]) => label);
}

/** The decline for a quarter asked that resolves to a longer span, or for one relative to a release with no quarter at all; else null. */
export function quarterNotGiven(kb: KnowledgeBase, refs: PeriodRef[]): Answer | null {
  // (The facts are scanned only for a quarter word said of a relative period: this runs before every question.)
  const noQuarters = () => !kb.facts.some((f) => isQuarter(f.period));
  const longer = refs.find((r) => QUARTER_WORD.test(r.text) && ((r.kind === 'period' && r.period.kind === 'duration' && r.period.months > 3) || (r.kind === 'relative' && !isQuarter(kb.quarter) && noQuarters())));
  if (!longer) return null;
  return unknown(`You asked for a quarter ("${longer.text}"), but the release gives no quarter's figures: it gives ${spans(kb).join('; ')}. I don't give a longer span in its place.`, 'not-in-release');
}
