// The price of a buyback asked beside its size ("size and price?"): the plan's price per share where a figure
// says it, else the plan's sentence that prints it, else said to be missing, never left out (buyback.ts).
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { linesOf, type Reply } from '../reply.js';

/** An amount a share in a sentence: "at Rs. 1,900 per share", "€52 per ordinary share". */
const PER_SHARE = /\d[\d,]*(?:\.\d+)?\s*(?:per|a|each)\s+(?:(?:equity|ordinary|common)\s+)?(?:shares?|ads)\b/i;

/** A plan's price: a figure per share, or one its label names a price ("average price paid"). */
export const isPrice = (f: Fact) => f.unit.kind === 'per_share' || /\bprice\b/i.test(f.label);

/** The price where no figure of the plan gives it: the plan's sentence that prints one, or that none does. */
export function priceInWords(reply: Reply, sentences: TextFact[]): void {
  const said = sentences.find((t) => PER_SHARE.test(t.text));
  if (said) reply.cite(said).say(`The plan's price, in the release's words: “${said.text}” (${linesOf(said)})`);
  else reply.say('The release gives no price per share for the plan.');
}
