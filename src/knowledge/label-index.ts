// A release's line labels indexed once, for the text reader's two searches by label: the line a
// sentence names (linesNamed) and the line a defined phrase names (metricFor). Both were a scan of every
// label of every metric per sentence or phrase, quadratic in a release's size, as a long release has
// more sentences and more metrics alike. The index holds each distinct label once, with the first metric
// that holds it (ties go to the earlier metric, as the scans had it), found by its first word, its
// content words' stems, or as a prefix.
import { similarity, words } from './labels.js';
import { push } from './multimap.js';
import type { Metric } from './release.js';

interface Label {
  text: string;
  lower: string;
  /** The first metric holding it: its id and its place among the release's metrics. */
  id: string;
  order: number;
}

export interface LabelIndex {
  /** Labels by the first run of word characters of their lower-case form. */
  byFirstWord: Map<string, Label[]>;
  /** Labels with no word character, or whose lower case is not as long: checked for every sentence. */
  unindexed: Label[];
  /** Labels by each content word's stem (labels.ts words). */
  byStem: Map<string, Label[]>;
  /** Labels sorted by their lower-case form, for a prefix's range. */
  sorted: Label[];
}

/**
 * `shortForms`: the release's own abbreviations, long form → short form ("Provision for credit losses" → "PCL"): a line
 * whose label is a long form is found by its short form too ("PCL increased $111 million"), after every label (a label
 * of another line that reads as the short form keeps it).
 */
export function labelIndex(metrics: Map<string, Metric>, shortForms: Map<string, string> = new Map()): LabelIndex {
  const index: LabelIndex = { byFirstWord: new Map(), unindexed: [], byStem: new Map(), sorted: [] };
  const seen = new Set<string>();
  const add = (text: string, id: string, order: number) => {
    if (seen.has(text)) return;
    seen.add(text);
    const label = { text, lower: text.toLowerCase(), id, order };
    const first = /\w+/.exec(label.lower)?.[0];
    if (first && label.lower.length === text.length) push(index.byFirstWord, first, label);
    else index.unindexed.push(label);
    for (const stem of new Set(words(text))) push(index.byStem, stem, label);
    index.sorted.push(label);
  };
  const all = [...metrics.values()];
  all.forEach((m, order) => {
    for (const text of m.labels) add(text, m.id, order);
  });
  const short = new Map([...shortForms].map(([long, s]) => [long.toLowerCase(), s]));
  all.forEach((m, order) => {
    for (const l of m.labels) if (short.has(l.toLowerCase())) add(short.get(l.toLowerCase())!, m.id, all.length + order);
  });
  index.sorted.sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.order - b.order));
  return index;
}

/** The earliest metric of the labels scoring highest (at least `min`), or undefined. */
function bestOf(scored: Iterable<[Label, number]>, min: number): string | undefined {
  let best: { label: Label; score: number } | undefined;
  for (const [label, score] of scored) {
    if (score < min) continue;
    if (!best || score > best.score || (score === best.score && label.order < best.label.order)) best = { label, score };
  }
  return best?.label.id;
}

/** The labels `text` (lower case) prints as whole phrases, with where: a whole phrase's first word is a whole word of `text`, so only the labels those words begin are tried. */
function wholeLabels(index: LabelIndex, text: string): { label: Label; at: number }[] {
  const candidates = new Set(index.unindexed);
  for (const w of new Set(text.match(/\w+/g) ?? [])) for (const l of index.byFirstWord.get(w) ?? []) candidates.add(l);
  const out: { label: Label; at: number }[] = [];
  for (const l of candidates) {
    if (l.text.length <= 2) continue;
    for (let at = text.indexOf(l.lower); at >= 0; at = text.indexOf(l.lower, at + 1)) {
      if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + l.text.length] ?? '')) out.push({ label: l, at });
    }
  }
  return out;
}

/**
 * Every line `text` (lower case) names, in the order named: the longest label at each place, and no label
 * inside a longer one ("net income" inside "net income per share" names no line of its own).
 */
export function linesNamed(index: LabelIndex, text: string): { id: string; at: number }[] {
  const found = wholeLabels(index, text).sort((a, b) => b.label.text.length - a.label.text.length || a.label.order - b.label.order);
  const taken: { id: string; at: number; end: number }[] = [];
  for (const { label, at } of found) {
    const end = at + label.text.length;
    if (!taken.some((t) => at < t.end && end > t.at)) taken.push({ id: label.id, at, end });
  }
  return taken.sort((a, b) => a.at - b.at).map(({ id, at }) => ({ id, at }));
}

/**
 * The metric whose labels score highest against `phrase` (1 for a label it begins, else the labels' word
 * similarity), at least 0.6. A label scoring above zero shares a stem with the phrase or begins with it.
 */
export function mostSimilar(index: LabelIndex, phrase: string): string | undefined {
  const lower = phrase.toLowerCase();
  const candidates = new Set<Label>();
  for (const stem of new Set(words(phrase))) for (const l of index.byStem.get(stem) ?? []) candidates.add(l);
  for (let i = firstAtLeast(index.sorted, lower); i < index.sorted.length && index.sorted[i]!.lower.startsWith(lower); i++) candidates.add(index.sorted[i]!);
  return bestOf([...candidates].map((l): [Label, number] => [l, l.lower.startsWith(lower) ? 1 : similarity(l.text, phrase)]), 0.6);
}

/** The first place in `sorted` whose label is not before `lower`. */
function firstAtLeast(sorted: Label[], lower: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.lower < lower) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
