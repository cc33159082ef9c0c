// A period the prose names by its fiscal name ("(Q2 FY26 interim: ₹3.00)") is read from a calendar year's months, as a
// column so headed is: it is dated as the release dates its own periods (fiscal.ts datedName), never taken for the
// column ending on that calendar date (a March year's Q1 FY27 ends June 30, 2026, where "Q2 2026" would).
import { byMonths } from './columns.js';
import { periodMentions } from './period-grammar.js';
import { periodKey, type Period } from './period.js';

/** Whether `sentence` names `p` (as read from a calendar year) with "FY" or "F": "Q2 FY26", "2Q FY2026", "FY26 Q2", "Q2 F2027". */
export function fiscalNamed(p: Period, sentence: string): boolean {
  if (p.kind !== 'duration' || p.fiscal) return false;
  return periodMentions(sentence, p).some(({ ref }) => ref.kind === 'period' && /\bf(?:y|(?=['’]?\d))|\dfy/i.test(ref.text) && periodKey(ref.period) === periodKey(p));
}

/**
 * Whether `sentence` dates `p` by its months or its end ("the fourth quarter (January-March 2026)", "the quarter ended
 * March 31, 2026"): those months, whatever the fiscal calendar names them, never a fiscal name read from them.
 */
export function spanDated(p: Period, sentence: string): boolean {
  if (p.kind !== 'duration' || p.fiscal) return false;
  return periodMentions(sentence, p).some(({ ref }) => ref.kind === 'period' && (ref.dated || byMonths(ref)) && periodKey(ref.period) === periodKey(p));
}
