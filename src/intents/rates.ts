// A ratio a follow-up asks for by its word alone ("so the rate is?", "margin?"): the formula over the
// lines the thread just showed (knowledge/formulas.ts), or the printed line that states it.
import { formulaLines } from '../knowledge/formulas.js';
import type { Turn } from './context.js';
import type { Lexicon } from './lexicon.js';

/** The word of a ratio's name a follow-up says for it. */
export const RATE_WORD = /\b(?:rate|ratio|margin)\b/;

/** The ratio whose two lines the thread just `shown`, or whose numerator alone it showed and whose name's word `said` says, as a formula id. */
export function rateOf(lex: Lexicon, last: Turn, shown: string[], said: string): string | null {
  const of = (ids: string[]) => ids.some((id) => shown.includes(id));
  const formulas = [...formulaLines(lex.kb)];
  const both = shown.length === 2 ? formulas.find(([, x]) => of(x.numerator) && of(x.denominator)) : undefined;
  const word = RATE_WORD.exec(said)?.[0];
  const over = formulas.filter(([id, x]) => last.metrics.length === 1 && x.numerator.includes(last.metrics[0]!) && lex.matcher.label(`formula:${id}`).toLowerCase().endsWith(` ${word}`));
  const f = both ?? (over.length === 1 ? over[0] : undefined);
  return f ? (f[1].stated ?? `formula:${f[0]}`) : null;
}

/** Words asking for a ratio's amount rather than the ratio: "the amount?", "the dollar figure". */
export const AMOUNT_WORD = /\b(?:amount|(?:dollar|euro|pound|yen|yuan|rmb|usd|currency) (?:figure|number|value|terms))\b/;

/**
 * The line a ratio the thread just showed was computed from ("margin?" then "and last year, the amount?"):
 * the formula's numerator, the one the thread showed before if it did. None where the ratio has no
 * numerator line of its own (revenue less cost): that would be a figure the release does not print.
 */
export function numeratorOf(lex: Lexicon, last: Turn): string | null {
  if (last.metrics.length !== 1) return null;
  const id = last.metrics[0]!;
  const lines = [...formulaLines(lex.kb)].find(([f, x]) => id === `formula:${f}` || id === x.stated)?.[1];
  if (!lines?.numerator.length) return null;
  return lines.numerator.find((n) => last.earlier.includes(n)) ?? lines.numerator[0]!;
}
