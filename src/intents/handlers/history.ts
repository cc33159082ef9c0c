// Operations over a metric's history (issue 10): the series, the highest or lowest quarter, the average,
// compound growth, the trend, the sequential changes and the sum along a span. Every figure of the span
// is shown and cited (each release it draws on); derived figures are exact (decimal.js), with their inputs.
import { Decimal } from 'decimal.js';
import { change } from '../../knowledge/derive.js';
import { amount } from '../../knowledge/fact.js';
import { FORMULAS } from '../../knowledge/formulas.js';
import type { Point } from '../../knowledge/history.js';
import { periodLabel, shift, periodKey } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { derived, figure, operands, percent, points as pp, when } from '../format.js';
import type { HistoryAsk, HistoryOp, Span } from '../recognisers/history.js';
import { Reply, inline, listed, title, unknown } from '../reply.js';
import { chartOf, formulaSeries, seriesOf, spanText, withRestatement, type Series } from './series.js';

/** What an operation along a span reads: the company's knowledge base, the lines, the currency and the basis of a change. */
export type AlongAsk = Pick<Ask, 'kb' | 'metrics' | 'currency'> & Partial<Pick<Ask, 'basis' | 'op'>>;
type Along = (s: Series, reply: Reply, ask: AlongAsk) => string | null;

const sumOf = (ps: Point[]) => ps.reduce((t, p) => t.plus(amount(p.fact)), new Decimal(0));
/** The figures a sum or an average is worked from, as printed ("58,486 + 61,918"), so the formula adds up to what it shows. */
const inputs = (ps: Point[]) => operands(...ps.map((p) => p.fact)).join(' + ');
/** "RMB297.5 million (as restated in ...; first reported as ...) in Q1 2023": a restated figure says so, both cited. */
const at = (kb: AlongAsk['kb'], reply: Reply) => (p: Point) => `${withRestatement(kb, p.fact, reply)} in ${periodLabel(p.period)}`;

/** Each quarter's figure, oldest first. */
const series: Along = (s, reply, ask) => `${s.label}, ${spanText(s.points)}: ${s.points.map((p) => `${periodLabel(p.period)} ${withRestatement(ask.kb, p.fact, reply)}`).join('; ')}.`;

const extreme = (high: boolean): Along => (s, reply, ask) => {
  const best = s.points.reduce((a, b) => (amount(b.fact).comparedTo(amount(a.fact)) * (high ? 1 : -1) > 0 ? b : a));
  reply.cite(...s.points.map((p) => p.fact));
  return `${s.label} was ${high ? 'highest' : 'lowest'} in ${periodLabel(best.period)}, at ${figure(best.fact)}, of ${spanText(s.points)}: ${s.points.map(at(ask.kb, reply)).join('; ')}.`;
};

const average: Along = (s, reply, ask) => {
  const f = s.points[0]!.fact;
  const mean = sumOf(s.points).div(s.points.length);
  const shown = f.unit.kind === 'percent' ? percent(mean, Math.max(1, ...s.points.map((p) => p.fact.decimals)) ) : derived(mean, ...s.points.map((p) => p.fact));
  reply.cite(...s.points.map((p) => p.fact)).derive(`Average ${s.label}`, shown, `(${inputs(s.points)}) ÷ ${s.points.length}`);
  return `The average of ${inline(s.label)} over ${spanText(s.points)} was ${shown}${f.unit.kind === 'percent' ? ' (a simple average of the quarters\' rates)' : ''}: ${s.points.map(at(ask.kb, reply)).join('; ')}.`;
};

const growth: Along = (s, reply, ask) => {
  const [first, last] = [s.points[0]!, s.points.at(-1)!];
  const steps = Math.round((Date.parse(last.period.kind === 'duration' ? last.period.end : last.period.date) - Date.parse(first.period.kind === 'duration' ? first.period.end : first.period.date)) / (91.3 * 864e5));
  const [a, b] = [amount(first.fact), amount(last.fact)];
  if (first.fact.unit.kind === 'percent' || a.lessThanOrEqualTo(0) || b.lessThanOrEqualTo(0) || steps < 1) return `${s.label}: compound growth needs two positive amounts a quarter or more apart; the releases give ${s.points.map(at(ask.kb, reply)).join('; ')}.`;
  const quarterly = b.div(a).pow(new Decimal(1).div(steps)).minus(1).times(100);
  const annual = b.div(a).pow(new Decimal(4).div(steps)).minus(1).times(100);
  reply.cite(first.fact, last.fact).derive('Compound quarterly growth', percent(quarterly), `(${operands(last.fact, first.fact).join(' ÷ ')})^(1/${steps}) − 1`);
  return `${s.label} grew at a compound ${percent(quarterly)} a quarter (${percent(annual)} a year) over the ${steps} quarters from ${at(ask.kb, reply)(first)} to ${at(ask.kb, reply)(last)}.`;
};

/** A change in words: "up 5.4%", "down 0.3 percentage points", "a change of RMB2.0 million", "unchanged". */
function moved(from: Point, to: Point): string {
  const c = change(from.fact, to.fact);
  // (A figure the same as the one before is no rise: never "up 0.0%".)
  if (c.delta.isZero()) return 'unchanged';
  return c.points ? `${c.delta.isNegative() ? 'down' : 'up'} ${pp(c.delta)}` : c.pct ? `${c.pct.isNegative() ? 'down' : 'up'} ${percent(c.pct.abs())}` : `a change of ${derived(c.delta, from.fact, to.fact)}`;
}

/** Each quarter against the same quarter a year earlier ("yoy growth in each of the last 4 quarters"), each cited. */
const yearOnYear: Along = (s, reply, ask) => {
  const steps = s.points.map((p) => {
    const prior = ask.kb.get(s.metric, shift(p.period, 12), ask.currency);
    reply.cite(p.fact);
    if (!prior || prior.role !== 'value') return `${periodLabel(p.period)} ${figure(p.fact)} (the releases loaded don't give ${periodLabel(shift(p.period, 12))})`;
    reply.cite(prior);
    return `${periodLabel(p.period)} ${withRestatement(ask.kb, p.fact, reply)}, ${moved({ period: prior.period, fact: prior }, p)} from ${withRestatement(ask.kb, prior, reply)} in ${periodLabel(prior.period)}`;
  });
  return `${s.label}, change from the same quarter a year earlier: ${steps.join('; ')}.`;
};

const changes: Along = (s, reply, ask) => {
  if (ask.basis === 'yoy') return yearOnYear(s, reply, ask);
  reply.cite(...s.points.map((p) => p.fact));
  const steps = s.points.slice(1).map((p, i) => {
    const prev = s.points[i]!;
    const adjacent = periodKey(shift(p.period, 3)) === periodKey(prev.period);
    return `${periodLabel(p.period)} ${figure(p.fact)}, ${moved(prev, p)} from ${adjacent ? '' : 'the figure of '}${periodLabel(prev.period)}`;
  });
  return `${s.label}, change from each quarter to the next: ${periodLabel(s.points[0]!.period)} ${figure(s.points[0]!.fact)}; ${steps.join('; ')}.`;
};

const trend: Along = (s, reply, ask) => {
  reply.cite(...s.points.map((p) => p.fact));
  const deltas = s.points.slice(1).map((p, i) => amount(p.fact).comparedTo(amount(s.points[i]!.fact)));
  const ups = deltas.filter((d) => d > 0).length;
  const downs = deltas.filter((d) => d < 0).length;
  const c = change(s.points[0]!.fact, s.points.at(-1)!.fact);
  const overall = c.points ? pp(c.delta) : c.pct ? percent(c.pct.abs()) : derived(c.delta.abs(), s.points[0]!.fact);
  const direction = ups > downs && c.delta.isPositive() ? 'trending up' : downs > ups && c.delta.isNegative() ? 'trending down' : 'without a clear trend';
  const moved = c.delta.isZero() ? 'unchanged' : `${c.delta.isPositive() ? 'up' : 'down'} ${overall} overall`;
  return `${s.label} is ${direction} over ${spanText(s.points)}: it rose in ${ups} and fell in ${downs} of ${deltas.length} steps, ${moved} (${s.points.map(at(ask.kb, reply)).join('; ')}).`;
};

const total: Along = (s, reply, ask) => {
  if (ask.kb.isStock(s.metric) || s.points[0]!.fact.unit.kind === 'percent') return `${s.label} is ${s.points[0]!.fact.unit.kind === 'percent' ? 'a rate' : 'a balance at a date'}, which does not add up over quarters: ${s.points.map(at(ask.kb, reply)).join('; ')}.`;
  const shown = derived(sumOf(s.points), ...s.points.map((p) => p.fact));
  reply.cite(...s.points.map((p) => p.fact)).derive(`${s.label}, ${spanText(s.points)}`, shown, inputs(s.points));
  return `${s.label} over ${spanText(s.points)} added up to ${shown}: ${s.points.map(at(ask.kb, reply)).join('; ')}.`;
};

/** One change between the first and the last figure of the span ("growth from the first to the last"), both cited. */
const overall: Along = (s, reply, ask) => {
  const [first, last] = [s.points[0]!, s.points.at(-1)!];
  const c = change(first.fact, last.fact);
  reply.cite(first.fact, last.fact);
  if (c.pct) reply.derive(`${s.label} change from ${periodLabel(first.period)} to ${periodLabel(last.period)}`, percent(c.pct), `(${operands(last.fact, first.fact).join(' − ')}) ÷ ${operands(first.fact)[0]} × 100`);
  const by = c.delta.isZero() ? '' : ` (${c.delta.isNegative() ? 'a decrease' : 'an increase'} of ${derived(c.delta.abs(), first.fact, last.fact)})`;
  return `${s.label} was ${withRestatement(ask.kb, last.fact, reply)} ${when(last.fact)}, ${moved(first, last)} from ${withRestatement(ask.kb, first.fact, reply)} ${when(first.fact)}${by}.`;
};

const OPS: Record<HistoryOp, Along> = { series, highest: extreme(true), lowest: extreme(false), average, growth, trend, changes, sum: total, overall };
/** How many quarters an operation needs. */
const NEEDS: Record<HistoryOp, number> = { series: 1, highest: 2, lowest: 2, average: 2, growth: 2, trend: 3, changes: 2, sum: 2, overall: 2 };

/** The answer along the span for every metric asked; the quarters the releases lack are named. */
/** Operations that may run along a series of changes as well as of figures. */
const OVER_CHANGES: HistoryOp[] = ['highest', 'lowest', 'average', 'trend'];

/**
 * The series of each quarter's change on the basis asked ("which quarter's yoy growth peaked"): a rate a
 * quarter against the same quarter a year earlier (or the one before), both figures cited, the formula
 * shown; a quarter of a named span whose base the releases lack is named missing.
 */
function changesOf(s: Series, basis: 'yoy' | 'qoq', reply: Reply, ask: AlongAsk, everyQuarter: boolean): Series {
  const points: Point[] = [];
  const missing = [...s.missing];
  for (const p of s.points) {
    const base = ask.kb.get(s.metric, shift(p.period, basis === 'yoy' ? 12 : 3), ask.currency);
    const c = base && base.role === 'value' ? change(base, p.fact) : null;
    // Along every quarter the releases give, those with no base are no part of the span; a span named lacks them.
    if (!base || !c?.pct) {
      if (!everyQuarter) missing.push(p.period);
      continue;
    }
    reply.cite(base).derive(`${s.label} ${basis === 'yoy' ? 'year over year' : 'quarter over quarter'}, ${periodLabel(p.period)}`, percent(c.pct), `${withRestatement(ask.kb, p.fact, reply)} ÷ ${withRestatement(ask.kb, base, reply)} − 1`);
    points.push({ period: p.period, fact: { ...p.fact, value: c.pct, unit: { kind: 'percent' }, decimals: 1, source: 'narrative' } });
  }
  return { ...s, label: `${s.label} growth ${basis === 'yoy' ? 'year over year' : 'quarter over quarter'}`, points, missing };
}

/**
 * Whether an operation along a basis's changes ("how did X trend yoy", no span named) has fewer changes than it
 * needs, for every line asked: the one change the releases give is what was asked, the change's own answer.
 */
export function tooFewChanges(ask: AlongAsk, op: HistoryOp, span: Span): boolean {
  if (!ask.basis || !OVER_CHANGES.includes(op)) return false;
  const reply = new Reply(ask.kb);
  const figures = ask.metrics.filter((id) => ask.kb.metrics.has(id)).map((id) => seriesOf(ask.kb, id, id, span, ask.currency));
  return figures.length > 0 && figures.every((s) => changesOf(s, ask.basis!, reply, ask, true).points.length < NEEDS[op]);
}

export function historyAnswer(ask: AlongAsk, h: Pick<HistoryAsk, 'op' | 'chart'>, span: Span): Answer {
  // "Which quarter's yoy growth peaked": the extreme, average or trend of the changes, not of the figures.
  const alongChanges = Boolean(ask.basis) && OVER_CHANGES.includes(h.op);
  if ((ask.basis || ask.op === 'change') && !alongChanges && !['series', 'changes', 'sum'].includes(h.op)) return unknown(`I can give the change of each quarter along the span ("revenue growth year over year each quarter of 2025"), but not the ${h.op} of those changes.`, 'out-of-scope');
  const reply = new Reply(ask.kb);
  // A ratio no line prints (a margin) is computed quarter by quarter from its lines; a multiple is not.
  const formula = (id: string) => FORMULAS.find((f) => `formula:${f.id}` === id && !f.times);
  const figures = ask.metrics.flatMap((id) => (ask.kb.metrics.has(id) ? [seriesOf(ask.kb, id, title(ask.kb.metrics.get(id)!.label), span, ask.currency)] : formula(id) ? [formulaSeries(ask.kb, formula(id)!, span, reply)] : []));
  const all = alongChanges ? figures.map((s) => changesOf(s, ask.basis!, reply, ask, span.kind === 'all')) : figures;
  if (!all.length) return unknown("I couldn't tell which figure's history you mean. Name a line, e.g. \"net income each quarter\".", 'not-understood');
  const lacking: string[] = [];
  for (const s of all) {
    if (s.missing.length) lacking.push(`${s.label} for ${listed(s.missing)}`);
    // A sum, average or extreme over part of the span asked would mislead: only the series shows a part.
    if (s.missing.length && h.op !== 'series') continue;
    if (s.points.length < NEEDS[h.op]) {
      if (s.points.length) reply.say(`${s.label}: the releases give only ${s.points.map((p) => `${periodLabel(p.period)} ${withRestatement(ask.kb, p.fact, reply)}`).join('; ')}, too few quarters for that.`);
      continue;
    }
    const line = OPS[h.op](s, reply, ask);
    if (line) reply.say(line);
  }
  if (lacking.length) reply.say(`The releases loaded don't give ${lacking.join('; ')}.`);
  const out = reply.answer();
  const whole = h.op === 'series' ? '' : ', so I can\'t give that over the span asked';
  if (!out.citations.length) return unknown(`The releases loaded don't give ${lacking.join('; ') || all.map((s) => s.label).join(', ')}${whole}.`);
  const chart = h.chart ? chartOf(ask.kb, all) : undefined;
  return chart ? { ...out, chart } : out;
}
