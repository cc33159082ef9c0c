// Parts of a buyback asked beside another (buyback.ts): the price beside its size ("size and price?") or what is
// left or used, the plan's price per share where a figure says it, else the plan's sentence that prints it, else
// worked out from the amount and the count bought for it; the count bought beside what is left. Each part asked
// is given or said to be missing, never left out.
import type { Decimal } from 'decimal.js';
import { amount, type Fact, type TextFact } from '../../knowledge/fact.js';
import { halfUnit } from '../../knowledge/release.js';
import { periodKey } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';
import { literal } from '../../knowledge/literal.js';
import { figure, raw, when } from '../format.js';
import { asSaid, title, type Reply } from '../reply.js';
import { labelOf } from './plan-years.js';
import { holds } from './buyback-roles.js';
import { commaGrouped } from './buyback-words.js';

/** An amount a share in a sentence: "at Rs. 1,900 per share", "€52 per ordinary share", "(average price €35,31)". */
const PER_SHARE = /\d[\d,]*(?:\.\d+)?\s*(?:per|a|each)\s+(?:(?:equity|ordinary|common)\s+)?(?:shares?|ads)\b|\baverage (?:purchase |repurchase )?price(?: paid)?(?: of| was)?\s*[:(]?\s*\D{0,4}\d/i;

/** The words naming a total before its amount: "a total consideration of", "an aggregate cost of approximately". */
const TOTAL_OF = String.raw`(?:an?\s+)?(?:(?:total|aggregate)\s+)?(?:(?:cost|amount|consideration|purchase price)\s+)?(?:of\s+)?(?:(?:approximately|about|around|nearly)\s+)?`;

/** A sentence saying what was bought for how much ("had repurchased 2.3 million ADSs for US$18.4 million", "had acquired 0.9 million treasury shares for ¥2,700 million"). */
export const BOUGHT_FOR = /\b(?:(?:re)?purchased|acquired|bought)\b.*\bfor\b/i;

/** A plan's price: a figure per share, or one its label names a price ("average price paid"). */
export const isPrice = (f: Fact) => f.unit.kind === 'per_share' || /\bprice\b/i.test(f.label);

/** A plan's figures and sentences, and of them the counts bought. */
export interface PlanParts {
  plans: Fact[];
  sentences: TextFact[];
  bought: Fact[];
  /** The amounts bought back for (spent under the plan). */
  spent: Fact[];
  /** The plan's figures the question names. */
  named?: Fact[];
}

/**
 * The price asked beside another part: each price figure not shown yet, else in the plan's words, else worked
 * out from the amount spent and the count bought that one sentence gives, else said to be missing.
 */
export function priceBeside(ask: Ask, reply: Reply, parts: PlanParts, shown = new Set<Fact>()): Reply {
  if (!ask.modifiers.has('price')) return reply;
  const priced = parts.plans.filter(isPrice);
  for (const f of priced.filter((p) => !shown.has(p))) reply.cite(f).say(`${title(labelOf(ask, f))}: ${figure(f)}`);
  const worked = workedPair(parts);
  if (!priced.length && !priceInWords(reply, parts.sentences, worked) && !workedOut(reply, worked)) reply.say('The release gives no price per share for the plan.');
  return reply;
}

/**
 * A plan's amount where its size is shown in shares only and its sentence caps the money too, after the count
 * ("repurchase up to 3.0 million shares ... for a total of up to ¥15.0 billion", "up to 8.0 million shares ... or up
 * to ¥30.0 bn"): that amount is the plan's as much as the count, so it is given in the release's words, never left
 * out. (Another plan's "up to £150m" beside a count bought under the last one is no cap of that count.)
 */
const CAPPED = /\b(?:total|aggregate)\s+(?:(?:amount|value|cost|price)\s+)?of\s+up\s+to\s+\D{0,4}\d|\bup\s+to\s+\D{0,4}\d[\d,.]*\s*(?:thousand|million|billion|bn|m)?\s+in\s+(?:total|aggregate)\b|\bup\s+to\s+\d[\d,.]*\s*(?:million\s+|m\s+)?(?:shares|ADSs)\b(?:[^.;]|\.\d)*?\bup\s+to\s+(?:(?:[A-Z]{1,3})?[$€£¥]\s?\d|\d[\d,.]*\s*(?:thousand|million|billion|bn)?\s*(?:yen|euros?|dollars?|pounds?)\b)/i;

export function amountBeside(ask: Ask, reply: Reply, parts: PlanParts, shown: Fact[]): Reply {
  const counts = shown.filter((f) => f.unit.kind === 'count');
  if (!counts.length || shown.some((f) => f.unit.kind === 'money')) return reply;
  const onLine = (t: TextFact) => counts.some((f) => t.citation.line === f.citation.line || t.continued?.some((c) => c.line === f.citation.line));
  const sized = counts.filter((f) => f.unit.kind === 'count' && /\bshares?\b|\bads/i.test(f.unit.noun));
  const said = sized.length ? parts.sentences.find((t) => CAPPED.test(t.text) && onLine(t)) : undefined;
  if (said) return reply.cite(said).say(`The plan's amount, in the release's words: ${asSaid(said)}`);
  return AMOUNT_ASKED.some((m) => ask.modifiers.has(m)) ? amountPaid(reply, parts.sentences.filter(onLine)) : reply;
}

/** Words asking the amount beside a count bought ("... and for how much", "how much stock did they buy"). */
const AMOUNT_ASKED = ['and-amount', 'amount-asked', 'amount-bought'] as const;

/**
 * The amount asked beside a count that no figure read gives: the count's sentence saying what it was bought
 * for, else said to be missing, so the count never stands as the whole answer.
 */
function amountPaid(reply: Reply, sentences: TextFact[]): Reply {
  const said = sentences.find((t) => BOUGHT_FOR.test(t.text));
  if (said) return reply.cite(said).say(`The amount paid, in the release's words: ${asSaid(said)}`);
  return reply.say('The release gives no amount paid for the count bought back, so I give the count alone.');
}

/** The amount and count bought and the price, each where asked beside what is left or used. */
export function partsBeside(ask: Ask, reply: Reply, whole: PlanParts): Reply {
  const parts = ofPeriodAsked(ask, whole);
  // ("How much did they buy back, and what's left?": the amount bought is a part of its own, never left out.)
  if (ask.modifiers.has('amount-bought') && ask.modifiers.has('remaining')) {
    // (Named for what it is: a plan's "total amount" spent is never its size.)
    for (const f of parts.spent) reply.cite(f).say(`${title(labelOf(ask, f))} (the amount spent under the plan): ${figure(f)} (${when(f)})`);
    // (An amount the release prints only inside the sentence of what was bought, "... for a total of $16.0 million", in its words.)
    const said = parts.spent.length ? undefined : parts.sentences.find((t) => BOUGHT_FOR.test(t.text));
    if (said) reply.cite(said).say(`The amount bought, in the release's words: ${asSaid(said)}`);
    else if (!parts.spent.length) reply.say('The release gives no amount bought back under the plan.');
  }
  if (ask.modifiers.has('count-bought')) {
    for (const f of parts.bought) reply.cite(f).say(`${title(labelOf(ask, f))}: ${figure(f)} (${when(f)})`);
    if (!parts.bought.length) reply.say('The release gives no count of shares bought under the plan.');
  }
  // (The buyback itself named beside what is left, "q3 buyback $ and remaining authorization": what was bought in the period named.)
  const done = [...parts.spent, ...parts.bought];
  const named = (whole.named ?? []).some((f) => ask.at.has(f.metric) && [...whole.spent, ...whole.bought].includes(f));
  if (named && parts !== whole && !ask.modifiers.has('amount-bought') && !ask.modifiers.has('count-bought')) for (const f of done) reply.cite(f).say(`${title(labelOf(ask, f))}: ${figure(f)} (${when(f)})`);
  return priceBeside(ask, reply, parts);
}

/**
 * The amounts and counts bought of the period the question names beside what is left ("q3 buyback $ and remaining
 * authorization"): that period's clause, never the year to date's beside it; all of them where none is of it.
 */
function ofPeriodAsked(ask: Ask, parts: PlanParts): PlanParts {
  if (!ask.modifiers.has('remaining') || !ask.periodsNamed) return parts;
  const asked = new Set(ask.periods.map(periodKey));
  const of = (fs: Fact[]) => fs.filter((f) => f.period.kind === 'duration' && asked.has(periodKey(f.period)));
  const [spent, bought] = [of(parts.spent), of(parts.bought)];
  return spent.length || bought.length ? { ...parts, spent: spent.length ? spent : parts.spent, bought: bought.length ? bought : parts.bought } : parts;
}

/**
 * The price where no figure of the plan gives it: the plan's sentence that prints one, if any does. A price the amount
 * and count shown cannot give ("$9.12" of the quarter's shares, beside the nine months' $21,830 for 2.41 million) is
 * another purchase's: not quoted as theirs, and the price is worked out instead.
 */
function priceInWords(reply: Reply, sentences: TextFact[], worked: Worked | null): boolean {
  // (A dividend's "or $0.30 per share" in the buyback's sentence is no price of the plan.)
  const priced = (text: string) => {
    const m = PER_SHARE.exec(text);
    const printed = m && /\d[\d,]*(?:\.\d+)?/.exec(m[0].replace(/^\D*/, ''))?.[0];
    const theirs = !worked || !printed || (Number(printed.replace(/,/g, '')) >= worked.lo.toDecimalPlaces(2, 3).toNumber() && Number(printed.replace(/,/g, '')) <= worked.hi.toDecimalPlaces(2, 2).toNumber());
    return m !== null && theirs && !/\bdividends?\b(?:[^.;]|\.\d)*$/i.test(text.slice(0, m.index));
  };
  const said = sentences.find((t) => priced(t.text));
  if (said) reply.cite(said).say(`The plan's price, in the release's words: ${asSaid(said)}`);
  return Boolean(said);
}

/** Two figures of one date: balances to the same day, never a quarter's beside a total to date. */
const sameDate = (a: Fact, b: Fact) => a.period.kind === 'instant' && b.period.kind === 'instant' && periodKey(a.period) === periodKey(b.period);

/** An amount over the count bought for it, and the range of prices their rounding allows. */
interface Worked {
  s: Fact;
  b: Fact;
  lo: Decimal;
  hi: Decimal;
}

/**
 * The average price worked out where the release prints none: the one amount over the one count a sentence
 * says were bought for it ("bought back 2.9 million shares for $71.6 million"), with the range the figures' rounding
 * allows, since a count printed to a tenth of a million leaves the price uncertain in its cents.
 */
function workedPair({ plans, sentences, spent, bought }: PlanParts): Worked | null {
  const shown = (f: Fact) => literal(raw({ ...f, value: f.value.abs() }));
  // (The amount named on the way: "for a total consideration of £14.2m", "for a total of approximately $16.0 million"; the
  // shares' short name defined on the way too: "3.6 million American depositary shares ("ADSs") for US$42.3 million".)
  const boughtFor = (s: Fact, b: Fact) => sentences.some((t) => new RegExp(String.raw`${shown(b)}\s*(?:thousand|million|billion)?\s+(?:(?:[\w-]+|\(["“][\w-]+["”]\))\s+){0,6}?for\s+${TOTAL_OF}\D{0,5}${shown(s)}(?![\d]|[.,]\d)`, 'i').test(commaGrouped(t.text)));
  const said = plans.flatMap((s) => (s.unit.kind === 'money' ? plans.filter((b) => b.unit.kind === 'count' && boughtFor(s, b)).map((b) => [s, b] as const) : []));
  // (Else the one amount used and the one count bought that one sentence dates alike: "had reached CHF 152 million at 30 June
  // 2026; 498,000 shares had been repurchased".)
  const pairs = said.length ? said : spent.flatMap((s) => bought.filter((b) => sameDate(s, b) && sentences.some((t) => holds(t, s) && holds(t, b))).map((b) => [s, b] as const));
  if (pairs.length !== 1) return null;
  const [s, b] = pairs[0]!;
  if (s.unit.kind !== 'money' || b.unit.kind !== 'count' || !amount(b).isPositive()) return null;
  return { s, b, lo: amount(s).minus(halfUnit(s)).div(amount(b).plus(halfUnit(b))), hi: amount(s).plus(halfUnit(s)).div(amount(b).minus(halfUnit(b))) };
}

/** The worked-out price said, with the range the figures' rounding allows. */
function workedOut(reply: Reply, worked: Worked | null): boolean {
  if (!worked) return false;
  const { s, b, lo, hi } = worked;
  if (s.unit.kind !== 'money' || b.unit.kind !== 'count') return false;
  const [basis, { currency, symbol }] = [/\bads\b/i.test(b.unit.noun) ? ('ADS' as const) : ('share' as const), s.unit];
  const per = (v: Decimal) => figure({ ...s, value: v.toDecimalPlaces(2), decimals: 2, unit: { kind: 'per_share', currency, basis, symbol } });
  const price = per(amount(s).div(amount(b)));
  reply.cite(s, b).derive('Average price, worked out', price, `${figure(s)} ÷ ${figure(b)}`);
  reply.say(`The release prints no price per ${basis} for them; worked out, about ${price} (from figures rounded as printed, between ${per(lo)} and ${per(hi)}).`);
  return true;
}
