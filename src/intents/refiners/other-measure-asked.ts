// A measure of a line other than the one printed under its name, asked by its word ("underlying EBITDA",
// "organic growth", "net cash"): answered only by a line that goes by that word, else declined (qualifiers.ts).
import type { Answer } from '../answer.js';
import { CONSTANT_CURRENCY } from '../../knowledge/currency-basis.js';
import { unknown } from '../reply.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { notGiven } from './qualifiers.js';

const flat = (t: string) => t.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** A basis a line's label may be measured on, and the words (short forms too) a question says it by. */
export const BASES: { name: string; label: RegExp; said: RegExp }[] = [
  { name: 'like-for-like', label: / like for like /, said: /\b(?:like[- ]for[- ]like|lfl)\b/i },
  { name: 'comparable', label: / comparable /, said: /\b(?:comparable|comps?|same[- ]stores?|sss)\b/i },
  { name: 'organic', label: / organic(?:ally)? /, said: /\borganic(?:ally)?\b/i },
  { name: 'constant-currency', label: new RegExp(CONSTANT_CURRENCY.source), said: CONSTANT_CURRENCY },
  { name: 'pro forma', label: / pro forma /, said: /\bpro[- ]forma\b/i },
];

/**
 * Said the other way: a name without a basis whose every fitting line goes by one ("Clothing & Home sales" where
 * the release states only "Clothing & Home like-for-like sales"): that measure is not the one asked.
 */
function basisUnsaid(lex: Lexicon, intent: Intent, lines: MetricMatch[]): Answer | null {
  const labels = lines.flatMap((m) => m.ids.map((id) => lex.matcher.label(id)));
  const asked = intent.text.slice(lines[0]!.start, lines[0]!.end).trim();
  // (Only where the name says the measure the basis qualifies, "sales" of "like-for-like sales": a part named alone,
  // "and clothing & home?", takes the measure its thread asked.)
  const measured = (b: (typeof BASES)[number], l: string) => ` ${flat(l)} `.split(b.label)[1]!.trim().split(' ').some((w) => w && ` ${flat(asked)} `.includes(` ${w} `));
  const basis = BASES.find((b) => labels.every((l) => b.label.test(` ${flat(l)} `) && measured(b, l)) && !b.said.test(intent.bare));
  return basis ? unknown(`The release gives ${labels[0]} only on a ${basis.name} basis, not "${asked}" as asked. Say "${basis.name}" to have it.`) : null;
}

/** Words for another measure of a line than the one printed under its name (not "the comparable quarter": a period). */
// ("Net cash" is cash less debt, never the cash balance; "net cash from operations" is a flow's own name.)
// (Which payment of the year a dividend is, "interim", "final", "special", is another payment than one of another kind.)
const OTHER_MEASURE = new RegExp(String.raw`\b(?:(?:interim|final|special)(?=\s+(?:cash\s+|ordinary\s+)?(?:dividends?|dps|distributions?)\b)|comparable|like[- ]for[- ]like|underlying|organic|normali[sz]ed|pro[- ]forma|${CONSTANT_CURRENCY.source}|taxable[- ]equivalent|net(?=\s+cash\b(?!\s+(?:flows?|from|provided|used|generated|spent|paid|received|operating|investing|financing|(?:in|by|for)\s+(?:\w+\s+)?activities)\b)))\b(?!\s+(?:period|quarter|year|months?|weeks?)\b)`);

/**
 * A word that makes another measure of a line ("comparable", "like-for-like", "underlying", "organic",
 * "pro forma", "on a taxable-equivalent basis", "at CER") that no line answered goes by: the release doesn't give
 * that measure, and its base line is not it (some of these words are cues or filler, and would go unasked).
 */
export function otherMeasure(lex: Lexicon, intent: Intent, lines: MetricMatch[]): Answer | null {
  const said = OTHER_MEASURE.exec(intent.bare);
  if (!lines.length) return null;
  if (!said) return basisUnsaid(lex, intent, lines);
  const asked = flat(said[0]);
  // (A basis goes by any of its names: "at CER" is answered by a line "in constant currency".)
  const goes = (label: string) => (CONSTANT_CURRENCY.test(said[0]) ? CONSTANT_CURRENCY.test(label) : ` ${flat(label)} `.includes(` ${asked} `));
  const goesBy = lines.some((m) => m.ids.some((id) => goes(lex.matcher.label(id))));
  return goesBy ? null : notGiven(lex, `${said[0]} ${lines[0]!.name}`);
}
