// Derived figures, exact in decimal.js: change (amount, %, percentage points), share of a parent,
// ratio, sum, USD at the release's rate. Each keeps the facts it came from; rounding happens only
// when an answer is rendered.
import { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact } from './fact.js';
import { halfUnit } from './release.js';

export interface Change {
  from: Fact;
  to: Fact;
  /** to − from, in base units (or percentage points for rates). */
  delta: Decimal;
  /** Percent change; null when the base is zero or negative (a percentage would mislead). */
  pct: Decimal | null;
  /** True when both are rates, so the change is in percentage points. */
  points: boolean;
}

/**
 * Whether a percentage change or a multiple may be taken from this base: above zero. (Decimal's
 * isPositive() holds for zero too, which had printed "up Infinity%" from a total of nil.)
 */
export const isBase = (base: Decimal): boolean => base.greaterThan(0);

export function change(from: Fact, to: Fact): Change {
  const a = amount(from);
  const b = amount(to);
  const points = from.unit.kind === 'percent' && to.unit.kind === 'percent';
  return {
    from,
    to,
    delta: b.minus(a),
    pct: points || !isBase(a) ? null : b.minus(a).div(a).times(100),
    points,
  };
}

/** part ÷ whole × 100. Null when the whole is zero. */
export function percentOf(part: Fact, whole: Fact): Decimal | null {
  const w = amount(whole);
  return w.isZero() ? null : amount(part).div(w).times(100);
}

/**
 * The range part ÷ whole × 100 may take where either figure is rounded in prose, each anywhere within half a unit of
 * its last printed digit ($3.2 billion is $3.15 to $3.25 billion); null where both are table figures (the statements
 * as printed, which ratios are worked from) or the whole may be zero or change sign.
 */
export function percentRange(part: Fact, whole: Fact): [Decimal, Decimal] | null {
  const [p, hp, w, hw] = [amount(part), halfUnit(part), amount(whole), halfUnit(whole)];
  if ((part.source !== 'narrative' && whole.source !== 'narrative') || w.abs().lte(hw)) return null;
  const corners = [p.minus(hp), p.plus(hp)].flatMap((x) => [w.minus(hw), w.plus(hw)].map((y) => x.div(y).times(100)));
  return [Decimal.min(...corners), Decimal.max(...corners)];
}

/** a ÷ b as a plain ratio. Null when b is zero. */
export function ratio(a: Fact, b: Fact): Decimal | null {
  const d = amount(b);
  return d.isZero() ? null : amount(a).div(d);
}

export function sum(facts: Fact[]): Decimal {
  return facts.reduce((s, f) => s.plus(amount(f)), new Decimal(0));
}

/** Whether `f` is in the currency an fx `rate` is quoted in (its units per 1 of the other), so it translates by dividing. */
const quotedIn = (f: Fact, rate: Fact) => rate.unit.kind === 'fx' && rate.unit.from === currencyOf(f.unit);

/** An amount in the other currency of an fx `rate` (units of `from` per 1 of `to`): divided out of `from`, multiplied into it. */
export function atRate(f: Fact, rate: Fact): Decimal {
  return quotedIn(f, rate) ? amount(f).div(rate.value) : amount(f).times(rate.value);
}

/** The operator a translation at `rate` shows in its working. */
export const rateOp = (f: Fact, rate: Fact): '÷' | '×' => (quotedIn(f, rate) ? '÷' : '×');
