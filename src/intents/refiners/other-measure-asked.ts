// A measure of a line other than the one printed under its name, asked by its word ("underlying EBITDA",
// "organic growth", "net cash"): answered only by a line that goes by that word, else declined (qualifiers.ts).
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { notGiven } from './qualifiers.js';

/** Words for another measure of a line than the one printed under its name (not "the comparable quarter": a period). */
// ("Net cash" is cash less debt, never the cash balance; "net cash from operations" is a flow's own name.)
const OTHER_MEASURE = /\b(?:comparable|like[- ]for[- ]like|underlying|organic|normali[sz]ed|pro[- ]forma|constant[- ]currency|taxable[- ]equivalent|net(?=\s+cash\b(?!\s+(?:flows?|from|provided|used|generated|spent|paid|received|operating|investing|financing|(?:in|by|for)\s+(?:\w+\s+)?activities)\b)))\b(?!\s+(?:period|quarter|year|months?|weeks?)\b)/;

/**
 * A word that makes another measure of a line ("comparable", "like-for-like", "underlying", "organic",
 * "pro forma", "on a taxable-equivalent basis") that no line answered goes by: the release doesn't give
 * that measure, and its base line is not it (some of these words are cues or filler, and would go unasked).
 */
export function otherMeasure(lex: Lexicon, intent: Intent, lines: MetricMatch[]): Answer | null {
  const said = OTHER_MEASURE.exec(intent.bare);
  if (!said || !lines.length) return null;
  const flat = (t: string) => t.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  const asked = flat(said[0]);
  const goesBy = lines.some((m) => m.ids.some((id) => ` ${flat(lex.matcher.label(id))} `.includes(` ${asked} `)));
  return goesBy ? null : notGiven(lex, `${said[0]} ${lines[0]!.name}`);
}
