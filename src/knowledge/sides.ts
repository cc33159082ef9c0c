// The two sides of a line named for both ("Net income (loss)", "Other (income) expense, net"): a figure of
// one side is the other side's figure with its sign turned. Shared by the naming rules (a question may ask
// for either side) and the prose reader (a figure compared with, named for the other side).
import type { Decimal } from 'decimal.js';
import { similarity } from './labels.js';

/** Each side a label with a parenthesised opposite has: "income (loss)", "(income) expense", "gains (losses)". */
const OPPOSITE: Record<string, string[]> = {
  income: ['loss', 'expense'],
  earnings: ['loss'],
  profit: ['loss'],
  gain: ['loss'],
  gains: ['losses'],
  increase: ['decrease'],
  expense: ['income', 'benefit'],
  expenses: ['income'],
  provision: ['benefit'],
};

/** Whether two words are the two sides of one line. */
export const opposes = (a: string, b: string): boolean => (OPPOSITE[a.toLowerCase()] ?? []).includes(b.toLowerCase()) || (OPPOSITE[b.toLowerCase()] ?? []).includes(a.toLowerCase());

/** Sides a figure is said as the positive of: the other side's figure is its negative ("a net loss of $2.2 million" is net income of −2.2). */
const GAIN_SIDE = new Set(['income', 'earnings', 'profit', 'gain', 'gains', 'increase']);

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * How a compared figure named `named` (unnamed: undefined) stands to the line `line` it is compared with:
 * 'opposite' when `named` is `line` (its last words) with its gain side's word turned to the loss side ("GAAP net loss" of
 * "GAAP net income"); 'other' when it names another line, or the loss side's line turned to its gain
 * side (an income filed as a loss would read backwards); else 'same'.
 */
export function comparedAs(named: string | undefined, line: string): 'same' | 'opposite' | 'other' {
  if (!named) return 'same';
  // Against the line's last words: its label may lead with a heading ("Net income: GAAP net income").
  const a = wordsOf(named);
  const b = wordsOf(line).slice(-a.length);
  const apart = a.length === b.length ? a.flatMap((w, i) => (w === b[i] ? [] : [i])) : [];
  const at = apart.length === 1 && opposes(a[apart[0]!]!, b[apart[0]!]!) ? apart[0]! : -1;
  if (at >= 0) return GAIN_SIDE.has(b[at]!) ? 'opposite' : 'other';
  return similarity(named, line) < 0.5 ? 'other' : 'same';
}

/** Words naming a line's loss side: a sentence states its figure unsigned ("a net loss of $2.2 million"). */
const LOSS_SIDE = /\b(?:loss|losses|deficit)\b/i;

/**
 * The figure a sentence states, signed as the table prints its line: a loss stated unsigned ("net loss of
 * $2.2 million") filed under a line printed negative in every period ("Net loss (4,112)") is negative
 * there too, so that no change mixes the two signs. Any other figure as stated.
 */
export function signedAsTable<T extends { value: Decimal; role: string }>(f: T, label: string, printedNegative: boolean): T {
  return printedNegative && f.role !== 'change' && f.value.isPositive() && !f.value.isZero() && LOSS_SIDE.test(label) ? { ...f, value: f.value.negated() } : f;
}

/**
 * A profit-and-loss result named for its loss side alone ("Net loss", "Loss from operations", "Operating loss",
 * "Loss before income taxes", "Net loss per share, basic and diluted", "GAAP net loss"): every figure of it is
 * the size of a loss, however the release signs it. Not a charge that is a loss ("Credit losses", "Impairment
 * loss", "Loss on disposal"), nor a rate ("Loss ratio"), nor a line of both sides ("Net income (loss)").
 */
const LOSS_LINE = /^(?:(?:gaap|non-gaap|adjusted|reported|consolidated|total|basic and diluted|basic|diluted)\s+)*(?:net\s+|operating\s+|comprehensive\s+|pre-?tax\s+)?loss(?:\s+(?:from (?:continuing )?operations|before (?:income )?tax(?:es|ation)?|for the (?:period|quarter|year)|after (?:income )?tax(?:es|ation)?|attributable to [a-z ]+|per (?:common |ordinary )?(?:share|ads)\b.*))?(?:\s*\((?:gaap|non-gaap)\))?(?:,\s*(?:basic|diluted|basic and diluted))?$/i;

/** Whether a label names a loss-side result, read past a heading that leads it ("Net Loss: Net loss"). */
export const namesLoss = (label: string): boolean => LOSS_LINE.test(label.slice(label.lastIndexOf(':') + 1).trim());

/**
 * How a line's figures are signed when it is named for its loss side: 'negative' where the release prints
 * every figure in parentheses ("Net loss (13,900)"), 'positive' where it prints the loss's size ("Net loss
 * 13,900"); undefined where it prints both (a profit among losses, whose convention the figures do not settle).
 */
export function lossSigns(label: string, values: Decimal[]): 'negative' | 'positive' | undefined {
  if (!namesLoss(label) || !values.length) return undefined;
  if (values.every((v) => v.isNegative() || v.isZero())) return 'negative';
  return values.every((v) => !v.isNegative()) ? 'positive' : undefined;
}
