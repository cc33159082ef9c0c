// The earlier outlook a revision replaced, paired with the range that replaced it: "raised its forecast for
// revenue to ¥385,000 million (previous forecast: ¥370,000 million)", "to $A–$B from $X–$Y". The outlook
// reader keeps such figures as statements (prose/outlook.ts); here they are read back beside the current
// range, so a question asking how much guidance moved can be answered from the release's own two figures.
import type { Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodEnd } from './period.js';
import { lowEnd, RANGE_JOIN, tokens, type Token } from './prose/mentions.js';

/** Why the outlook reader keeps a figure as no guidance because a revision replaced it (prose/outlook.ts). */
export const EARLIER_REASON = /\bthe earlier outlook a revision replaces\b/;

/**
 * Words that may stand between a range and the earlier one it replaced and still tie them: revision words,
 * never a line's name ("(previous forecast: " ties; ") and for operating profit to " names another line).
 */
const TIE_WORDS = new Set(['from', 'to', 'vs', 'versus', 'compared', 'with', 'against', 'the', 'its', 'their', 'a', 'an', 'of', 'was', 'were', 'had', 'been', 'previously', 'previous', 'prior', 'earlier', 'original', 'originally', 'initial', 'initially', 'forecast', 'forecasts', 'guidance', 'outlook', 'range', 'target', 'up', 'down', 'raised', 'lowered', 'increased', 'reduced', 'cut', 'narrowed', 'widened', 'tightened', 'revised', 'updated']);
const ties = (gap: string) => (gap.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => TIE_WORDS.has(w));

/** A figure of the same kind as the guided one: same currency, scale and percent, so the two subtract. */
const sameKind = (t: Token, f: Fact) =>
  t.percent === (f.unit.kind === 'percent') && (f.unit.kind !== 'money' || (t.currency === f.unit.currency && t.scale === f.unit.scale));

/**
 * Tokens as a range reads them: a figure joined to the next one as a range's low end ("$320–$345 million") takes
 * the scale that one carries (lowEnd, as the outlook reader reads the current range). Else the range's low end is
 * of another kind, and its high end alone would be taken for the earlier outlook.
 */
const rangeScaled = (toks: Token[], text: string): Token[] =>
  toks.map((t, k) => {
    const n = toks[k + 1];
    return n && t.currency === n.currency && t.percent === n.percent && RANGE_JOIN.test(text.slice(t.end, n.start)) ? lowEnd(t, n) : t;
  });

/** A run of one or two earlier-outlook tokens (a range joined by "to", "and" or a dash) starting at `i`, stepping `dir`. */
function run(toks: Token[], earlier: boolean[], i: number, dir: 1 | -1, text: string): number[] {
  if (!earlier[i]) return [];
  const j = i + dir;
  const [a, b] = dir === 1 ? [i, j] : [j, i];
  const joined = earlier[j] && toks[a] && toks[b] && RANGE_JOIN.test(text.slice(toks[a]!.end, toks[b]!.start));
  return joined ? [a, b] : [i];
}

/** The figures of a run of tokens as facts of the range (low and high; equal for one figure), cited where they stand. */
const asFacts = (low: Fact, high: Fact, [a, b]: [Token, Token], citation = low.citation): [Fact, Fact] => [
  { ...low, value: a.value, decimals: a.decimals, citation },
  { ...high, value: b.value, decimals: b.decimals, citation },
];

/**
 * The earlier outlook stated beside a current range (its low and high facts, one line): the figures the
 * release keeps as the outlook a revision replaced, standing next to the range with only revision words
 * between. None where no such figure stands beside it, or where one stands on each side (whose is unclear).
 */
function besideRange(kb: KnowledgeBase, low: Fact, high: Fact): [Token, Token] | null {
  const release = kb.releases.find((r) => r.document === low.citation.document);
  if (!release || low.citation.line !== high.citation.line) return null;
  const text = low.citation.quote;
  const kept = new Set(release.nonFigures.filter((n) => n.line === low.citation.line && EARLIER_REASON.test(n.reason)).map((n) => n.text));
  const toks = rangeScaled(tokens(text), text);
  const earlier = toks.map((t) => kept.has(t.text.trim()) && sameKind(t, low));
  const at = (f: Fact, from = 0) => toks.findIndex((t, k) => k >= from && !earlier[k] && sameKind(t, f) && t.value.equals(f.value));
  const lo = at(low);
  const hi = lo < 0 ? -1 : at(high, lo);
  if (lo < 0 || hi < 0 || hi - lo > 1) return null;
  const after = run(toks, earlier, hi + 1, 1, text).filter(() => ties(text.slice(toks[hi]!.end, toks[hi + 1]!.start)));
  const before = run(toks, earlier, lo - 1, -1, text).filter(() => ties(text.slice(toks[lo - 1]!.end, toks[lo]!.start)));
  const found = after.length && before.length ? [] : after.length ? after : before;
  return found.length ? [toks[found[0]!]!, toks[found.at(-1)!]!] : null;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/**
 * The earlier outlook in a sentence of its own ("The prior full-year 2026 outlook called for revenue between
 * $1,200 million and $1,230 million."): one run of earlier figures in a sentence naming the guided line, read
 * as that line's only where the release guides the line for one period alone and the sentence names no other
 * guided line (else whose earlier outlook it is would be a guess).
 */
function ownSentence(kb: KnowledgeBase, low: Fact): { run: [Token, Token]; citation: Fact['citation'] } | null {
  const release = kb.releases.find((r) => r.document === low.citation.document);
  const guided = kb.facts.filter((f) => f.role === 'low' && f.citation.document === low.citation.document);
  if (!release || new Set(guided.filter((f) => f.metric === low.metric).map((f) => periodEnd(f.period))).size !== 1) return null;
  const label = (id: string) => words(kb.metrics.get(id)?.label ?? id);
  const names = (text: string, id: string) => [...label(id)].every((w) => words(text).has(w));
  const found = kb.texts.flatMap((t) => {
    if (t.kind !== 'statement' || t.citation.document !== low.citation.document || !names(t.text, low.metric)) return [];
    if (guided.some((f) => f.metric !== low.metric && names(t.text, f.metric) && label(f.metric).size >= label(low.metric).size)) return [];
    const kept = new Set(release.nonFigures.filter((n) => n.line === t.citation.line && EARLIER_REASON.test(n.reason)).map((n) => n.text));
    const toks = rangeScaled(tokens(t.text), t.text);
    const earlier = toks.map((k) => kept.has(k.text.trim()) && sameKind(k, low));
    const first = earlier.indexOf(true);
    const ran = first < 0 ? [] : run(toks, earlier, first, 1, t.text);
    const rest = earlier.filter(Boolean).length;
    return ran.length && ran.length === rest ? [{ run: [toks[ran[0]!]!, toks[ran.at(-1)!]!] as [Token, Token], citation: t.citation }] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

/**
 * The earlier outlook a current range replaced, as facts of the range's line and period (low and high, equal
 * for one figure), each cited where the release states it: beside the range, else in a sentence of its own.
 */
export function earlierOutlook(kb: KnowledgeBase, low: Fact, high: Fact): [Fact, Fact] | null {
  const beside = besideRange(kb, low, high);
  if (beside) return asFacts(low, high, beside);
  const own = ownSentence(kb, low);
  return own ? asFacts(low, high, own.run, own.citation) : null;
}
