// The plan a question names by its size ("buyback so far as % of the 350m plan"): that plan's figures, by the year
// its label names. A size that no plan of the release has is declined by name, never answered with another plan's
// figures (a share of the wrong plan is a wrong number).
import { Decimal } from 'decimal.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../knowledge/numbers.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { figure } from '../format.js';
import { unknown } from '../reply.js';
import { isSize } from './buyback-roles.js';
import { PLAN_WORD } from './buyback-words.js';
import { yearOf } from './plan-years.js';

/** An amount said right before the plan's name, with its scale: "the 350m plan", "the $1.5bn program" ("the 2024 plan" names a year). */
const SIZED_PLAN = new RegExp(String.raw`(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|mm|bn|thousand|million|billion)\s+(?:share\s+)?(?:buy-?\s?back\s+|repurchase\s+)?${PLAN_WORD}\b`, 'i');

/** The size a question names its plan by, in units and as said; null where it names none. */
export function sizeNamed(topic: string): { value: Decimal; said: string } | null {
  const m = SIZED_PLAN.exec(topic.replace(/\bshare repurchase\b/g, 'repurchase'));
  if (!m) return null;
  const scale = SCALE_ABBREVIATIONS[m[2]!.toLowerCase()] ?? SCALE_WORDS[m[2]!.toLowerCase()] ?? 1;
  return { value: new Decimal(m[1]!.replace(/,/g, '')).times(scale), said: `${m[1]}${m[2]}` };
}

/**
 * The figures of the plan named by its size; the plans unchanged where no size is named; a decline where none of
 * the release's plans is of that size (or the sized plan's figures cannot be told from another's by its year).
 */
export function planBySize(ask: Ask, plans: Fact[]): Fact[] | Answer {
  const asked = sizeNamed(ask.topic);
  if (!asked) return plans;
  const sizes = plans.filter((f) => f.unit.kind === 'money' && isSize(ask, f));
  const matched = sizes.filter((f) => amount(f).abs().equals(asked.value));
  const years = new Set(matched.map((f) => yearOf(ask, f)));
  if (matched.length && years.size === 1 && (!years.has('') || sizes.length === matched.length)) return plans.filter((f) => years.has(yearOf(ask, f)));
  const printed = sizes.length ? `sizes its plans at ${[...new Set(sizes.map((f) => figure(f)))].join(' and ')}` : 'prints no size of its share repurchase plan';
  return unknown(`The release ${printed}; I found no plan of ${asked.said} to work out a share of, so I give none rather than another plan's.`);
}

/** Parts asked beside a plan's size: where one is, the size read from no figure is not the whole answer. */
export const OTHER_PARTS = ['spent', 'price', 'how-many', 'count-bought', 'amount-bought', 'to-date'] as const;

/**
 * "How many shares does the new program authorize?": of a plan sized in shares (`sized`, its sizes asked), the count
 * asked is its size where nothing else is asked beside it; the shares bought under it were given in its place.
 */
export const sizedInShares = (ask: Ask, sized: Fact[]) => sized.length > 0 && sized.every((f) => f.unit.kind === 'count') && !OTHER_PARTS.some((m) => m !== 'how-many' && ask.modifiers.has(m));
