// Figures in the release's style: RMB4,153.2 million, US$575.2 million, RMB7.30, 405.9%,
// 4.8 percentage points, 17,524,872 loans. Rounding happens here and only here.
import { Decimal } from 'decimal.js';
import { minorPrinted, printOf } from '../knowledge/currencies.js';
import { amount, type Fact } from '../knowledge/fact.js';
import { periodLabel } from '../knowledge/period.js';
import type { Tiled } from '../knowledge/tiled.js';

const group = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fixed(d: Decimal, decimals: number): string {
  const s = d.abs().toFixed(decimals);
  const [int, frac] = s.split('.');
  return `${d.isNegative() && !new Decimal(s).isZero() ? '-' : ''}${group(int!)}${frac ? `.${frac}` : ''}`;
}

/** Scales a release may print in that are not thousands, millions or billions: its figures stay in them. */
const OWN_SCALE: Record<number, string> = { 1e7: 'crore', 1e5: 'lakh' };
/** The unit's own symbol ("$" where the release is in dollars, "Rs." as printed), else the currency table's sign, else its code. */
const symbolOf = (currency: string, symbol?: string) => symbol ?? printOf(currency);

/**
 * An amount of money in base units, in millions to one decimal (the release's style), or thousands when
 * small; a dollar issuer's ("$") billions as billions ("$119.6 billion").
 */
export function money(value: Decimal, currency: string, symbol?: string): string {
  const abs = value.abs();
  const sym = symbolOf(currency, symbol);
  if (sym === '$' && abs.greaterThanOrEqualTo(1e9)) return `${sym}${fixed(value.div(1e9), abs.greaterThanOrEqualTo(5e9) ? 1 : 2)} billion`;
  // Millions to one decimal where that is within 1% of the amount, two decimals below RMB5 million.
  if (abs.greaterThanOrEqualTo(5e6)) return `${sym}${fixed(value.div(1e6), 1)} million`;
  if (abs.greaterThanOrEqualTo(1e6)) return `${sym}${fixed(value.div(1e6), 2)} million`;
  if (abs.greaterThanOrEqualTo(1e3)) return `${sym}${fixed(value.div(1e3), 0)} thousand`;
  return amountTo(value, 2, currency, symbol);
}

/** An amount to the decimals given, in the currency's style ("RMB5,662.6"; a minor unit after it, "3.9p", "781.1 SA cents"): a price or an amount per thing. */
export const amountTo = (value: Decimal, decimals: number, currency: string, symbol?: string) =>
  minorPrinted(currency, fixed(value, decimals), symbol) ?? `${symbolOf(currency, symbol)}${fixed(value, decimals)}`;

export const percent = (d: Decimal, decimals = 1) => `${fixed(d, decimals)}%`;

/**
 * A percentage worked out from figures as printed, to no more decimals than their rounding allows: "28.4%" where
 * their range is within a tenth of a point either side, else "about 27%", with `range` saying why ("between 26.6% and
 * 27.7%, as the figures are rounded as printed"). Never a figure shown as if exact that rounded inputs cannot settle.
 */
export function percentWithin(value: Decimal, range: [Decimal, Decimal] | null): { shown: string; range: string } {
  if (!range || range[1].minus(range[0]).lte(0.2)) return { shown: percent(value), range: '' };
  return { shown: `about ${percent(value, 0)}`, range: `between ${percent(range[0])} and ${percent(range[1])}, as the figures are rounded as printed` };
}
/** A change in percentage points, to the precision of the rates it came from (3.52% − 3.35% = 0.17). */
export const points = (d: Decimal, decimals = 1) => `${fixed(d.abs(), Math.max(1, decimals))} percentage points`;
export const bps = (d: Decimal) => `${fixed(d.abs().times(100), 0)} bps`;
/** A rate's move as a sentence says it: "down 1.72 percentage points", with "(172 bps)" beside it where basis points are asked. */
export const pointsMoved = (d: Decimal, decimals: number, inBps: boolean) => `${d.isNegative() ? 'down' : 'up'} ${points(d, decimals)}${inBps ? ` (${bps(d)})` : ''}`;

/** A fact as the release would print it, at no more precision than it has. */
export function figure(f: Fact): string {
  const u = f.unit;
  switch (u.kind) {
    case 'money':
      if (f.value.isZero()) return 'nil';
      // A crore or lakh stays one (a narrative "Rs.1,250.0 crore" was printed "Rs.1,250.0 million").
      if (OWN_SCALE[u.scale]) return `${symbolOf(u.currency, u.symbol)}${fixed(f.value, f.decimals)} ${OWN_SCALE[u.scale]}`;
      // A table in hundreds of millions (Japanese releases' "¥100 million") in billions, to every digit printed ("4,731": ¥473.1 billion).
      if (u.scale === 1e8) return hundredMillions(f.value, f.decimals, u.currency, u.symbol);
      // Narrative figures keep their printed form ("RMB1.17 billion", "RMB446.5 million"), and so does a table in
      // billions ("(Unit: KRW billion)": KRW 2,846.3 billion, never "KRW 2,846,300.0 million").
      if ((f.source === 'narrative' && u.scale >= 1e6) || u.scale === 1e9) return `${symbolOf(u.currency, u.symbol)}${fixed(f.value, f.decimals)} ${u.scale >= 1e9 ? 'billion' : 'million'}`;
      // An amount in units (a price, an amount per tonne) as printed: never rounded to thousands.
      if (u.scale === 1) return amountTo(f.value, f.decimals, u.currency, u.symbol);
      return money(amount(f), u.currency, u.symbol);
    case 'per_share':
      return amountTo(f.value, f.decimals, u.currency, u.symbol);
    case 'percent':
      return percent(f.value, f.decimals);
    case 'count': {
      const word = countWord(u.noun);
      // A count in lakh or crore keeps its scale, with millions beside it ("58.4 lakh customers (5.84 million)").
      if (OWN_SCALE[u.scale]) return `${fixed(f.value, f.decimals)} ${OWN_SCALE[u.scale]}${word} (${inMillions(f.value.times(u.scale), f.decimals + Math.log10(1e6 / u.scale))})`;
      if (u.scale >= 1e6) return `${fixed(f.value, f.decimals)} ${u.scale >= 1e9 ? 'billion' : 'million'}${word}`;
      // A count printed in thousands ("(000s)") stays in thousands: never 1,000 times too small.
      if (u.scale === 1e3) return `${fixed(f.value, f.decimals)} thousand${word}`;
      return `${fixed(f.value, f.decimals)}${word}`;
    }
    case 'months':
      return `${fixed(f.value, f.decimals)} months`;
    case 'fx':
      return `${printOf(u.from)}${fixed(f.value, f.decimals)} to ${printOf(u.to)}1.00`;
  }
}

/** Hundreds of millions in billions at one more decimal, or under a billion in millions ("5": ¥500 million). */
function hundredMillions(value: Decimal, decimals: number, currency: string, symbol?: string): string {
  const sym = symbolOf(currency, symbol);
  if (value.abs().greaterThanOrEqualTo(10)) return `${sym}${fixed(value.div(10), decimals + 1)} billion`;
  return `${sym}${fixed(value.times(100), Math.max(0, decimals - 2))} million`;
}

const WORD_SCALE: Record<string, number> = { billion: 1e9, million: 1e6, thousand: 1e3, crore: 1e7, lakh: 1e5 };

/** The unit and decimals a figure is shown in ("RMB374.0 million": millions, one decimal), read from what figure() shows. */
export function shownAs(f: Fact): { scale: number; decimals: number } {
  const m = /\d(?:\.(\d+))?(?:\s+(billion|million|thousand|crore|lakh))?\b[^\d]*$/.exec(figure(f));
  return { scale: WORD_SCALE[m?.[2] ?? ''] ?? 1, decimals: m?.[1]?.length ?? 0 };
}

/** A number in millions at the places its printed figure supports (58.4 lakh: 5.84 million; 1.5 crore: 15 million). */
const inMillions = (value: Decimal, decimals: number) => `${fixed(value.div(1e6), Math.max(0, Math.round(decimals)))} million`;

/** What a count counts, after its figure: " stores", " m²", " ADSs"; nothing for a bare number. */
const countWord = (noun: string) => (noun === 'count' ? '' : ` ${/^ads/.test(noun) ? 'ADSs' : noun}`);

/** A derived value in the unit of the facts it came from; a count to the places its figure is printed with ("3.4 times" changes by 0.2, never 0). */
export function like(f: Fact, value: Decimal): string {
  const u = f.unit;
  if (u.kind === 'money' && OWN_SCALE[u.scale]) return `${symbolOf(u.currency, u.symbol)}${fixed(value.div(u.scale), 2)} ${OWN_SCALE[u.scale]}`;
  if (u.kind === 'money') return money(value, u.currency, u.symbol);
  if (u.kind === 'per_share') return amountTo(value, 2, u.currency, u.symbol);
  if (u.kind === 'percent') return percent(value);
  // (A change of a count is of its noun, "28 stores"; a change of a multiple is no number of times.)
  if (u.kind === 'count') return `${u.scale >= 1e6 ? `${fixed(value.div(1e6), 1)} million` : fixed(value, f.decimals)}${u.noun === 'times' ? '' : countWord(u.noun)}`;
  return fixed(value, 2);
}

/**
 * An amount derived from figures (a change, a difference, what is left), at no more precision than its
 * least precise input: from RMB71.5 and RMB69.8 million, "RMB1.7 million", not "RMB1.71 million".
 */
export function derived(value: Decimal, ...inputs: Fact[]): string {
  const base = inputs[0]!;
  // Figures printed in millions or billions (prose, or a table in millions) are rounded there: so is what comes of them.
  const rounded = inputs.filter((f) => f.unit.kind === 'money' && f.unit.scale >= 1e6);
  if (base.unit.kind !== 'money' || !rounded.length) return like(base, value);
  const step = (f: Fact) => ('scale' in f.unit ? f.unit.scale : 1) / 10 ** f.decimals;
  const coarsest = rounded.sort((a, b) => step(b) - step(a))[0]!;
  const scale = 'scale' in coarsest.unit ? coarsest.unit.scale : 1;
  const shown = value.div(scale).toDecimalPlaces(coarsest.decimals);
  return shown.isZero() ? like(base, value.times(0)) : figure({ ...coarsest, source: 'narrative', value: shown });
}

/** "in Q1 2024" / "as of March 31, 2024" */
export function when(f: Pick<Fact, 'period'>): string {
  return f.period.kind === 'instant' ? `as of ${periodLabel(f.period)}` : `in ${periodLabel(f.period)}`;
}

/** The raw figure as the table prints it (thousands), for formulas: "548,824". */
export function raw(f: Fact): string {
  return fixed(f.value, f.decimals);
}

/**
 * Figures for a formula: as printed when they share a scale ("548,824 ÷ 108,476"), else each in the
 * release's style ("RMB548.8 million ÷ RMB446.5 million") so a reader never mixes thousands and millions.
 */
export function operands(...facts: Fact[]): string[] {
  const scales = new Set(facts.map((f) => ('scale' in f.unit ? f.unit.scale : 1)));
  return scales.size <= 1 ? facts.map(raw) : facts.map(figure);
}

const SCALE_NAME: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' };
/**
 * Money figures for one formula, each to every digit printed but in the coarsest scale among them ("$1,168.905
 * million ÷ $1,595 million", from 1,168,905 thousand): one unit, and the sum can be redone by hand.
 */
export function exactOperands(...facts: Fact[]): string[] {
  const scales = facts.map((f) => (f.unit.kind === 'money' && SCALE_NAME[f.unit.scale] ? f.unit.scale : 0));
  if (scales.some((s) => !s)) return operands(...facts);
  const top = Math.max(...scales);
  return facts.map((f, k) => {
    const u = f.unit as Extract<Fact['unit'], { kind: 'money' }>;
    const decimals = f.decimals + Math.round(Math.log10(top / scales[k]!));
    return `${symbolOf(u.currency, u.symbol)}${fixed(amount(f).div(top), decimals)} ${SCALE_NAME[top]}`;
  });
}

/** How a figure the release prints for no period of its own was worked out: "SEK 4,535 million in Q1 2026, worked out as … less …". */
export function workedOut(t: Tiled): string {
  return `${figure(t.fact)} ${when(t.fact)}, worked out as ${figure(t.whole)} ${when(t.whole)} less ${figure(t.rest)} ${when(t.rest)}; the release prints no figure for ${periodLabel(t.fact.period)} itself`;
}
