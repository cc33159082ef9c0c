// One history per metric per company: the same line across releases is one metric, whatever footnote
// marks or word forms its label carries in each ("Total net revenues", "Net income(1)"); a figure a later
// release restates is answered from that release, the earlier one kept to be mentioned; a metric's
// quarters are ordered by their end dates (a fiscal quarter keyed by the issuer's own name, never merged
// with a calendar one).
import { currencyOf, type Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodEnd, periodKey, type Period } from './period.js';
import { mostPrecise, restates, type Metric, type Release } from './release.js';
import { stem } from '../nlp.js';

/** Footnote marks a label may carry: "<sup>1</sup>", "*1", "(1)", "(a)", a digit glued to the last word. */
const MARKS = /<sup>.*?<\/sup>|\*+\d*|\(\s*(?:\d{1,2}|[a-z])\s*\)|(?<=[a-z])\d{1,2}\b/gi;

/** A label as a line's identity: marks dropped, words stemmed ("Total net revenues" = "Total net revenue"). */
export function lineKey(id: string, label: string): string {
  const section = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '';
  const words = label.replace(MARKS, ' ').toLowerCase().split(/[^a-z0-9&+%]+/).filter(Boolean).map(stem);
  return `${section}|${words.join(' ')}`;
}

/**
 * The releases of one company (latest first) with each earlier release's metric ids mapped to the id
 * the latest release that prints the same line gives it.
 */
export function unifyMetrics(releases: Release[]): Release[] {
  const canonical = new Map<string, string>();
  return releases.map((r) => {
    const rename = new Map<string, string>();
    for (const m of r.metrics.values()) {
      const key = lineKey(m.id, m.label);
      const known = canonical.get(key);
      // Two lines of one release are never merged into one.
      if (known && known !== m.id && !r.metrics.has(known)) rename.set(m.id, known);
      else if (!known) canonical.set(key, m.id);
    }
    if (!rename.size) return r;
    const to = (id: string) => rename.get(id) ?? id;
    const metrics = new Map<string, Metric>([...r.metrics.values()].map((m) => [to(m.id), { ...m, id: to(m.id), children: m.children.map(to), ...(m.parent ? { parent: to(m.parent) } : {}) }]));
    const facts = r.facts.map((f) => (rename.has(f.metric) ? { ...f, metric: to(f.metric) } : f));
    const texts = r.texts.map((t) => (t.metric && rename.has(t.metric) ? { ...t, metric: to(t.metric) } : t));
    return { ...r, metrics, facts, texts };
  });
}

/** Words that qualify a line without changing what it measures: "Total revenues" is revenue. */
const QUALIFIERS = new Set(['total', 'net', 'consolid', 'group']);
const nameWords = (label: string) => new Set(lineKey('', label).slice(1).split(' ').filter((w) => w && !QUALIFIERS.has(w)));

/**
 * The line a guided line's range is set against: its own where it has a reported figure for the period,
 * else the one line of the company, with a figure for the period in the same unit, whose name is the
 * guided name but for qualifiers ("revenue" guided, "Total revenues" reported; "bookings" and "Net
 * bookings"). Two such lines are no answer: the guidance is then compared with nothing, never a guess.
 */
export function reportedLine(kb: KnowledgeBase, guided: Fact): string | undefined {
  const reports = (id: string) => kb.all(id, guided.period, 'value').some((f) => f.unit.kind === guided.unit.kind && currencyOf(f.unit) === currencyOf(guided.unit));
  if (reports(guided.metric)) return guided.metric;
  const want = [...nameWords(guided.label)].sort().join(' ');
  const same = [...kb.metrics.values()].filter((m) => m.id !== guided.metric && [...nameWords(m.label)].sort().join(' ') === want && reports(m.id));
  return want && same.length === 1 ? same[0]!.id : undefined;
}

/** The figures earlier releases printed for a fact's metric and period that its release restates. */
export function restated(kb: KnowledgeBase, f: Fact): Fact[] {
  const currency = currencyOf(f.unit);
  const others = kb.all(f.metric, f.period, f.role).filter((x) => x.citation.document !== f.citation.document && currencyOf(x.unit) === currency && x.unit.kind === f.unit.kind);
  const byDocument = new Map<string, Fact[]>();
  for (const x of others) byDocument.set(x.citation.document, [...(byDocument.get(x.citation.document) ?? []), x]);
  return [...byDocument.values()].map((fs) => mostPrecise(fs)!).filter((x) => restates(x, f));
}

export interface Point {
  period: Period;
  fact: Fact;
}

/** A flow metric's quarterly figures (three-month periods), oldest first, each from the latest release that prints it. */
export function quarters(kb: KnowledgeBase, metric: string, currency = kb.currency): Point[] {
  const seen = new Map<string, Period>();
  for (const f of kb.facts) if (f.metric === metric && f.role === 'value' && f.period.kind === 'duration' && f.period.months === 3) seen.set(periodKey(f.period), f.period);
  return [...seen.values()]
    .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
    .flatMap((period) => {
      const fact = kb.get(metric, period, currency);
      return fact ? [{ period, fact }] : [];
    });
}

/** A balance's quarter-end figures (instants), oldest first. */
export function balances(kb: KnowledgeBase, metric: string, currency = kb.currency): Point[] {
  const seen = new Map<string, Period>();
  for (const f of kb.facts) if (f.metric === metric && f.role === 'value' && f.period.kind === 'instant') seen.set(periodKey(f.period), f.period);
  return [...seen.values()]
    .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
    .flatMap((period) => {
      const fact = kb.get(metric, period, currency);
      return fact ? [{ period, fact }] : [];
    });
}
