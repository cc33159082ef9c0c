// A metric's quarters along a span, from one company's releases: each quarter's figure from the latest
// release that prints it (a restated one says what was first reported, both cited), the quarters of the
// span the releases lack named, and the chart of the series when one is asked for.
import type { Fact } from '../../knowledge/fact.js';
import { formulaLines, type Formula } from '../../knowledge/formulas.js';
import { balances, lineKey, quarters, restated, type Point } from '../../knowledge/history.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { endOf, quarterOf, periodEnd, periodKey, periodLabel, shift, type Period } from '../../knowledge/period.js';
import type { Chart } from '../answer.js';
import { chartSources, chartTitle, chartUnit, chartValue, companyOf } from '../chart.js';
import { figure } from '../format.js';
import type { Span } from '../recognisers/history.js';
import { inline, type Reply } from '../reply.js';
import { formulaAt } from './formula.js';

export interface Series {
  metric: string;
  label: string;
  points: Point[];
  /** Quarters of the span asked for that no release loaded gives. */
  missing: Period[];
}

const next = (p: Period) => shift(p, -3);

/** The quarters from `from` to `to`, both included (at most forty). */
function quartersBetween(from: Period, to: Period): Period[] {
  const [a, b] = periodEnd(from) <= periodEnd(to) ? [from, to] : [to, from];
  const out: Period[] = [];
  for (let p = a; periodEnd(p) <= periodEnd(b) && out.length < 40; p = next(p)) out.push(p);
  return out;
}

/** The quarters a span names, or null for every quarter the releases give. */
function spanQuarters(span: Span, latest: Period): Period[] | null {
  switch (span.kind) {
    case 'all':
      return null;
    case 'list':
      return span.periods;
    case 'last':
      return quartersBetween(shift(latest, 3 * (Math.max(1, span.n) - 1)), latest);
    case 'since':
      return quartersBetween(span.from, latest);
    case 'between':
      return quartersBetween(span.from, span.to);
    case 'year': {
      const year = (n: number): Period => ({ kind: 'duration', end: `${span.year}-${['03-31', '06-30', '09-30', '12-31'][n]}`, months: 3 });
      return quartersBetween(year(0), year(3)).filter((q) => periodEnd(q) <= periodEnd(latest));
    }
  }
}

/** The metric's figures along the span, oldest first, in `currency` where it is money. */
export function seriesOf(kb: KnowledgeBase, metric: string, label: string, span: Span, currency: string): Series {
  const stock = kb.isStock(metric);
  const wanted = spanQuarters(span, kb.quarter);
  if (!wanted) return { metric, label, points: stock ? balances(kb, metric, currency) : quarters(kb, metric, currency), missing: [] };
  const points: Point[] = [];
  const missing: Period[] = [];
  for (const q of wanted) {
    const period = stock ? endOf(q) : quarterOf(q);
    const fact = kb.get(metric, period, currency);
    if (fact && fact.role === 'value') points.push({ period: fact.period, fact });
    else missing.push(period);
  }
  return { metric, label, points, missing };
}

/**
 * A ratio's quarters ("gross margin each quarter", a formula no line prints): each quarter's value from
 * its two lines (formula.ts), both cited and the computation shown; a quarter of a span named that lacks
 * either line is named missing. Over every quarter, those of the numerator's lines.
 */
export function formulaSeries(kb: KnowledgeBase, f: Formula, span: Span, reply: Reply): Series {
  const metric = `formula:${f.id}`;
  const named = spanQuarters(span, kb.quarter);
  const given = new Map((formulaLines(kb).get(f.id)?.numerator ?? []).flatMap((id) => quarters(kb, id)).map((p) => [periodKey(p.period), p.period]));
  const wanted = named ?? [...given.values()].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
  const points: Point[] = [];
  const missing: Period[] = [];
  for (const q of wanted.map(quarterOf)) {
    const at = formulaAt(kb, f, q);
    if (!at) {
      if (named) missing.push(q);
      continue;
    }
    reply.cite(at.num, at.den).derive(`${f.label}, ${periodLabel(q)}`, at.shown, at.formula);
    points.push({ period: at.num.period, fact: { ...at.num, metric, label: f.label, value: at.value, unit: { kind: 'percent' }, decimals: 1, source: 'narrative' } });
  }
  return { metric, label: f.label, points, missing };
}

/** The document's release, by its quarter: "the Q1 2024 release". */
export function releaseOf(kb: KnowledgeBase, f: Fact): string {
  const r = kb.sourceRelease(f);
  return r ? `the ${periodLabel(r.quarter)} release` : f.citation.document;
}

/**
 * A figure and, where a later release restated it, the note that says so: "RMB297.5 million" and "(as
 * restated in the Q1 2024 release; first reported as RMB306.0 million in the Q1 2023 release)", both
 * cited. Asked `asFirst`, the first-reported figure leads and the restated one is the note.
 */
export function restatement(kb: KnowledgeBase, f: Fact, reply: Reply, asFirst = false): { lead: string; note: string } {
  reply.cite(f);
  const earlier = restated(kb, f);
  if (!earlier.length) return { lead: figure(f), note: renaming(kb, f) };
  reply.cite(...earlier);
  const first = earlier.reduce((a, b) => (releaseEnd(kb, b) < releaseEnd(kb, a) ? b : a));
  if (asFirst) return { lead: figure(first), note: ` (as first reported in ${releaseOf(kb, first)}; restated to ${figure(f)} in ${releaseOf(kb, f)})` };
  return { lead: figure(f), note: ` (as restated in ${releaseOf(kb, f)}; first reported as ${earlier.map((e) => `${figure(e)} in ${releaseOf(kb, e)}`).join(', ')})` };
}

/**
 * A figure from a release that prints its line under another name than the latest one says so: " (the
 * Q3 2025 release's “Total revenues”, linked to “Net revenue” by the figures both releases print)".
 */
function renaming(kb: KnowledgeBase, f: Fact): string {
  const now = kb.metrics.get(f.metric)?.label;
  if (!now || f.source !== 'table' || lineKey(f.metric, f.label) === lineKey(f.metric, now)) return '';
  return ` (${releaseOf(kb, f)}'s “${f.label}”, linked to “${now}” by the figures both releases print)`;
}

/** The figure with its restatement note, for lists: "RMB297.5 million (as restated ...)". */
export function withRestatement(kb: KnowledgeBase, f: Fact, reply: Reply): string {
  const { lead, note } = restatement(kb, f, reply);
  return lead + note;
}

/** The end of the quarter of the release a figure stands in. */
const releaseEnd = (kb: KnowledgeBase, f: Fact) => {
  const r = kb.sourceRelease(f);
  return r ? periodEnd(r.quarter) : '';
};

/** The span in words: "Q2 2023–Q1 2024 (4 quarters)". */
export function spanText(points: Point[]): string {
  if (!points.length) return '';
  const first = periodLabel(points[0]!.period);
  const last = periodLabel(points.at(-1)!.period);
  return points.length === 1 ? first : `${first}–${last} (${points.length} ${points[0]!.period.kind === 'instant' ? 'quarter ends' : 'quarters'})`;
}

/** A line chart of the series (those in the first one's unit), titled with the company, metric, unit and periods. */
export function chartOf(kb: KnowledgeBase, all: Series[]): Chart | undefined {
  const first = all.find((s) => s.points.length)?.points[0]?.fact;
  if (!first) return undefined;
  const unit = chartUnit(first).label;
  const series = all.filter((s) => s.points.length && chartValue(s.points[0]!.fact, first) !== null);
  const periods = new Map<string, Period>();
  for (const s of series) for (const p of s.points) periods.set(periodKey(p.period), p.period);
  const ordered = [...periods.values()].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)));
  return {
    kind: 'line',
    title: chartTitle(companyOf(kb, first), series.map((s) => inline(s.label)).join(', '), unit, ordered.map(periodLabel)),
    unit,
    categories: ordered.map(periodLabel),
    series: series.map((s) => ({ name: s.label, values: ordered.map((p) => {
      const at = s.points.find((x) => periodKey(x.period) === periodKey(p));
      return at ? chartValue(at.fact, first) : null;
    }) })),
    sources: chartSources(series.flatMap((s) => s.points.map((p) => p.fact))),
  };
}
