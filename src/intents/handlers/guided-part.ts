// A part asked of a guidance the release gives for the whole ("automotive revenue forecast", "AISC guide for Mt
// Kerrin", "organic growth guide for International", where the outlook guides only the group's figure): the part's
// own words are left over beside the line's name in a guidance question (its words are not read into the line), so
// the group's range would answer for the part. A part the release names anywhere (a line's child, a segment's row,
// a row of a table not read) that the question names and the guided sentence or row does not is declined by name
// (guidance.ts); the whole's range is never its answer.
import type { Fact } from '../../knowledge/fact.js';
import type { Ask } from '../frame.js';
import { wordsOf } from '../unread-lines.js';

/** Words a line of the whole goes by in a table of parts ("Revenue Total", "AISC Group"), and words that join a name's others: no part. */
// (A year is a period, never a part's name: a maturity schedule's "2026 (remainder)" row named no part of "2026 guidance".)
const NO_PART = /^(?:total|consolidated|group|overall|and|of|the|for|in|to|at|by|a|an|(?:19|20)\d{2})$/;

const words = (text: string) => new Set(wordsOf(text));

/**
 * The release's names of parts, as labels: lines that are parts of a whole (a segment's row, a line's child) and the
 * rows of tables not read ("AISC (A$/oz) Mt Kerrin", "Copper"), whose figures are unknown but whose names are the release's.
 */
function partLabels(ask: Ask): string[] {
  const children = new Set([...ask.kb.metrics.values()].flatMap((m) => m.children));
  const parts = [...ask.kb.metrics.entries()].flatMap(([id, m]) => (children.has(id) || id.includes('.') ? [m.label] : []));
  return [...parts, ...ask.kb.releases.flatMap((r) => r.skipped.flatMap((s) => s.labels ?? []))];
}

/**
 * The part of a guided line the question names, as the release prints it, or null: a part's words beyond the guided
 * line's name and its sentence or row (which, naming the part, would make the range the part's own) and beyond the
 * names of the lines asked (which are no parts), every one said in the question.
 */
function partSaid(ask: Ask, low: Fact, labels: string[]): string | null {
  const asked = words(ask.topic);
  const guided = ask.kb.metrics.get(low.metric)?.label ?? low.label;
  const children = new Set([...ask.kb.metrics.values()].flatMap((m) => m.children));
  // (A line asked goes by its names too, "EPS" for "Earnings per share (Diluted)"; a part asked, "International", is none.)
  const lines = new Set([low.metric, ...ask.metrics.filter((id) => !children.has(id) && !id.startsWith(`${low.metric}.`))]);
  const names = ask.matcher.names.filter((n) => n.ids.some((id) => lines.has(id))).map((n) => n.text);
  // (The guided row's own words are the line's: "AISC (A$/oz) 2,250-2,400" guides "All-in sustaining cost (A$/oz)".)
  const own = words([guided, ...[...lines].map((id) => ask.kb.metrics.get(id)?.label ?? id), ...names, low.citation.quote].join(' '));
  for (const label of labels) {
    // (A label's brackets hold its unit or a note, "Europe ($ millions)": no words of the part.)
    const extra = wordsOf(label.replace(/\([^)]*\)/g, ' ')).filter((w) => !own.has(w) && !NO_PART.test(w));
    if (extra.length && extra.every((w) => asked.has(w))) return printed(label, extra);
  }
  return null;
}

/** A part's own words as its label prints them, first letter capitalised ("AISC (A$/oz) mt Kerrin" → "Mt Kerrin"). */
function printed(label: string, extra: string[]): string {
  const lower = label.toLowerCase();
  const from = lower.search(new RegExp(`\\b${extra[0]}\\b`));
  const last = extra.at(-1)!;
  const to = lower.lastIndexOf(last) + last.length;
  const text = from >= 0 && to > from ? label.slice(from, to) : extra.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The part of the guided lines the question asks for ("Mt Kerrin"), where it asks for one of each, else null. */
export function partAsked(ask: Ask, ranges: Fact[]): string | null {
  const labels = partLabels(ask);
  const parts = ranges.map((f) => partSaid(ask, f, labels));
  return parts.length && parts.every(Boolean) ? [...new Set(parts)].join(' or ') : null;
}
