// When the company next reports: the release's own sentence giving a later results date ("9M 2026 results:
// 6 November 2026", "We will report fourth-quarter trading on 16 April 2027"), quoted; else a decline naming
// what is missing. A date the release prints for these results (its own date, its call) is no next date.
import type { TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { periodEnd } from '../../knowledge/period.js';
import { findPeriods } from '../../knowledge/period-grammar.js';
import type { Answer } from '../answer.js';
import { Reply, unknown } from '../reply.js';
import { eachOnce, quoteInto } from './quoted.js';

/**
 * A sentence saying when results are to come: in the future tense ("we will report ... on"), or as a calendar
 * entry ("9M 2026 results: 6 November 2026"). A date beside results in the past tense is these results' own.
 */
const NEXT_SAID = /\bwill\s+(?:report|publish|announce|release|present)\b|\b(?:will|to)\s+be\s+(?:published|released|reported|announced|presented)\b|\b(?:results|report|earnings|trading update|trading statement)\s*[:\u2013\u2014]\s*(?:\w+\.?\s+)?\d|\b(?:results|earnings|report)\b[^.]*\bscheduled\s+(?:for|on)\b/i;
/** Words of the present release's own event: published "today", its call or webcast. */
const THIS_RELEASE = /\b(?:today|conference call|call|webcast|dial[- ]in)\b/i;

/** The sentences giving a results date after the release's own period. */
function nextDates(kb: KnowledgeBase): TextFact[] {
  const end = periodEnd(kb.quarter);
  const later = (t: TextFact) => findPeriods(t.text, kb.quarter).some((p) => p.kind === 'period' && p.period.kind === 'instant' && p.period.date > end);
  return kb.texts.filter((t) => NEXT_SAID.test(t.text) && !THIS_RELEASE.test(t.text) && later(t));
}

/** The release's words on the date of its next results, or a decline saying it gives none. */
export function nextResults(kb: KnowledgeBase): Answer {
  const said = eachOnce(nextDates(kb)).slice(0, 2);
  if (!said.length) return unknown("The release gives no date for the company's next results, so I give none (a figure such as net income would not answer when they report).");
  return quoteInto(new Reply(kb), "The release's words on its next results:", said).answer();
}
