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
