// The negation recogniser: a qualifier the question rules out ("per ordinary share, not ADS", "net
// income, not the non-GAAP one", "basic rather than diluted"). The negated words are taken out of the
// question before names are matched (they must not qualify a name), and every line whose name holds one
// of them is ruled out after (a line named only by them is declined, never answered).
import { tokens } from '../text.js';

export interface NegationRule {
  name: string;
  /** Group 1: the word ruled out. */
  pattern: RegExp;
}

// (A preposition after "not" takes a part out of a line, "balance not under X": expressions.ts's exclusion.)
export const NEGATION_RULES: NegationRule[] = [
  { name: 'not X, but not X', pattern: /\b(?:but\s+)?not\s+(?!(?:under|through|via)\b)(?:the\s+|an?\s+|per\s+|on\s+an?\s+|in\s+)*(non-gaap|[a-z0-9&]+)(?:[\s-]+(?:one|ones|version|figure|number|line|basis|terms))?\b/g },
  { name: 'rather than X, instead of X, as opposed to X', pattern: /\b(?:rather than|instead of|as opposed to)\s+(?:the\s+|an?\s+|per\s+)*(non-gaap|[a-z0-9&]+)(?:[\s-]+(?:one|ones|version|figure|number|line|basis))?\b/g },
];

export interface Negation {
  start: number;
  end: number;
  /** The word ruled out, as the tokeniser reads it ("ads", "non-gaap"). */
  word: string;
}

/** The negations of a (normalised) text whose word `qualifies` says is a name's or modifier's word ("not grow" is none). */
export function negationsOf(text: string, qualifies: (word: string) => boolean): Negation[] {
  return NEGATION_RULES.flatMap((r) => [...text.matchAll(r.pattern)])
    .filter((m) => qualifies(m[1]!))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[1]! }));
}

/** Whether a line's label holds a word ruled out. */
export function ruledOut(label: string, negations: Negation[]): boolean {
  const words = new Set(tokens(label.toLowerCase()).map((t) => t.word));
  return negations.some((n) => words.has(n.word) || words.has(n.word.replace(/s$/, '')));
}
