// A figure printed rounded ("Sales and Revenues $13.6" in a summary table in billions, "$3.2 billion" in prose)
// where the release prints the same line finer ("Total sales and revenues 13,589" in its statement): a figure
// derived from it (a sum, a difference, a ratio) is worked from the finer one, so that it is exact where the
// release allows. The same line is known by its name, less words that only say it is the whole (named rules,
// pinned by test/corpus/finer-twin.jsonl), and by its figure, which the rounded one must round to.
import { amount, currencyOf, type Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodKey } from './period.js';
import { halfUnit, roundsTo } from './release.js';

/** Words that say a line is the whole, not which line: "Total sales and revenues" is the line "Sales and Revenues". */
export const WHOLE_WORDS: { name: string; pattern: RegExp }[] = [
  { name: 'total', pattern: /^total\s+/ },
  { name: 'consolidated', pattern: /^consolidated\s+/ },
  { name: 'group', pattern: /^group\s+/ },
  { name: 'reported', pattern: /\s+\(?(?:as )?reported\)?$/ },
];

/** A label as the line it names: lower case, footnote marks and punctuation gone, the whole's words dropped. */
export function lineName(label: string): string {
  let s = label
    .toLowerCase()
    .replace(/<[^>]*>|\(\d{1,2}\)|\*+\d*/g, ' ')
    .replace(/[^a-z0-9&()/' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let changed = true; changed; ) {
    const before = s;
    for (const rule of WHOLE_WORDS) s = s.replace(rule.pattern, '').trim();
    changed = s !== before;
  }
  return s;
}

/** Whether two labels name one line ("Sales and Revenues", "Total sales and revenues"), whichever is printed finer. */
export function sameLine(a: string, b: string): boolean {
  const [x, y] = [lineName(a), lineName(b)];
  return x.length > 0 && x === y;
}

/**
 * The finest figure of the same line as `f` (same period, unit and currency, a name that is the same line's) that `f`
 * rounds from; null where none is finer. A line qualified by a section ("Total Sales (CONSTRUCTION INDUSTRIES)") is a
 * part's, never the whole's twin.
 */
export function finerTwin(kb: KnowledgeBase, f: Fact): Fact | null {
  // A sentence's rounding of a cell alone on its line (one cell a line): that cell, cited by its row.
  const cell = kb.roundedCell(f);
  if (cell) return cell;
  const names = kb.metrics.get(f.metric)?.labels ?? [f.label];
  const key = periodKey(f.period);
  let best: Fact | null = null;
  for (const c of kb.facts) {
    if (c.role !== 'value' || c.metric === f.metric || c.metric.includes('.') || c.unit.kind !== f.unit.kind || currencyOf(c.unit) !== currencyOf(f.unit)) continue;
    if (!halfUnit(c).lt(halfUnit(best ?? f)) || periodKey(c.period) !== key) continue;
    if (!roundsTo(amount(c).abs(), { ...f, value: f.value.abs() })) continue;
    const labels = kb.metrics.get(c.metric)?.labels ?? [c.label];
    if (labels.some((l) => names.some((n) => sameLine(l, n)))) best = c;
  }
  return best;
}
