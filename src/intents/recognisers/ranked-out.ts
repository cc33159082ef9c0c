// What a ranking leaves out. Its subtotals ("largest revenue line (not the segment totals)", "biggest cost item
// excluding subtotals"): a ranking of a total's lines ranks the lines that add up to it at the finest level,
// never a subtotal, so these words ask what it does already; they are set aside before cues are read ("segment"
// inside them asks no breakdown by segment). A line named after an exclusion word ("largest revenue line other
// than financing income") is left out of the ranking (handlers/compare.ts), never added up or subtracted.
import { EXCLUDE, EXCLUSION_WORDS } from './expressions.js';
import type { Negation } from './negation.js';
import { RANKING } from './operations.js';

/** Words ruling out the subtotals, after "not", "excluding", "ex", "other than" ... */
const SUBTOTALS_OUT = new RegExp(`\\(?(?<![\\w-])(?:${EXCLUSION_WORDS}|not(?:\\s+(?:including|incl\\.?))?)\\s+(?:the\\s+|any\\s+)?(?:(?:segment|sub)[\\s-]?totals?|segments?|totals?)(?:\\s+lines?)?\\b\\)?`, 'g');

/** Whether the question ranks lines ("which" alone only chooses between the lines named). */
export const ranks = (text: string) => RANKING.test(text.replace(/\bwhich\b/g, ''));

/** "Not" before the words a negation rules out: "not", "but not", "not counting", "not including". */
const NOT = /^(?:but\s+)?not(?:\s+(?:counting|including))?(?=\s)/;

/**
 * A ranking's "not X" said as "excluding X": in "largest revenue line, not financing income" the line is left
 * out of the lines ranked, never a qualifier taken off the names (which would rank it all the same).
 */
export function notAsExclusion(text: string, negations: Negation[]): string {
  if (!ranks(text)) return text;
  return [...negations].reverse().reduce((t, n) => (NOT.test(t.slice(n.start)) ? t.slice(0, n.start) + t.slice(n.start).replace(NOT, 'excluding') : t), text);
}

/** The spans of a ranking question that rule its subtotals out. */
export function subtotalsOut(text: string): { start: number; end: number }[] {
  return ranks(text) ? [...text.matchAll(SUBTOTALS_OUT)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : [];
}

/**
 * "largest revenue line other than financing income", "smallest opex line (excluding provisions)": a ranking with a
 * line, or a family's lines (signed excluded by the terms), named after an exclusion word. Read as a sum, the
 * family word made it the whole less those lines: one figure where the smallest line was asked.
 */
export const rankedWithout = (text: string, names: { end: number }[], signs?: ReadonlyMap<string, string>) =>
  names.length >= 1 && (names.length >= 2 || [...(signs?.values() ?? [])].includes('excluded')) && ranks(text) && EXCLUDE.test(text.slice(names[0]!.end));
