// The "including" refiner: a name joined to more words by "incl" or "with" ("cash incl restricted",
// "cash with restricted cash", "S&M incl funding costs") names the one line that holds both parts, a
// total that includes the second, never either part's own line. Where several lines hold both, the
// question's word for the balance's side ("beginning", "opening"; else the end) chooses; else the
// ambiguity refiner asks. Where none does, the release doesn't give that line.
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import type { MetricMatch } from '../recognisers/metrics.js';
import { WITH_TWIN } from '../recognisers/operations.js';
import { contentTokens } from '../text.js';
import { notGiven } from './qualifiers.js';
import { leavesOut } from '../recognisers/added-back.js';

/** The word that joins a total's part to it. */
const INCLUDING = /\b(?:incl(?:uding|usive of|\.)?|with)\b/g;
const TOTAL = /^total\b/i;
/** A balance's side, said anywhere in the question, and the words of the line that is that side. */
const SIDES = [
  { said: /\b(?:beginning|begin|start)\b/, label: /\bbeginning\b/i },
  { said: /\b(?:end|ending)\b/, label: /\bend\b/i },
];

/** A label naming a ratio by its two sides: "ratio of X to Y", "X to Y ratio", "X as a % of Y". */
const RATIO_SIDES = [/\bratio of (.+?) to (.+)$/i, /^(.+?) to (.+?) ratio\b/i, /^(.+?) as an? (?:%|percent(?:age)?|share|proportion) of (.+)$/i];

/**
 * Whether the words said all sit on one side of a ratio `label` names: "net debt including leases" of "ratio of net debt
 * including leases to adjusted EBITDA" is that ratio's numerator, a figure of its own, never the ratio's.
 */
function oneSideOf(label: string, stems: string[]): boolean {
  const m = RATIO_SIDES.map((r) => r.exec(label)).find(Boolean);
  return !!m && [m[1]!, m[2]!].some((side) => stems.every((s) => contentTokens(side).some((t) => t.stem === s)));
}

export function including(lex: Lexicon, intent: Intent, matches: MetricMatch[]): MetricMatch[] | Answer {
  let out = matches;
  for (const joint of intent.text.matchAll(INCLUDING)) {
    const at = joint.index!;
    const left = out.find((m) => m.start < at && (m.end > at || /^\s*$/.test(intent.text.slice(m.end, at))));
    // A name holding the word itself ("cash including restricted cash") is a line's own name.
    if (!left || new RegExp(`\\b${joint[0]}\\b`).test(left.name)) continue;
    const held = joint[0] === 'with' ? thresholdOf(lex, intent, out, left, at + joint[0].length) : null;
    if (held && !Array.isArray(held)) return held;
    if (held) {
      out = held;
      continue;
    }
    const end = rightEnd(lex, intent, out, at + joint[0].length);
    if (end === null) continue;
    // "incl. noncurrent" asks for a line with its twin, which the sum cue holds.
    if (WITH_TWIN.test(intent.text.slice(at))) continue;
    const run = intent.text.slice(left.start, end);
    const stems = contentTokens(run.replace(INCLUDING, ' ')).map((t) => t.stem);
    const parts = out.filter((m) => m.start >= left.start && m.end <= end);
    // The second part's own line ("restricted cash") is not the line that includes it.
    const own = [...parts.filter((m) => m.start > at).flatMap((m) => m.ids), ...lex.matcher.refine(contentTokens(intent.text.slice(at + joint[0].length, end)).map((t) => t.stem))];
    // (A line whose label leaves the part out, "... - excluding equipment leased to others", holds its words but not it.)
    const part = contentTokens(intent.text.slice(at + joint[0].length, end)).map((t) => t.stem);
    const holding = lex.matcher.goingBy(stems).filter((id) => !own.includes(id) && !id.startsWith('formula:') && !leavesOut(lex.matcher.label(id), part) && !oneSideOf(lex.matcher.label(id), stems));
    // "total loan volume incl ICE": a total said to include a part is the total; "compare A with B" is no joint.
    if (!holding.length && (joint[0] === 'with' || left.ids.every((id) => TOTAL.test(lex.matcher.label(id))))) continue;
    // (The part added back to the line that leaves it out: the two lines' sum, recognisers/added-back.ts.)
    if (!holding.length && left.ids.some((id) => leavesOut(lex.matcher.label(id), part))) continue;
    if (!holding.length) return notGiven(lex, run);
    // A balance asked with no side is the one at the end of the period asked, as any balance is.
    const side = SIDES.find((s) => s.said.test(intent.text)) ?? SIDES[1]!;
    const sided = holding.filter((id) => side.label.test(lex.matcher.label(id)));
    const merged: MetricMatch = { ids: sided.length ? sided : holding, name: run.replace(INCLUDING, ' ').replace(/\s+/g, ' '), start: left.start, end, exact: false };
    out = [...out.filter((m) => !parts.includes(m) && m !== left), merged].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A threshold said of a count's members ("with $100k+", "with more than 10,000", "with over $1 million in"). */
const THRESHOLD = /^\s*(?:(?:more than|over|above|at least)\s+)?[$€£¥₹]?\s?\d[\d,.]*\s*(?:k|m|mn|bn|million|billion|thousand)?\s*(?:\+|or more|and above|plus)?\s*(?:(?:of|in)\s+)?/i;
const THRESHOLD_AFTER = /^\s+(?:of|above|over|at least)\s+[$€£¥₹]?\s?\d[\d,.]*\s*(?:k|m|mn|bn|million|billion|thousand)?\s*(?:\+|or more|and above|plus)?/i;

/**
 * "customers with $100k+ ARR": the words after a threshold qualify the name before it, the customers counted by their ARR,
 * never a second line asked (the ARR itself). The lines named whose row or sentence holds them and that threshold; none: declined by the whole name.
 */
function thresholdOf(lex: Lexicon, intent: Intent, out: MetricMatch[], left: MetricMatch, from: number): MetricMatch[] | Answer | null {
  const said = THRESHOLD.exec(intent.text.slice(from));
  const before = said && /\d/.test(said[0]) ? said[0] : null;
  const end = rightEnd(lex, intent, out, from + (before?.length ?? 0));
  // (Or said after the words: "customers with ARR of $100,000 or more".)
  const after = end === null || before ? null : THRESHOLD_AFTER.exec(intent.text.slice(end));
  if (end === null || !(before || after)) return null;
  const part = contentTokens(intent.text.slice(from + (before?.length ?? 0), end)).map((t) => t.stem);
  const level = amountOf(before ?? after![0]);
  const to = end + (after?.[0].length ?? 0);
  const ids = left.ids.filter((id) => part.every((s) => lex.lineWords(id).has(s)) && lex.kb.facts.some((f) => f.metric === id && amountsIn(f.citation.quote).includes(level)));
  if (!ids.length) return notGiven(lex, intent.text.slice(left.start, to).trim());
  const merged: MetricMatch = { ...left, ids, name: intent.text.slice(left.start, to).trim(), end: to, exact: false };
  return [...out.filter((m) => m !== left && !(m.start >= from && m.end <= to)), merged].sort((a, b) => a.start - b.start);
}

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(k|mn|m|million|bn|billion|thousand)?\b/gi;
/** The amounts a text prints, each at its scale ("$100k" and "$100,000" are one). */
const amountsIn = (text: string) => [...text.matchAll(AMOUNT)].map((m) => Number(m[1]!.replace(/,/g, '')) * (SCALE[m[2]?.toLowerCase() ?? ''] ?? 1));
const amountOf = (text: string) => amountsIn(text)[0]!;

/** Where the words after "incl" end: a name starting there, or the run of name words there; null for none. */
function rightEnd(lex: Lexicon, intent: Intent, matches: MetricMatch[], from: number): number | null {
  const after = intent.text.slice(from);
  const named = matches.find((m) => m.start >= from && /^\s*$/.test(intent.text.slice(from, m.start)));
  if (named) return named.end;
  let end = 0;
  for (const t of contentTokens(after)) {
    if (!/^[\s-]*(?:(?:the|of)\s+)?$/.test(after.slice(end, t.start)) || !lex.matcher.isNameWord(t.word)) break;
    end = t.end;
  }
  return end ? from + end : null;
}
