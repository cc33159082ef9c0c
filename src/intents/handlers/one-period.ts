// A line printed for several periods, shown once: for the period asked, else its latest (buyback.ts).
import type { Fact } from '../../knowledge/fact.js';
import { periodEnd, periodKey } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';

/**
 * A line printed for several periods (a cash-flow row: this quarter and a year earlier) is shown for the
 * period asked, else its latest, and says which: never two figures under one name with no period.
 */
export function onePeriodEach(ask: Ask, facts: Fact[]): { facts: Fact[]; dated: Set<Fact> } {
  const asked = new Set(ask.periods.map(periodKey));
  const dated = new Set<Fact>();
  const kept = facts.filter((f) => {
    const same = facts.filter((o) => o.metric === f.metric);
    if (same.length < 2 || new Set(same.map((o) => periodKey(o.period))).size < 2) return true;
    dated.add(f);
    const pick = same.find((o) => asked.has(periodKey(o.period))) ?? same.reduce((a, b) => (periodEnd(b.period) > periodEnd(a.period) ? b : a));
    return periodKey(f.period) === periodKey(pick.period);
  });
  return { facts: kept, dated };
}

/**
 * A buyback's figures for the period a question names ("ytd?", "in q3"), where some were bought in it: the others
 * bought in other periods are left out, so neither a part nor the sentence its price is read from is another
 * period's. Figures of no span (a plan's size, what was spent to a date) stay.
 */
export function ofPeriodNamed(ask: Ask, facts: Fact[]): Fact[] {
  if (!ask.periodsNamed) return facts;
  const asked = new Set(ask.periods.map(periodKey));
  const bought = (f: Fact) => f.period.kind === 'duration';
  return facts.some((f) => bought(f) && asked.has(periodKey(f.period))) ? facts.filter((f) => !bought(f) || asked.has(periodKey(f.period))) : facts;
}

/** A span of time named ("how much did they spend in Q3"), not a date: what was bought in it, never what the plan has used to a date. */
export const spanNamed = (ask: Ask): boolean => ask.periodsNamed && !ask.modifiers.has('to-date') && ask.periods.some((p) => p.kind === 'duration');
