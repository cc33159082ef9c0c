// The earlier outlook a revision replaced, paired with the range that replaced it: "raised its forecast for
// revenue to ¥385,000 million (previous forecast: ¥370,000 million)", "to $A–$B from $X–$Y". The outlook
// reader keeps such figures as statements (prose/outlook.ts); here they are read back beside the current
// range, so a question asking how much guidance moved can be answered from the release's own two figures.
import { isDollar } from './currencies.js';
import { settleToken } from './minor-units.js';
import type { Fact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { toPointStyle } from './number-style.js';
import { periodKey } from './period.js';
import type { Release } from './release.js';
import { lowEnd, RANGE_JOIN, tokens, type Token } from './prose/mentions.js';
import { withSign } from './prose/signs.js';

/** Why the outlook reader keeps a figure as no guidance because a revision replaced it (prose/outlook.ts). */
export const EARLIER_REASON = /\bthe earlier outlook a revision replaces\b/;

/**
 * Words that may stand between a range and the earlier one it replaced and still tie them: revision words,
 * never a line's name ("(previous forecast: " ties; ") and for operating profit to " names another line).
 */
const TIE_WORDS = new Set(['from', 'to', 'vs', 'versus', 'compared', 'with', 'against', 'the', 'its', 'their', 'a', 'an', 'of', 'was', 'were', 'had', 'been', 'previously', 'previous', 'prior', 'earlier', 'original', 'originally', 'initial', 'initially', 'forecast', 'forecasts', 'guidance', 'outlook', 'range', 'target', 'up', 'down', 'raised', 'lowered', 'increased', 'reduced', 'cut', 'narrowed', 'widened', 'tightened', 'revised', 'updated', 'yoy', 'year', 'over']);
/** The guided period named after a range ("4% to 6% for fiscal year 2026 (previously: 3% to 5%)"): the range's own, no other line's name. */
const PERIOD_NAMED = /\b(?:for|in)\s+(?:the\s+)?(?:(?:fiscal|financial|full)[- ]?)?(?:year\s+)?(?:(?:19|20)\d{2}|fy\s?\d{2,4})\b/gi;
const ties = (gap: string) => (gap.replace(PERIOD_NAMED, ' ').toLowerCase().match(/[a-z]+/g) ?? []).every((w) => TIE_WORDS.has(w));

/** A bare "$" printed: the release's own dollar, which its facts carry (home-dollar.ts), not only the US one. */
const ownDollar = (t: Token, currency: string) => /^\$/.test(t.text.trim()) && isDollar(currency);

/** A quote of a release as its figures were read: a decimal-comma release's in the point style, place for place. */
export const asRead = (quoted: string, release: Release) => (release.decimalComma ? toPointStyle(quoted) : quoted);

/**
 * A text's figures as the release's facts have them (a minor unit settled by its currency: "290 cents" is C$2.90;
 * a decimal-comma release's "EUR 5.400" is 5,400, read in the point style as its figures were, place for place).
 * (A table's row is said in a sentence of cells already read so: either reading may be the quote's.)
 */
function releaseTokens(quoted: string, release: Release, read: boolean): Token[] {
  const text = read ? asRead(quoted, release) : quoted;
  return tokens(text).map((t) => settleToken(withSign(text, t), release.issuer.currency));
}

/** A figure of the same kind as the guided one: same currency, scale and percent, so the two subtract. */
const sameKind = (t: Token, f: Fact) =>
  t.percent === (f.unit.kind === 'percent') && (f.unit.kind !== 'money' || ((t.currency === f.unit.currency || ownDollar(t, f.unit.currency)) && t.scale === f.unit.scale));

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

/** Cells side by side in a table row's quote: nothing but spaces, a tab or a markdown rule ("|") between two figures. */
const CELL_GAP = /^(?:[ \t]+|[ \t]*\|[ \t]*)$/;

/**
 * A run of one or two earlier-outlook tokens (a range joined by "to", "and" or a dash) starting at `i`, stepping `dir`.
 * In a table row's quote, whose current range is two cells side by side ("5.50% 6.25% 5.00% 6.00%" under Low / High
 * columns), two such cells are a range too: read one at a time, the earlier range would be its low end alone.
 */
function run(toks: Token[], earlier: boolean[], i: number, dir: 1 | -1, text: string, cells = false): number[] {
  if (!earlier[i]) return [];
  const j = i + dir;
  const [a, b] = dir === 1 ? [i, j] : [j, i];
  const gap = toks[a] && toks[b] ? text.slice(toks[a]!.end, toks[b]!.start) : '';
  const joined = earlier[j] && toks[a] && toks[b] && (RANGE_JOIN.test(gap) || (cells && CELL_GAP.test(gap)));
  return joined ? [a, b] : [i];
}

/** The figures of a run of tokens as facts of the range (low and high; equal for one figure), each cited on the line it stands on. */
const asFacts = (low: Fact, high: Fact, [a, b]: [Token, Token], citation = low.citation, highCitation = citation): [Fact, Fact] => [
  { ...low, value: a.value, decimals: a.decimals, citation },
  { ...high, value: b.value, decimals: b.decimals, citation: highCitation },
];

/** Text a range stands in and the lines it runs over: the range's own line, or a sentence wrapped over several lines (a text file's). */
interface Stretch {
  text: string;
  lines: number[];
  citation: Fact['citation'];
}

/**
 * The earlier outlook stated beside a current range (its low and high facts) in one stretch of text: the figures
 * the release keeps as the outlook a revision replaced, standing next to the range with only revision words
 * between, and the line they stand on. None where no such figure stands beside it, or where one stands on each
 * side (whose is unclear).
 */
function besideRange(kb: KnowledgeBase, low: Fact, high: Fact, { text, lines }: Stretch, read: boolean): { run: [Token, Token]; lines: [number, number] } | null {
  const release = kb.releases.find((r) => r.document === low.citation.document);
  if (!release) return null;
  const kept = release.nonFigures.filter((n) => lines.includes(n.line) && EARLIER_REASON.test(n.reason));
  // (A year between is no figure: "by 6.5% to 7.5% from 2025, compared to 7.0% to 8.5% previously".)
  const toks = rangeScaled(releaseTokens(text, release, read), text).filter((t) => t.percent || t.currency !== null || !/^(?:19|20)\d{2}$/.test(t.text.trim()));
  // (The current range first, by place: an earlier range may print the same figure, "to 11%–13% (earlier: 9%–11%)".)
  const is = (t: Token | undefined, f: Fact) => Boolean(t && sameKind(t, f) && t.value.equals(f.value));
  const lo = toks.findIndex((t, k) => is(t, low) && (is(toks[k + 1], high) || low.value.equals(high.value)));
  if (lo < 0) return null;
  const hi = low.value.equals(high.value) && !is(toks[lo + 1], high) ? lo : lo + 1;
  const earlier = toks.map((t, k) => (k < lo || k > hi) && kept.some((n) => n.text === t.text.trim()) && sameKind(t, low));
  // (The current range printed as two cells side by side: the earlier one beside it is printed so too.)
  const cells = hi > lo && CELL_GAP.test(text.slice(toks[lo]!.end, toks[hi]!.start));
  const after = run(toks, earlier, hi + 1, 1, text, cells).filter(() => ties(text.slice(toks[hi]!.end, toks[hi + 1]!.start)));
  const before = run(toks, earlier, lo - 1, -1, text, cells).filter(() => ties(text.slice(toks[lo - 1]!.end, toks[lo]!.start)));
  const found = after.length && before.length ? [] : after.length ? after : before;
  if (!found.length) return null;
  const first = toks[found[0]!]!;
  // A figure at the stretch's edge with a range's join beyond it ("(previously £30m to" ending a line) is a range's
  // end whose other end the line cut off: the sentence, read whole, says what the range is.
  if (found.length === 1 && (RANGE_JOIN.test(text.slice(first.end)) || RANGE_JOIN.test(text.slice(0, first.start)))) return null;
  // (A range wrapped over two lines, "(previously £188m to" / "£196m)", has each end on its own line.)
  const last = toks[found.at(-1)!]!;
  const lineOf = (t: Token, from: number) => (kept.find((n) => n.text === t.text.trim() && n.line >= from) ?? kept.find((n) => n.text === t.text.trim()))!.line;
  const line = lineOf(first, 0);
  return { run: [first, last], lines: [line, lineOf(last, line)] };
}

/**
 * Where a range stands: its line, then each sentence that runs over that line (a sentence wrapped in a text file
 * runs from its own line to the line the next one starts on).
 */
function stretches(kb: KnowledgeBase, low: Fact): Stretch[] {
  const doc = kb.texts.filter((t) => t.kind === 'statement' && t.citation.document === low.citation.document);
  const starts = [...new Set(doc.map((t) => t.citation.line))].sort((a, b) => a - b);
  const over = doc.flatMap((t) => {
    const next = starts.find((l) => l > t.citation.line) ?? t.citation.line;
    if (t.citation.line > low.citation.line || next < low.citation.line) return [];
    return [{ text: t.text, lines: Array.from({ length: next - t.citation.line + 1 }, (_, k) => t.citation.line + k), citation: t.citation }];
  });
  return [{ text: low.citation.quote, lines: [low.citation.line], citation: low.citation }, ...over];
}

/**
 * The citation of a line: a sentence's starting there quotes it whole, else the line a sentence wrapped onto it
 * (so "(previously 4% to 6%)" on the line after the range's is cited where it stands), else the stretch's own.
 */
const lineCitation = (kb: KnowledgeBase, line: number, stretch: Stretch) => {
  if (line === stretch.citation.line) return stretch.citation;
  const doc = kb.texts.filter((t) => t.citation.document === stretch.citation.document);
  return doc.find((t) => t.citation.line === line)?.citation ?? doc.flatMap((t) => t.continued ?? []).find((c) => c.line === line) ?? stretch.citation;
};

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** A line's name as words, singular ("expenses" is "expense"), so two namings of one line compare. */
const named = (kb: KnowledgeBase, id: string) => [...words(kb.metrics.get(id)?.label ?? id)].map((w) => w.replace(/(?<=[a-z]{3})s$/, ''));

/** Words naming a period, which a headline may fold into a line's name ("Full-year 2026 …"). */
const PERIOD_WORD = /^(?:full|year|fiscal|annual|half|quarter|fy\d*|[hq][1-4]|\d{4})$/;

/**
 * One line named twice: the same metric, or names that differ only by period words (a headline's "Full-year
 * 2026 GAAP operating expense" and the paragraph's "GAAP operating expenses"; never "Non-GAAP …" and "GAAP …").
 */
function sameLine(kb: KnowledgeBase, a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [named(kb, a), named(kb, b)].map((n) => new Set(n.filter((w) => !PERIOD_WORD.test(w))));
  return x!.size > 0 && x!.size === y!.size && [...x!].every((w) => y!.has(w));
}

/**
 * The same range wherever the release states it (a headline bullet and the outlook paragraph, which may name
 * the line more or less fully): this copy first, then the others (one may state the earlier range where
 * another does not). A copy has both ends, period and line equal, so it is no other line's range.
 */
function copies(kb: KnowledgeBase, low: Fact, high: Fact): [Fact, Fact][] {
  const same = (f: Fact, g: Fact) => f.role === g.role && sameLine(kb, f.metric, g.metric) && f.citation.document === g.citation.document && periodKey(f.period) === periodKey(g.period) && f.value.equals(g.value);
  const others = kb.facts.flatMap((f): [Fact, Fact][] => {
    if (f.citation.line === low.citation.line || !same(f, low)) return [];
    // (Its high end on its line or, wrapped, the next.)
    const h = kb.facts.find((g) => same(g, high) && g.citation.line - f.citation.line <= 1 && g.citation.line >= f.citation.line);
    return h ? [[f, h]] : [];
  });
  return [[low, high], ...others];
}

/**
 * The earlier outlook in a sentence of its own ("The prior full-year 2026 outlook called for revenue between
 * $1,200 million and $1,230 million."): one run of earlier figures in a sentence naming the guided line, read
 * as that line's only where the release guides the line for one period alone and the sentence names no other
 * guided line (else whose earlier outlook it is would be a guess).
 */
function ownSentence(kb: KnowledgeBase, low: Fact): { run: [Token, Token]; citation: Fact['citation'] } | null {
  const release = kb.releases.find((r) => r.document === low.citation.document);
  const guided = kb.facts.filter((f) => f.role === 'low' && f.citation.document === low.citation.document);
  // (By the whole period: a quarter and the year it closes end on one day, and the year's earlier outlook is not the quarter's.)
  if (!release || new Set(guided.filter((f) => f.metric === low.metric).map((f) => periodKey(f.period))).size !== 1) return null;
  const label = (id: string) => words(kb.metrics.get(id)?.label ?? id);
  const names = (text: string, id: string) => [...label(id)].every((w) => words(text).has(w));
  const found = kb.texts.flatMap((t) => {
    if (t.kind !== 'statement' || t.citation.document !== low.citation.document || !names(t.text, low.metric)) return [];
    if (guided.some((f) => f.metric !== low.metric && names(t.text, f.metric) && label(f.metric).size >= label(low.metric).size)) return [];
    const kept = new Set(release.nonFigures.filter((n) => n.line === t.citation.line && EARLIER_REASON.test(n.reason)).map((n) => n.text));
    const toks = rangeScaled(releaseTokens(t.text, release, false), t.text);
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
 * for one figure), each cited where the release states it: beside the range (or a copy of it), else in a
 * sentence of its own.
 */
export function earlierOutlook(kb: KnowledgeBase, low: Fact, high: Fact): [Fact, Fact] | null {
  for (const [l, h] of copies(kb, low, high)) {
    for (const stretch of stretches(kb, l)) {
      const beside = besideRange(kb, l, h, stretch, true) ?? besideRange(kb, l, h, stretch, false);
      if (beside) return asFacts(low, high, beside.run, ...beside.lines.map((line) => lineCitation(kb, line, stretch)) as [Fact['citation'], Fact['citation']]);
    }
  }
  const own = ownSentence(kb, low);
  return own ? asFacts(low, high, own.run, own.citation) : null;
}
