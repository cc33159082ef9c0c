// A figure set alone in brackets beside a guided range: what the release says its brackets hold decides what it is.
import type { Token } from './mentions.js';

/** A release's note that the outlook it replaced stands in brackets ("(previous forecast in brackets)", "prior guidance shown in parentheses"). */
export const EARLIER_IN_BRACKETS = /\b(?:previous|prior|earlier|original|last)\s+(?:forecasts?|guidance|outlook|targets?)\s+(?:(?:is|are)\s+)?(?:(?:shown|given|stated|presented)\s+)?in\s+(?:brackets|parentheses)\b/i;

/**
 * A figure or range alone in brackets right after another ("EUR 5,600 - 5,800 million (EUR 5,400 - 5,700 million)"):
 * of another time, never a second range of the line; the earlier outlook where the release says that stands in brackets.
 */
export function bracketedBeside(text: string, t: Token, end: Token, prev: Token | undefined, earlierBracketed: boolean): string | null {
  if (!prev || !/^\s*\(\s*$/.test(text.slice(prev.end, t.start)) || !/^\s*\)/.test(text.slice(end.end))) return null;
  return earlierBracketed ? 'the earlier outlook a revision replaces: kept as a statement' : 'a bracketed figure beside guidance, of a time the release does not say: kept as a statement';
}
