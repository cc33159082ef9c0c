// Guidance against the actual: the range a release guided for a period, set against the figure a later
// release reports for it: beat (above the range), within, or missed (below it), by how much against the
// range and its midpoint. Both releases are cited; a guided period no release loaded reports declines,
// never answering with the range.
import { amount, currencyOf, type Fact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { monthsOf, periodEnd, periodKey, periodLabel } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import type { Decimal } from 'decimal.js';
import { exactOperands, figure, percent, shownAs, when } from '../format.js';
import { Reply, inline, title, unknown } from '../reply.js';
import { releaseOf } from './series.js';
import { guidedRange } from './guided-range.js';

interface Guided {
  low: Fact;
  high: Fact;
  actual: Fact | undefined;
}

/**
 * The figure a release reports for the guided period itself: one whose own quarter is it or ends after it (a
 * fiscal quarter guided in prose ends where the guiding release can date it, its name is the same).
 */
function actualOf(kb: KnowledgeBase, low: Fact): Fact | undefined {
  const reported = (f: Fact) => {
    const r = kb.sourceRelease(f);
    return f.citation.document !== low.citation.document && r !== undefined && (periodEnd(r.quarter) >= periodEnd(low.period) || periodKey(r.quarter) === periodKey(low.period));
  };
  const facts = kb.all(low.metric, low.period, 'value').filter((f) => reported(f) && currencyOf(f.unit) === currencyOf(low.unit) && f.unit.kind === low.unit.kind);
  return facts.length ? kb.get(low.metric, low.period, currencyOf(low.unit) ?? kb.currency) : undefined;
}

/** An amount or an amount per share: what a range guides that a reported figure can be set against. */
const amountUnit = (f: Fact) => f.unit.kind === 'money' || f.unit.kind === 'per_share';

/** Every money range the releases guide, with its high end (its line or, wrapped, the next) and the actual where one is reported. */
function guidedRanges(ask: Ask): Guided[] {
  const { kb } = ask;
  const lows = kb.facts.filter((f) => f.role === 'low' && amountUnit(f) && (!ask.metrics.length || ask.metrics.includes(f.metric)));
  return lows.flatMap((low) => {
    const high = kb.facts.find((f) => f.role === 'high' && f.metric === low.metric && f.unit.kind === low.unit.kind && f.citation.document === low.citation.document && f.citation.line - low.citation.line <= 1 && f.citation.line >= low.citation.line && periodKey(f.period) === periodKey(low.period));
    return high ? [{ low, high, actual: actualOf(kb, low) }] : [];
  });
}

/** Halfway between two figures of one unit, shown to every digit it has ($5.10–$5.25: $5.175). */
export function middle(low: Fact, high: Fact): Fact {
  const value = low.value.plus(high.value).div(2);
  return { ...low, value, decimals: Math.max(low.decimals, high.decimals, value.decimalPlaces()) };
}

/**
 * A gap between guided and reported figures, in the unit of the finest figure shown beside it, rounded
 * once from the figures as printed: a range is a target, not a rounded measurement, so $251.6 million
 * against $248 million is $3.6 million, never "$4 million". Digits are added while the rounding would
 * be more than 1% of the gap, down to the finest input's own precision (111,025 thousand against $110.0
 * million is $1.03 million, not "$1.0 million"); a gap that is not zero never shows as zero ($0.3 million).
 */
export function gap(value: Decimal, ...inputs: Fact[]): string {
  const finest = inputs.map(shownAs).sort((a, b) => a.scale / 10 ** a.decimals - b.scale / 10 ** b.decimals)[0]!;
  const printed = Math.min(...inputs.map((f) => ('scale' in f.unit ? f.unit.scale : 1) / 10 ** f.decimals));
  let { scale, decimals } = finest;
  const step = () => scale / 10 ** decimals;
  const rounded = () => value.div(scale).toDecimalPlaces(decimals);
  const coarse = () => rounded().isZero() || (!rounded().times(scale).equals(value) && step() / 2 > value.abs().toNumber() / 100 && step() > printed);
  while (decimals < 6 && !value.isZero() && coarse()) decimals++;
  // Under a million to the thousand, in thousands: "$640 thousand", not "$0.640 million".
  if (scale === 1e6 && value.abs().lessThan(1e6) && decimals >= 3) [scale, decimals] = [1e3, decimals - 3];
  const shown = rounded();
  // Shown as the release prints such a figure ("$3.6 million", "$0.05"), in that unit.
  const unit = inputs[0]!.unit.kind === 'money' ? { ...inputs[0]!.unit, scale } : inputs[0]!.unit;
  return figure({ ...inputs[0]!, source: 'narrative', value: shown, decimals, unit });
}

/** One range against its actual, in words, citing both releases. */
function judged(kb: KnowledgeBase, g: Guided, actual: Fact, reply: Reply): string {
  const { low, high } = g;
  const a = amount(actual);
  const mid = middle(low, high);
  const verdict = a.greaterThan(amount(high)) ? `beat it, ${gap(a.minus(amount(high)), low, high, actual)} above the top of the range` : a.lessThan(amount(low)) ? `missed it, ${gap(amount(low).minus(a), low, high, actual)} below the bottom of the range` : 'came in within it';
  const fromMid = a.minus(amount(mid));
  const midText = fromMid.isZero() ? `exactly at the midpoint of ${figure(mid)}` : `${gap(fromMid.abs(), mid, actual)} (${percent(fromMid.abs().div(amount(mid)).times(100))}) ${fromMid.isPositive() ? 'above' : 'below'} the midpoint of ${figure(mid)}`;
  reply.cite(low, high, actual).about(low.period);
  reply.derive('Against the midpoint', `${fromMid.isNegative() ? '−' : ''}${gap(fromMid.abs(), mid, actual)}`, `${figure(actual)} − (${figure(low)} + ${figure(high)}) ÷ 2`);
  const label = kb.metrics.get(low.metric)?.label ?? low.label;
  return `${title(releaseOf(kb, low))} guided ${inline(label)} for ${periodLabel(low.period)} ${guidedRange(low, high, 'at')}; ${releaseOf(kb, actual)} reports ${figure(actual)}, so the company ${verdict}: ${midText}.`;
}

/** Guidance for the periods asked (else the latest guided period that has an actual) against the actuals. */
export function versusGuidance(ask: Ask): Answer {
  const all = guidedRanges(ask);
  if (!all.length) return unknown(`The releases loaded give no guidance${ask.metrics.length ? ` for ${ask.metrics.map((id) => inline(ask.kb.metrics.get(id)?.label ?? id)).join(' or ')}` : ''}.`);
  const asked = (g: Guided) => ask.periods.some((p) => periodKey(p) === periodKey(g.low.period));
  const reported = all.filter((g) => g.actual);
  const latest = [...(reported.length ? reported : all)].sort((a, b) => periodEnd(b.low.period).localeCompare(periodEnd(a.low.period)))[0]!;
  const chosen = ask.periodsNamed ? all.filter(asked) : all.filter((g) => periodKey(g.low.period) === periodKey(latest.low.period));
  if (!chosen.length) return earlierActual(ask, all) ?? unknown(`The releases loaded give no guidance for ${ask.periods.map(periodLabel).join(' or ')}; they guide ${[...new Set(all.map((g) => periodLabel(g.low.period)))].join(', ')}.`);
  const reply = new Reply(ask.kb);
  const lacking: string[] = [];
  for (const g of chosen) {
    if (g.actual) reply.say(judged(ask.kb, g, g.actual, reply));
    else lacking.push(`${inline(ask.kb.metrics.get(g.low.metric)?.label ?? g.low.label)} for ${periodLabel(g.low.period)} (guided ${guidedRange(g.low, g.high, 'at')} in ${releaseOf(ask.kb, g.low)})`);
  }
  if (lacking.length && !reply.answer().citations.length) return unknown(`No release loaded reports the actual ${lacking.join('; ')} yet, so I can't compare it with the guidance.`);
  if (lacking.length) reply.say(`No release loaded reports the actual ${lacking.join('; ')} yet.`);
  return reply.answer();
}

/**
 * "How does the guidance midpoint compare with Q1 net income": a period named that no release guides but one reports,
 * before the one period the line is guided for, is the actual the guidance is set against (never a judgement of it:
 * the range guides another period). The midpoint less that actual, and as a % of it, both cited; else null.
 */
function earlierActual(ask: Ask, all: Guided[]): Answer | null {
  const [period] = ask.periods;
  const guided = new Set(all.map((g) => periodKey(g.low.period)));
  // (Only the midpoint set against it: "did they beat Q1 guidance" asks of guidance for Q1, which none gives.)
  if (!ask.modifiers.has('midpoint') || !ask.periodsNamed || ask.periods.length !== 1 || guided.size !== 1 || all.length !== 1) return null;
  const g = all[0]!;
  const actual = ask.kb.get(g.low.metric, period!, currencyOf(g.low.unit) ?? ask.kb.currency);
  // (A span's midpoint is set against an actual of as long a span: a year's guidance is no quarter's.)
  if (!actual || actual.unit.kind !== g.low.unit.kind || monthsOf(actual.period) !== monthsOf(g.low.period) || periodEnd(period!) >= periodEnd(g.low.period) || amount(actual).isZero()) return null;
  const mid = middle(g.low, g.high);
  const diff = amount(mid).minus(amount(actual));
  const rate = diff.div(amount(actual).abs()).times(100);
  const reply = new Reply(ask.kb).cite(g.low, g.high, actual);
  const [m, a] = exactOperands(mid, actual);
  reply.derive('Midpoint of the range', figure(mid), `(${figure(g.low)} + ${figure(g.high)}) ÷ 2`);
  reply.derive('Midpoint less the actual', `${diff.isNegative() ? '−' : ''}${gap(diff.abs(), mid, actual)}`, `${m} − ${a}`);
  reply.derive('Midpoint less the actual, %', percent(rate), `(${m} − ${a}) ÷ ${a} × 100`);
  const label = inline(ask.kb.metrics.get(g.low.metric)?.label ?? g.low.label);
  const side = diff.isZero() ? 'the same as' : `${gap(diff.abs(), mid, actual)} (${percent(rate.abs())}) ${diff.isPositive() ? 'above' : 'below'}`;
  return reply.say(`${title(releaseOf(ask.kb, g.low))} guides ${label} for ${periodLabel(g.low.period)} ${guidedRange(g.low, g.high, 'at')}; its midpoint, ${figure(mid)}, is ${side} the actual ${label} of ${figure(actual)} ${when(actual)}.`).answer();
}
