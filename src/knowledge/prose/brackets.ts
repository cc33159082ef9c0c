// A comparison in brackets labelled by its period ("(Q1 2025: $195.0 million)", "(prior year: 4.1%)", "(pcp: A$725.3m)")
// is the earlier figure of the one figure it follows, and only where it can be no other's: a single bracket after a
// list ("net income of $31.2 million, or $0.62 per diluted share, and revenue of $214.9 million (Q1 2025: $195.0
// million)") may be the list's head's or its last's, and one after a figure of another kind ("$0.80 per share (Q1
// 2025: $30.0 million)", "up 11.8% (prior year: $84.8 million)") is of neither.
import { currencyOf, type Unit } from '../fact.js';
import { tokens, type Token } from './mentions.js';

/** Whether a bracket's figure is of the kind of `unit`: a percent of a percent, an amount of an amount at a scale, a per-share figure of one. */
export function agrees(t: Token, unit: Unit): boolean {
  if (t.percent || unit.kind === 'percent') return t.percent && unit.kind === 'percent';
  if (unit.kind === 'money') return !!t.currency && t.currency === currencyOf(unit) && t.scale > 1 === unit.scale > 1;
  if (unit.kind === 'per_share') return (!t.currency || t.currency === currencyOf(unit)) && t.scale === 1;
  return !t.currency;
}

/**
 * Between a figure and its bracket, only its unit's or period's words ("$0.62 per diluted share (", "5.8% in the third
 * quarter of 2025 (", "... ended March 31, 2026 ("): no list comma, clause, change word or other figure of its kind.
 */
const DIRECTLY = /^[^;()]*\($/;
const CLAUSE_WORD = /,(?!\s*\d)|\b(?:and|or|while|but|with|compared|versus|vs|from|to|up|down|rose|fell|increased|decreased)\b/i;

/**
 * Whether the bracket (its text before the label, `pre`, after the last figure) follows that figure directly, and
 * that figure is the only one of its kind since the clause or the last bracket closed (`text` the sentence, `at`
 * where the bracket opens).
 */
export function followsAlone(text: string, at: number, pre: string, unit: Unit): boolean {
  const before = pre.slice(0, pre.lastIndexOf('(') + 1);
  if (!DIRECTLY.test(before) || CLAUSE_WORD.test(before) || tokens(before).some((x) => agrees(x, unit))) return false;
  const from = Math.max(text.lastIndexOf(')', at), text.lastIndexOf(';', at)) + 1;
  return tokens(text.slice(from, at)).filter((x) => agrees(x, unit)).length === 1;
}
