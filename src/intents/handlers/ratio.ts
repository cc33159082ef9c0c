// The ratio of two metrics: "ratio of funding costs to total net revenue".
import { ratio as ratioOf } from '../../knowledge/derive.js';
import type { Decimal } from 'decimal.js';
import type { Fact } from '../../knowledge/fact.js';
import { slug } from '../../knowledge/labels.js';
import type { Period } from '../../knowledge/period.js';
import type { Ask } from '../frame.js';
import { amountTo, figure, operands, percent, when } from '../format.js';
import { commensurable, find, findFinest, unitsApart } from '../lookup.js';
import { inline, Reply, title, unknown, type Handler } from '../reply.js';
import { value } from './value.js';

export const ratio: Handler = (ask) => {
  const [a, b] = ask.metrics;
  // A named ratio ("effective tax rate", "NPL ratio") is a value in its own right; an amount is not, whatever its
  // change column prints ("Total equity +290" is no rate of equity: "equity ratio" never answers the equity).
  if (a && (a.startsWith('formula:') || (!b && ask.kb.facts.some((f) => f.metric === a && f.role === 'value' && f.unit.kind === 'percent')))) return value(ask);
  if (!a || !b) return unknown('A ratio needs two metrics, e.g. "ratio of funding costs to total net revenue".', 'not-understood');
  // A name that stood for two lines (current and non-current) leaves the pair unclear.
  if (ask.metrics.length > 2) return unknown(`A ratio is of two lines, and that names ${ask.metrics.length}: ${ask.metrics.map((id) => inline(ask.kb.metrics.get(id)?.label ?? id)).join(', ')}. Name the two you mean.`);
  // The release's own rate of the two ("Allowance for credit losses to total loans 1.21%") is the answer, cited to its
  // line; a ratio is computed only for a period it does not print.
  const printed = printedRatio(ask, a, b);
  if (printed) return value({ ...ask, metrics: [printed] });
  const reply = new Reply(ask.kb);
  const ratios: { r: Decimal; when: string }[] = [];
  for (const p of ask.periods) {
    const x = findFinest(ask.kb, a, p, ask.kb.currency);
    const y = findFinest(ask.kb, b, p, ask.kb.currency);
    // An amount per thing counted ("volume / number of loans"): money per unit, both of one timing.
    if (x && y && perUnit(x.fact, y.fact)) {
      const line = perUnitLine(ask, x.fact, y.fact, reply);
      if (line) reply.say(line);
      continue;
    }
    // A quarter's flow over a balance at a date needs an average balance and annualising the release doesn't give.
    if (x && y && x.fact.period.kind !== y.fact.period.kind) {
      return unknown(`I won't divide ${inline(ask.kb.metrics.get(a)!.label)} (${figure(x.fact)} ${when(x.fact)}) by ${inline(ask.kb.metrics.get(b)!.label)} (${figure(y.fact)} ${when(y.fact)}): one is an amount for a period, the other a balance at a date.`);
    }
    if (x && y && !commensurable(x.fact, y.fact)) {
      return unknown(`I won't divide ${inline(ask.kb.metrics.get(a)!.label)} by ${inline(ask.kb.metrics.get(b)!.label)}: they are different kinds of figure${unitsApart(x.fact, y.fact)}.`);
    }
    const r = x && y ? ratioOf(x.fact, y.fact) : null;
    if (!x || !y || !r) continue;
    const la = title(ask.kb.metrics.get(a)!.label);
    const lb = inline(ask.kb.metrics.get(b)!.label);
    reply.cite(x.fact, y.fact).about(x.fact.period);
    const [n, d] = operands(x.fact, y.fact);
    reply.derive(`${la} ÷ ${lb}`, r.toFixed(2), `${n} ÷ ${d}`);
    const pct = x.fact.unit.kind === y.fact.unit.kind ? ` (${percent(r.times(100))})` : '';
    reply.say(`The ratio of ${inline(la)} to ${lb} was ${r.toFixed(2)}x${pct} ${when(x.fact)} (${figure(x.fact)} ÷ ${figure(y.fact)}).`);
    ratios.push({ r, when: when(x.fact) });
  }
  // Set against another period ("vs 4Q23?" after the ratio): how it moved between the two, from the exact ratios.
  if (ask.points && ratios.length === 2) {
    const [from, to] = ratios as [(typeof ratios)[0], (typeof ratios)[0]];
    const d = to.r.toDecimalPlaces(2).minus(from.r.toDecimalPlaces(2));
    reply.say(`It went from ${from.r.toFixed(2)}x ${from.when} to ${to.r.toFixed(2)}x ${to.when}: ${d.isZero() ? 'unchanged' : `${d.isNegative() ? 'down' : 'up'} ${d.abs().toFixed(2)}x`}.`);
  }
  const out = reply.answer();
  return out.citations.length ? out : unknown('The release doesn\'t give both figures for that period.');
};

/** How a release names the rate of one line to another: "X to Y", "X as a percentage of Y", "X / Y". */
const RATE_NAMES = [(x: string, y: string) => `${x} to ${y}`, (x: string, y: string) => `${x} as a percentage of ${y}`, (x: string, y: string) => `${x} as a % of ${y}`, (x: string, y: string) => `${x} / ${y}`];

/**
 * The line printing a's rate to b as the release names it, where it gives a rate for every period asked; the
 * share handler asks it too, so that "ACL as % of loans" is the printed rate, not one worked out beside it.
 */
export function printedRatio(ask: Ask, a: string, b: string): string | null {
  const [la, lb] = [ask.kb.metrics.get(a)?.label, ask.kb.metrics.get(b)?.label];
  if (!la || !lb) return null;
  // (A line may go by the short form printed beside its label: "Allowance for credit losses (ACL)" is "ACL"; or
  // without the qualifier the rate's whole says already: "Allowance for credit losses on loans" to total loans.)
  const forms = (l: string) => [l, l.replace(/\s*\(([^)]*)\)\s*$/, ''), /\(([A-Za-z&]{2,})\)\s*$/.exec(l)?.[1] ?? l, l.replace(/\s+(?:on|of|for|in)\s+[\w-]+$/i, '')];
  const names = new Set(forms(la).flatMap((x) => forms(lb).flatMap((y) => RATE_NAMES.map((n) => slug(n(x, y))))));
  const id = [...ask.kb.metrics].find(([, m]) => names.has(slug(m.label)))?.[0];
  const rate = (p: Period) => find(ask.kb, id!, p, ask.kb.currency)?.fact.unit.kind === 'percent';
  return id && ask.periods.every(rate) ? id : null;
}

/** Whether a is an amount of money and b a count, both for one period or both at one date. */
const perUnit = (a: Fact, b: Fact) => a.unit.kind === 'money' && b.unit.kind === 'count' && a.period.kind === b.period.kind;

/** One of the things a count names: "branches" is per branch, "properties" per property (not "branche"). */
const singular = (noun: string) => noun.replace(/(ch|sh|ss|x|z)es$/, '$1').replace(/ies$/, 'y').replace(/(?<![su])s$/, '');

/** Significant digits a figure is printed with: "RMB99,237 million" has five. */
const significant = (f: Fact) => f.value.abs().toFixed(f.decimals).replace(/^[0.]+/, '').replace('.', '').length;

/**
 * "RMB5,662.6 per loan": the amount over the count, to as many significant digits as the less precise
 * of the two is printed with (a figure in millions divided by a count carries no more). A count printed
 * whole, to the unit, is exact: "4 stores" limits nothing (RMB900.0 million over it is RMB225,000,000,
 * not RMB200,000,000).
 */
function perUnitLine(ask: Ask, a: Fact, b: Fact, reply: Reply): string | null {
  const r = ratioOf(a, b);
  if (!r || a.unit.kind !== 'money' || b.unit.kind !== 'count') return null;
  const exact = b.unit.kind === 'count' && b.unit.scale === 1 && b.decimals === 0;
  const digits = Math.max(1, exact ? significant(a) : Math.min(significant(a), significant(b)));
  const rounded = r.toSignificantDigits(digits);
  // Places after the point that the significant digits need, counted from the first one (its exponent):
  // counting the digits before the point showed RMB0.025 per customer as "RMB0.0".
  const decimals = Math.max(0, digits - 1 - rounded.e);
  const noun = b.unit.noun === 'count' ? 'unit' : singular(b.unit.noun);
  const shown = amountTo(rounded, decimals, a.unit.currency, a.unit.symbol);
  const la = title(ask.kb.metrics.get(a.metric)!.label);
  const lb = inline(ask.kb.metrics.get(b.metric)!.label);
  reply.cite(a, b).about(a.period);
  reply.derive(`${la} per ${noun}`, `${shown} per ${noun}`, `${figure(a)} ÷ ${figure(b)}`);
  return `${la} per ${noun} was ${shown} ${when(a)} (${figure(a)} ÷ ${figure(b)}, ${lb}).`;
}
