// A ratio the release does not print, for one period, from its two lines: a margin (gross profit over
// revenue), the effective tax rate, the current ratio. Shared by the value of one period (value.ts) and
// the quarters of a span (series.ts), so both read the same lines the same way.
import type { Decimal } from 'decimal.js';
import { amount, type Fact } from '../../knowledge/fact.js';
import { formulaLines, type Formula, type FormulaLines } from '../../knowledge/formulas.js';
import { halfUnit } from '../../knowledge/release.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { periodKey, type Period } from '../../knowledge/period.js';
import { operands, percentWithin } from '../format.js';
import { percentRange } from '../../knowledge/derive.js';
import { find, findFinest } from '../lookup.js';

export interface FormulaAt {
  /** The numerator's line, or (revenue less cost) the cost line taken from the denominator. */
  num: Fact;
  den: Fact;
  /** True when `num` is the cost taken from the denominator, not the numerator itself. */
  less: boolean;
  value: Decimal;
  /** As shown: "47.3%", "2.12x", "about 27%" (from figures too rounded to settle a tenth of a point). */
  shown: string;
  /** Why a percentage is shown as about so much: its range, "between 26.6% and 27.7%, as ..."; '' where it is settled. */
  range: string;
  /** How it was computed, from the figures as printed: "140,071 ÷ 293,618 × 100", "(23,117 − 6,280) ÷ 23,117 × 100". */
  formula: string;
}

/**
 * The formula's value for a period (the company's, or a segment's `lines`): each part the first of its
 * lines with a figure then, both of one period; with no numerator line, the denominator less its cost lines.
 */
export function formulaAt(kb: KnowledgeBase, f: Formula, p: Period, lines: FormulaLines | undefined = formulaLines(kb).get(f.id)): FormulaAt | null {
  // (The denominator is the first of its lines with a figure of the numerator's period: a "Total net
  // revenue" row dated otherwise, a table's column read as a day, is no part of a quarter's margin.)
  const first = (ids: string[], of?: Fact) => ids.map((id) => findFinest(kb, id, p, kb.currency)?.fact).find((x) => x?.unit.kind === 'money' && (!of || periodKey(x.period) === periodKey(of.period)));
  const num = lines && first(lines.numerator);
  const top = num ?? (lines && lessHolds(kb, lines) ? first(lines.less) : undefined);
  const den = lines && top && (f.topLine && !lines.segment ? topLineOf(lines.denominator.map((id) => first([id], top)).filter((x): x is Fact => Boolean(x))) : first(lines.denominator, top));
  if (!den || !top || amount(den).isZero()) return null;
  const part = num ? amount(num) : amount(den).minus(amount(top));
  const value = f.times ? part.div(amount(den)) : part.div(amount(den)).times(100);
  const [n, d] = operands(top, den);
  const over = num ? n : `(${d} − ${n})`;
  const within = f.times ? { shown: `${value.toFixed(2)}x`, range: '' } : percentWithin(value, num ? percentRange(num, den) : null);
  return { num: top, den, less: !num, value, ...within, formula: f.times ? `${over} ÷ ${d}` : `${over} ÷ ${d} × 100` };
}

/**
 * The company's top line among the figures of the lines named so: one that may be the largest (its figure, as rounded,
 * reaches every other's), the finest printed of those ("Total sales and revenues 13,589" over a summary's "$13.6" billion),
 * the first listed among equals. A segment's or a finance arm's revenue is a part of the whole, never larger.
 */
function topLineOf(facts: Fact[]): Fact | undefined {
  const low = (f: Fact) => amount(f).minus(halfUnit(f));
  const floor = facts.reduce<Decimal | null>((m, f) => (m === null || low(f).gt(m) ? low(f) : m), null);
  const reaching = facts.filter((f) => floor !== null && amount(f).plus(halfUnit(f)).gte(floor));
  return reaching.reduce<Fact | undefined>((best, f) => (!best || halfUnit(f).lt(halfUnit(best)) ? f : best), undefined);
}

/** A figure's rounding step: RMB1,330.9 million is within RMB0.05 million of the truth. */
const step = (f: Fact) => ('scale' in f.unit ? f.unit.scale : 1) / 10 ** f.decimals;

/**
 * Whether the denominator less the cost lines is the numerator wherever the release prints all three: income
 * before tax less net income is the tax only where nothing else stands between them (an equity-method share,
 * a discontinued operation). Where a numerator line exists, the release's own figures must show the identity
 * in some period and break it in none; a formula with no numerator line at all is its cost's by definition.
 */
function lessHolds(kb: KnowledgeBase, lines: FormulaLines): boolean {
  if (!lines.numerator.length) return true;
  const at = (ids: string[], p: Period) => ids.map((id) => find(kb, id, p, kb.currency)?.fact).find((x) => x?.unit.kind === 'money' && periodKey(x.period) === periodKey(p));
  const checks = kb.facts
    .filter((f) => f.role === 'value' && lines.numerator.includes(f.metric) && f.unit.kind === 'money' && f.unit.currency === kb.currency)
    .flatMap((num) => {
      const [den, less] = [at(lines.denominator, num.period), at(lines.less, num.period)];
      if (!den || !less) return [];
      const slack = 1.5 * Math.max(step(num), step(den), step(less));
      // (A tax printed in parentheses is the same charge: its size is what the identity holds.)
      return [amount(den).minus(amount(less)).abs().minus(amount(num).abs()).abs().lte(slack)];
    });
  return checks.length > 0 && checks.every(Boolean);
}

/**
 * A formula's numerator line the release prints for other periods but not for `p` ("income taxes expense" in a
 * quarter shown only by its income before tax and net income), worked out as the denominator less its cost lines
 * where the release's own figures hold that identity (lessHolds), both cited. Null where any of that fails.
 */
export function impliedAt(kb: KnowledgeBase, id: string, p: Period): { den: Fact; less: Fact } | null {
  for (const lines of formulaLines(kb).values()) {
    if (!lines.numerator.includes(id) || !lines.less.length || lines.segment) continue;
    const at = formulaAt(kb, lines.formula, p, lines);
    if (at?.less) return { den: at.den, less: at.num };
  }
  return null;
}
