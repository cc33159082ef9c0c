// The added-back recogniser: "capex incl. equipment leased to others" where the release prints "Capital
// expenditures - excluding equipment leased to others" beside "Expenditures for equipment leased to others".
// The words after the inclusion are the part the first line's own label leaves out, so the question asks
// that line plus the part's line: two names, and their sum. The line that leaves the part out is never the
// answer (it had been, its words holding every word said). Where the release prints a line holding both
// without leaving either out, that line is the total and this rule stays silent (refiners/including.ts).
import { NEUTRAL } from '../catalog.js';
import type { Lexicon } from '../lexicon.js';
import type { MetricMatch } from './metrics.js';
import { contentTokens, nameStems, STOPWORDS, tokens, type Token } from '../text.js';
import { CONNECTIVE } from './shared-head.js';
import { LEAVES_OUT } from './expressions.js';

/** Words that add a part to a line: "incl.", "including", "inclusive of", "with", "together with", "plus", "+". */
export const ADDING = /(?:^|\s)(?:incl(?:uding|usive of|\.)?|(?:together |along )?with|plus|\+)(?=\s)/g;
/** The whole of what stands between the two names so added. */
export const ADDED_BACK = new RegExp(`^\\s*${ADDING.source}\\s*$`);
/** Whether a word is the one adding a part back between two names ("capex including equipment leased to others"): no word of a name. */
export function addsBetween(text: string, spans: { start: number; end: number }[], t: { start: number; end: number }): boolean {
  const from = Math.max(-1, ...spans.filter((n) => n.end <= t.start).map((n) => n.end));
  const to = Math.min(...spans.filter((n) => n.start >= t.end).map((n) => n.start));
  return from >= 0 && Number.isFinite(to) && ADDED_BACK.test(text.slice(from, to));
}

/** Whether a line's label leaves out a part that holds every one of the given stems. */
export function leavesOut(label: string, stems: string[]): boolean {
  const out = LEAVES_OUT.exec(label);
  if (!out || !stems.length) return false;
  const left = new Set(nameStems(out[1]!));
  return stems.every((s) => left.has(s));
}

/**
 * The words a question says a line includes ("net debt including leases") that the line's label leaves out ("Net debt
 * excluding lease liabilities"): its first word after the inclusion, where that is a word of the part left out; else null.
 */
export function includedLeftOut(text: string, label: string): string | null {
  const out = LEAVES_OUT.exec(label);
  if (!out) return null;
  const left = new Set(nameStems(out[1]!));
  for (const joint of text.matchAll(ADDING)) {
    const first = contentTokens(text.slice(joint.index! + joint[0].length))[0];
    if (first && left.has(first.stem)) return first.word;
  }
  return null;
}

/** A run of name words, the small words inside a name allowed, from a token in one direction. */
function run(lex: Lexicon, text: string, all: Token[], k: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  for (let i = k; i >= 0 && i < all.length; i += step) {
    const t = all[i]!;
    const prev = out.at(-1);
    // (A comma or a bracket ends a name: "..., 1Q 2022".)
    if (prev && /[,;:()?]/.test(step === 1 ? text.slice(prev.end, t.start) : text.slice(t.end, prev.start))) break;
    if (!lex.matcher.isNameWord(t.word) && !CONNECTIVE.has(t.word)) break;
    out.push(t);
  }
  // (Small words at its ends are no part of it: "... leased to others in Q1".)
  const small = (t: Token) => CONNECTIVE.has(t.word) || STOPWORDS.has(t.word);
  while (out.length && small(out.at(-1)!)) out.pop();
  return step === 1 ? out : out.reverse();
}

const said = (ts: Token[]) => contentTokens(ts.map((t) => t.word).join(' ')).map((t) => t.stem).filter((s) => !NEUTRAL.has(s));
const span = (text: string, ids: string[], ts: Token[]): MetricMatch => ({ ids, name: text.slice(ts[0]!.start, ts.at(-1)!.end), start: ts[0]!.start, end: ts.at(-1)!.end, exact: true });

/**
 * The two names each added-back part makes, in place of the names their words held; none where the words
 * after the inclusion are no part some one line leaves out, or no one other line goes by them, or some
 * line holds both sides without leaving either out (the printed total).
 */
export function addedBack(lex: Lexicon, text: string, matches: MetricMatch[]): { matches: MetricMatch[]; added: boolean } {
  const all = tokens(text);
  let out = matches;
  let added = false;
  for (const joint of text.matchAll(ADDING)) {
    const [at, to] = [joint.index!, joint.index! + joint[0].length];
    const before = run(lex, text, all, all.filter((t) => t.end <= at).length - 1, -1);
    const after = run(lex, text, all, all.findIndex((t) => t.start >= to), 1);
    const [left, right] = [said(before), said(after)];
    if (!left.length || !right.length) continue;
    const label = (id: string) => lex.matcher.label(id);
    const both = lex.matcher.goingBy([...left, ...right]);
    const leaving = both.filter((id) => leavesOut(label(id), right));
    if (both.some((id) => !leaving.includes(id)) || !leaving.length) continue;
    const first = lex.matcher.refine(left).filter((id) => leaving.includes(id));
    // (Of a part printed per segment too, refine keeps the plainest label: the whole company's.)
    const parts = lex.matcher.refine(right).filter((id) => !leavesOut(label(id), right));
    if (first.length !== 1) continue;
    // (Of several, the line named as the first line's label leaves it out: "leases" is its "lease liabilities".)
    const leftOut = nameStems(LEAVES_OUT.exec(label(first[0]!))![1]!).join(' ');
    const part = parts.length > 1 ? parts.filter((id) => nameStems(label(id)).join(' ') === leftOut) : parts;
    if (part.length !== 1) continue;
    const [a, b] = [span(text, first, before), span(text, part, after)];
    out = [...out.filter((m) => m.end <= a.start || m.start >= b.end), a, b].sort((x, y) => x.start - y.start);
    added = true;
  }
  return { matches: out, added };
}
