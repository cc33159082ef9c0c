// Parts of a buyback asked beside another (buyback.ts): the price beside its size ("size and price?") or what is
// left or used, the plan's price per share where a figure says it, else the plan's sentence that prints it; the
// count bought beside what is left. Each part asked is given or said to be missing, never left out.
import type { Fact, TextFact } from '../../knowledge/fact.js';
import type { Ask } from '../frame.js';
import { figure, when } from '../format.js';
import { linesOf, title, type Reply } from '../reply.js';
import { labelOf } from './plan-years.js';

/** An amount a share in a sentence: "at Rs. 1,900 per share", "€52 per ordinary share". */
const PER_SHARE = /\d[\d,]*(?:\.\d+)?\s*(?:per|a|each)\s+(?:(?:equity|ordinary|common)\s+)?(?:shares?|ads)\b/i;

/** A plan's price: a figure per share, or one its label names a price ("average price paid"). */
export const isPrice = (f: Fact) => f.unit.kind === 'per_share' || /\bprice\b/i.test(f.label);

/** The price asked beside another part: each price figure not shown yet, else in the plan's words, else said to be missing. */
export function priceBeside(ask: Ask, reply: Reply, plans: Fact[], sentences: TextFact[], shown = new Set<Fact>()): Reply {
  if (!ask.modifiers.has('price')) return reply;
  const priced = plans.filter(isPrice);
  for (const f of priced.filter((p) => !shown.has(p))) reply.cite(f).say(`${title(labelOf(ask, f))}: ${figure(f)}`);
  if (!priced.length) priceInWords(reply, sentences);
  return reply;
}

/** The count bought and the price, each where asked beside what is left or used. */
export function partsBeside(ask: Ask, reply: Reply, plans: Fact[], sentences: TextFact[], bought: Fact[]): Reply {
  if (ask.modifiers.has('count-bought')) {
    for (const f of bought) reply.cite(f).say(`${title(labelOf(ask, f))}: ${figure(f)} (${when(f)})`);
    if (!bought.length) reply.say('The release gives no count of shares bought under the plan.');
  }
  return priceBeside(ask, reply, plans, sentences);
}

/** The price where no figure of the plan gives it: the plan's sentence that prints one, or that none does. */
function priceInWords(reply: Reply, sentences: TextFact[]): void {
  const said = sentences.find((t) => PER_SHARE.test(t.text));
  if (said) reply.cite(said).say(`The plan's price, in the release's words: “${said.text}” (${linesOf(said)})`);
  else reply.say('The release gives no price per share for the plan.');
}
