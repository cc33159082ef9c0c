// The values of an answer's chart, built by the handler from the facts it cites: each in one unit (the
// first fact's currency and scale, so a narrative's millions sit beside a table's thousands), titled
// with the company, the figure, the unit and the periods, with each source line. Adapters draw these
// values as they are and compute nothing.
import type { Decimal } from 'decimal.js';
import { lineOf } from '../knowledge/citation.js';
import { amount, currencyOf, type Fact, unitWords } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodLabel } from '../knowledge/period.js';
import type { Chart } from './answer.js';

/** The unit a chart of a fact is drawn in ("RMB thousands", "%", "loans"), and the scale its values are divided by. */
export function chartUnit(f: Fact): { label: string; scale: number } {
  return { label: unitWords(f.unit), scale: 'scale' in f.unit ? f.unit.scale : 1 };
}

/** A fact's value in the unit of `like` (another fact of the chart), or null where the units differ. */
export function chartValue(f: Fact, like: Fact): number | null {
  if (f.unit.kind !== like.unit.kind || currencyOf(f.unit) !== currencyOf(like.unit)) return null;
  const value: Decimal = amount(f).div(chartUnit(like).scale);
  return value.toNumber();
}

/** The company whose release a fact is from (several issuers may be loaded). */
export function companyOf(kb: KnowledgeBase, f: Fact): string {
  return kb.sourceRelease(f)?.issuer.name ?? kb.issuer.name;
}

/** "Acme: total net revenue (RMB thousands), Q1 2023 to Q1 2024". */
export function chartTitle(company: string, what: string, unit: string, periods: string[]): string {
  const when = periods.length > 1 ? `${periods[0]} to ${periods.at(-1)}` : (periods[0] ?? '');
  return `${company}: ${what} (${unit})${when ? `, ${when}` : ''}`;
}

/** Each source line once, in the order the facts are given: "data/releases/acme-2024q1.md:268". */
export function chartSources(facts: Fact[]): string[] {
  return [...new Set(facts.map((f) => lineOf(f.citation)))];
}

/**
 * A one-period breakdown: its parts as bars, or stacked into one bar when the question asks for a mix.
 * `whole` (the total they make up) sets the unit and is cited beneath; a family of lines has none.
 */
export function partsChart(kb: KnowledgeBase, what: string, parts: { name: string; fact: Fact }[], stacked: boolean, whole?: Fact): Chart | undefined {
  const first = whole ?? parts[0]?.fact;
  if (!first || !parts.length) return undefined;
  const unit = chartUnit(first).label;
  const period = periodLabel(parts[0]!.fact.period);
  return {
    kind: stacked ? 'stacked' : 'bar',
    title: chartTitle(companyOf(kb, first), what, unit, [period]),
    unit,
    categories: parts.map((p) => p.name),
    series: [{ name: period, values: parts.map((p) => chartValue(p.fact, first)) }],
    sources: chartSources([...(whole ? [whole] : []), ...parts.map((p) => p.fact)]),
  };
}
