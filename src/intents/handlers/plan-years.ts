// The plan a buyback question names by its year ("the 2023 plan"), read from the plans' labels (buyback.ts).
import type { Fact } from '../../knowledge/fact.js';
import { periodEnd } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';
import { unknown } from '../reply.js';

export const labelOf = (ask: Ask, f: Fact) => ask.kb.metrics.get(f.metric)?.label ?? f.label;
/**
 * The year a plan is named by ("2024 share repurchase plan", "2026 Share Repurchase Plan shares"): a year said before the
 * plan's words, never a date of its terms ("launched in March 2026 and running until March 2027, had" names no plan's year).
 */
const PLAN_YEAR = /\b((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?(?:plan|program(?:me)?|buy-?\s?backs?|repurchas\w*|authori[sz]ation)\b/i;
export const yearOf = (ask: Ask, f: Fact) => PLAN_YEAR.exec(labelOf(ask, f))?.[1] ?? '';
const yearsAsked = (ask: Ask) => ask.periods.filter((p) => p.kind === 'duration' && p.months === 12).map((p) => periodEnd(p).slice(0, 4));
const PLAN_YEARS = new RegExp(PLAN_YEAR.source, 'gi');
const plansNamedIn = (text: string) => [...text.matchAll(PLAN_YEARS)].map((m) => m[1]!);
/**
 * The buyback sentences of the plan a question names by its year, where the release names a plan by that year: the
 * 2024 plan's "purchased 3.4 million ADSs ... pursuant to the 2024 Share Repurchase Plan" is none of the 2023 plan's.
 */
export function sentencesOfPlan<T extends { text: string }>(ask: Ask, texts: T[]): T[] {
  const years = yearsAsked(ask).filter((y) => texts.some((t) => plansNamedIn(t.text).includes(y)));
  return years.length ? texts.filter((t) => plansNamedIn(t.text).some((y) => years.includes(y))) : texts;
}
/** The plans' facts, narrowed to the plan whose year the question names ("the 2023 plan"), or to the latest plan asked as "the new" one. */
export function plansAsked(ask: Ask, all: Fact[]): Fact[] {
  const latest = ask.modifiers.has('latest') ? all.map((f) => yearOf(ask, f)).sort().at(-1) : undefined;
  const years = latest && !yearsAsked(ask).length ? [latest] : yearsAsked(ask);
  const named = all.filter((f) => years.includes(yearOf(ask, f)));
  return years.length && named.length ? named : all;
}

/** A plan year asked where every figure found is another year's plan's: a decline naming both, never its figure. */
export function otherPlansOnly(ask: Ask, facts: Fact[]): ReturnType<typeof unknown> | null {
  const [years, theirs] = [yearsAsked(ask), [...new Set(facts.map((f) => yearOf(ask, f)))]];
  if (!years.length || !facts.length || theirs.some((y) => !y || years.includes(y))) return null;
  return unknown(`The release gives that only for the ${theirs.join(' and ')} plan (${[...new Set(facts.map((f) => labelOf(ask, f)))].join('; ')}), none for the ${years.join(' and ')} plan.`);
}
