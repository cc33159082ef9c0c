// The sign a guided figure is printed with: "+3.5% to +4.0%", "−1% to +1%" (a minus sign, U+2212), "(2)% to 1%"
// (accounting brackets). The figure reader reads none of these, so a range printed with signs had its high end
// cut off ("to +" joins no range) and a negative low end read as positive. Each rule is named and pinned by
// test/corpus/signed-figures.jsonl; a figure no rule signs is as the reader read it.
import type { Token } from './mentions.js';

/** What a rule makes of a figure: the sign it reads (1 or -1) and how far the figure now spans. */
interface Signed { sign: 1 | -1; start: number; end: number; percent?: true }

interface SignRule { name: string; read: (text: string, t: Token) => Signed | null }

/** A dash or "to" joining a range's ends, right after a bracketed figure: the brackets are its sign, never an aside. */
const JOIN_AFTER = /^\)\s*(?:to|-|–|—)\s*[-−+(]?\s*[$€£¥₹]?\d/i;

export const SIGN_RULES: SignRule[] = [
  { name: 'a plus sign before the figure', read: (text, t) => (text[t.start - 1] === '+' && text[t.start - 2] !== '/' ? { sign: 1, start: t.start - 1, end: t.end } : null) },
  { name: 'a minus sign before the figure', read: (text, t) => (text[t.start - 1] === '−' ? { sign: -1, start: t.start - 1, end: t.end } : null) },
  // "(2)%": the percent sign outside the brackets says the bracketed number is a negative rate.
  { name: 'a bracketed number with its percent sign after', read: (text, t) => (!t.percent && text[t.start - 1] === '(' && /^\)\s?%/.test(text.slice(t.end)) ? { sign: -1, start: t.start - 1, end: t.end + (/^\)\s?%/.exec(text.slice(t.end))![0].length), percent: true } : null) },
  // "(2%) to 1%", "($5) to $10": bracketed and joined to a range's other end; "5% (2% organic)" is an aside.
  { name: 'a bracketed figure joined to a range', read: (text, t) => (text[t.start - 1] === '(' && JOIN_AFTER.test(text.slice(t.end)) ? { sign: -1, start: t.start - 1, end: t.end + 1 } : null) },
];

/** The rule that signs figure `t` of `text`, if any. */
export function signRule(text: string, t: Token): { name: string; signed: Signed } | null {
  for (const r of SIGN_RULES) {
    const signed = r.read(text, t);
    if (signed) return { name: r.name, signed };
  }
  return null;
}

/** The figure with the sign it is printed with, spanning it; a figure read negative already ("-1%") is left so. */
export function withSign(text: string, t: Token): Token {
  const found = signRule(text, t);
  if (!found || t.value.isNegative()) return t;
  const { sign, start, end, percent } = found.signed;
  return { ...t, start, end, text: text.slice(start, end), value: sign < 0 ? t.value.negated() : t.value, ...(percent ? { percent } : {}) };
}
