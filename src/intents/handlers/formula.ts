// A ratio the release does not print, for one period, from its two lines: a margin (gross profit over
// revenue), the effective tax rate, the current ratio. Shared by the value of one period (value.ts) and
// the quarters of a span (series.ts), so both read the same lines the same way.
import type { Decimal } from 'decimal.js';
import { percentOf, ratio } from '../../knowledge/derive.js';
import type { Fact } from '../../knowledge/fact.js';
import { formulaLines, type Formula } from '../../knowledge/formulas.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { periodKey, type Period } from '../../knowledge/period.js';
import { operands, percent } from '../format.js';
import { find } from '../lookup.js';

export interface FormulaAt {
  num: Fact;
  den: Fact;
  value: Decimal;
  /** As shown: "47.3%", "2.12x". */
  shown: string;
  /** How it was computed, from the figures as printed: "140,071 ÷ 293,618 × 100". */
  formula: string;
}

/** The formula's value for a period: each part the first of its lines with a figure then, both of one period. */
export function formulaAt(kb: KnowledgeBase, f: Formula, p: Period): FormulaAt | null {
  const lines = formulaLines(kb).get(f.id);
  const first = (ids: string[]) => ids.map((id) => find(kb, id, p, kb.currency)).find((x) => x && x.fact.unit.kind === 'money');
  const num = lines && first(lines.numerator);
  const den = lines && first(lines.denominator);
  if (!num || !den || periodKey(num.fact.period) !== periodKey(den.fact.period)) return null;
  const value = f.times ? ratio(num.fact, den.fact) : percentOf(num.fact, den.fact);
  if (!value) return null;
  const [n, d] = operands(num.fact, den.fact);
  return { num: num.fact, den: den.fact, value, shown: f.times ? `${value.toFixed(2)}x` : percent(value), formula: f.times ? `${n} ÷ ${d}` : `${n} ÷ ${d} × 100` };
}
