// One history per metric per company: the same line across releases is one metric, whatever footnote
// marks or word forms its label carries in each ("Total net revenues", "Net income(1)"); a figure a later
// release restates is answered from that release, the earlier one kept to be mentioned; a metric's
// quarters are ordered by their end dates (a fiscal quarter keyed by the issuer's own name, never merged
// with a calendar one).
import { amount, currencyOf, type Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodEnd, periodKey, type Period } from './period.js';
import { mostPrecise, restates, type Metric, type Release } from './release.js';
import { stem } from '../nlp.js';
import { memo } from './memo.js';

/** Footnote marks a label may carry: "<sup>1</sup>", "*1", "(1)", "(a)", a digit glued to the last word. */
const MARKS = /<sup>.*?<\/sup>|\*+\d*|\(\s*(?:\d{1,2}|[a-z])\s*\)|(?<=[a-z])\d{1,2}\b/gi;

/** A label as a line's identity: marks dropped, words stemmed ("Total net revenues" = "Total net revenue"). */
export function lineKey(id: string, label: string): string {
  const section = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '';
  return `${section}|${labelKey(label)}`;
}
// (Answers ask it of the same labels each time: each read once, a bounded memo by label.)
const labelKey = memo((label: string) => label.replace(MARKS, ' ').toLowerCase().split(/[^a-z0-9&+%]+/).filter(Boolean).map(stem).join(' '), { weigh: (k) => k.length });

/**
 * The releases of one company (latest first) with each earlier release's metric ids mapped to the id
 * the latest release that prints the same line gives it.
 */
export function unifyMetrics(releases: Release[]): Release[] {
  const canonical = new Map<string, string>();
  const later: Release[] = [];
  return releases.map((r) => {
    const rename = new Map<string, string>();
    // Each line's table figures, gathered in one pass: not a scan of every fact per line (quadratic in size).
    const values = new Map<string, Fact[]>();
    for (const f of r.facts) {
      if (!isTableValue(f)) continue;
      const list = values.get(f.metric);
      if (list) list.push(f);
      else values.set(f.metric, [f]);
    }
    for (const m of r.metrics.values()) {
      const key = lineKey(m.id, m.label);
      const known = canonical.get(key) ?? sameLine(m, values.get(m.id) ?? [], r, later, canonical);
      // Two lines of one release are never merged into one.
      if (known && known !== m.id && !r.metrics.has(known)) rename.set(m.id, known);
      if (!canonical.has(key)) canonical.set(key, known ?? m.id);
    }
    const out = renamed(r, rename);
    later.push(out);
    return out;
  });
}

const isTableValue = (f: Fact) => f.role === 'value' && f.source === 'table';

/**
 * The later id of a line an earlier release prints under another name ("Total revenues", later "Net
 * revenue"): the one later table line, absent from this release and under the same parent, that prints
 * the same figure for every period both give (one at least, none zero). Anything less certain stays
 * two lines.
 */
function sameLine(m: Metric, values: Fact[], r: Release, later: Release[], canonical: Map<string, string>): string | undefined {
  const mine = new Map(values.map((f) => [periodKey(f.period), f]));
  if (!mine.size) return undefined;
  const parentOf = (x: Metric | undefined) => x && canonical.get(lineKey(x.id, x.label));
  const parent = m.parent ? (parentOf(r.metrics.get(m.parent)) ?? m.parent) : undefined;
  const shared = new Map<string, { same: boolean; n: number }>();
  for (const l of later) {
    for (const f of l.facts) {
      const mineThen = mine.get(periodKey(f.period));
      if (!isTableValue(f) || !mineThen || r.metrics.has(f.metric) || l.metrics.get(f.metric)?.parent !== parent) continue;
      const s = shared.get(f.metric) ?? { same: true, n: 0 };
      shared.set(f.metric, { same: s.same && f.value.equals(mineThen.value) && !f.value.isZero() && f.unit.kind === mineThen.unit.kind && amount(f).equals(amount(mineThen)), n: s.n + 1 });
    }
  }
  const linked = [...shared].filter(([, s]) => s.same && s.n > 0);
  return linked.length === 1 ? linked[0]![0] : undefined;
}

/** A release with metric ids renamed; a renamed line whose new id the release already has joins that line. */
function renamed(r: Release, rename: Map<string, string>): Release {
  if (!rename.size) return r;
  const to = (id: string) => rename.get(id) ?? id;
  const metrics = new Map<string, Metric>();
  for (const m of r.metrics.values()) if (!rename.has(m.id) || !r.metrics.has(to(m.id))) metrics.set(to(m.id), { ...m, id: to(m.id), children: m.children.map(to), ...(m.parent ? { parent: to(m.parent) } : {}), ...(m.partOf ? { partOf: to(m.partOf) } : {}) });
  const facts = r.facts.map((f) => (rename.has(f.metric) ? { ...f, metric: to(f.metric) } : f));
  const texts = r.texts.map((t) => (t.metric && rename.has(t.metric) ? { ...t, metric: to(t.metric) } : t));
  return { ...r, metrics, facts, texts };
}

/** Words that qualify a line without changing what it measures: "Total revenues" is revenue. */
const QUALIFIERS = new Set(['total', 'net', 'consolid', 'group']);
const nameKey = (label: string) => [...new Set(lineKey('', label).slice(1).split(' ').filter((w) => w && !QUALIFIERS.has(w)))].sort().join(' ');

/**
 * Guidance that names a line loosely ("revenue" guided, "Total revenues" reported; "bookings" and "Net
 * bookings") is that line's: a metric with guided figures only joins the one line of the company, with
 * reported figures in the same kind of unit, whose name is the same but for qualifiers. Two such lines,
 * or none, leave it apart: never a guess.
 */
export function foldGuidance(releases: Release[]): Release[] {
  const facts = releases.flatMap((r) => r.facts);
  const reported = new Set(facts.filter((f) => f.role === 'value').map((f) => f.metric));
  const keys = new Map<string, string>();
  for (const r of releases) for (const m of r.metrics.values()) if (!keys.has(m.id)) keys.set(m.id, nameKey(m.label));
  const kinds = (id: string) => new Set(facts.filter((f) => f.metric === id).map((f) => f.unit.kind));
  const rename = new Map<string, string>();
  for (const [id, key] of keys) {
    if (reported.has(id) || !key) continue;
    const guided = kinds(id);
    const same = [...keys].filter(([other, k]) => k === key && other !== id && reported.has(other) && [...kinds(other)].some((u) => guided.has(u)));
    if (same.length === 1) rename.set(id, same[0]![0]);
  }
  return releases.map((r) => renamed(r, rename));
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

/** A metric's figures for the periods `keep` takes, oldest first, each from the latest release that prints it. */
function series(kb: KnowledgeBase, metric: string, currency: string, keep: (p: Period) => boolean): Point[] {
  const seen = new Map<string, Period>();
  for (const f of kb.facts) if (f.metric === metric && f.role === 'value' && keep(f.period)) seen.set(periodKey(f.period), f.period);
  return [...seen.values()]
    .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))
    .flatMap((period) => {
      const fact = kb.get(metric, period, currency);
      return fact ? [{ period, fact }] : [];
    });
}

/** A flow metric's quarterly figures (three-month periods), oldest first. */
export function quarters(kb: KnowledgeBase, metric: string, currency = kb.currency): Point[] {
  return series(kb, metric, currency, (p) => p.kind === 'duration' && p.months === 3);
}

/** A balance's quarter-end figures (instants), oldest first. */
export function balances(kb: KnowledgeBase, metric: string, currency = kb.currency): Point[] {
  return series(kb, metric, currency, (p) => p.kind === 'instant');
}
