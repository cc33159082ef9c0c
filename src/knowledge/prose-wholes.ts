// Parts a release states in prose of a whole it also states, read by the words that relate them, never
// by the lines' names: "..., of which RMB513 million was through X" (the sentence's subject), "Out of
// those loans ..., RMB60,506 million was under X" and "RMB107,597 million of such loan balance was
// under X" (the figure just stated before it), and a footnote on a figure that lists its parts
// ("Including 3,449,001 loans across ...") or gives figures for the items the marked phrase names. Each
// becomes the part's `partOf` only where part and whole are of one unit and kind of period and the part
// is no larger than the whole in every period both state: the engine may then take the part out of the
// whole or give its share of it, and knows a sum of both counts the part twice.
import type { TextBlock } from './blocks.js';
import { amount, type Fact, type Unit } from './fact.js';
import { markedLines } from './marks.js';
import { stripMarkup } from './markup.js';
import { sentences } from './narrative.js';
import type { Placed } from './narrative-link.js';
import { periodKey } from './period.js';
import type { Metric } from './release.js';

/** A sentence that refers back to the figure before it as its whole: "Out of those loans ...", "Of that balance, ...". */
const OUT_OF = /^\s*(?:out\s+)?of\s+(?:those|these|such|that|this|the)\s+([a-z]+)/i;
/** A figure followed by words naming the figure before as its whole: "RMB107,597 million of such loan balance was ...". */
const OF_SUCH = /\S+(?:\s+(?:thousand|million|billion))?\s+of\s+(?:such|that|this|these|those)\s+(?:[a-z]+\s+)?([a-z]+)/iy;
/** A footnote that lists the parts of the figure it is marked on. */
const LISTS_PARTS = /^\s*(?:including|includes|of which|out of which|comprising|consisting of)\b/i;
/** The item a part's label names after its head: "... through ICE", "loans across V-pocket". */
const ITEM = /\b(?:for|through|under|across|from|in)\s+(.+)$/i;

const unitKey = (u: Unit) => `${u.kind}|${'currency' in u ? u.currency : ''}|${u.kind === 'count' ? u.noun : ''}`;
const values = (facts: Fact[], metric: string) => facts.filter((f) => f.metric === metric && f.role === 'value');

/** Whether `part` can be a part of `whole`: one unit and kind of period, a period both state, never larger. */
function fits(facts: Fact[], part: string, whole: string): boolean {
  if (part === whole) return false;
  const wholes = new Map(values(facts, whole).map((f) => [periodKey(f.period), f]));
  let shared = 0;
  for (const p of values(facts, part)) {
    const w = wholes.get(periodKey(p.period));
    if (!w) continue;
    if (unitKey(p.unit) !== unitKey(w.unit) || p.value.isNegative() || amount(p).greaterThan(amount(w))) return false;
    shared++;
  }
  return shared > 0;
}

/** The figure a back-reference names: the last before it in its section, of its unit and period, whose label has the noun. */
function before(placed: Placed[], k: number, noun: string): string | undefined {
  const p = placed[k]!;
  const stem = noun.toLowerCase().replace(/s$/, '');
  for (let j = k - 1; j >= 0; j--) {
    const w = placed[j]!;
    if (w.block.section !== p.block.section) return undefined;
    const same = w.fact.role === 'value' && unitKey(w.fact.unit) === unitKey(p.fact.unit) && periodKey(w.fact.period) === periodKey(p.fact.period);
    if (same && w.fact.metric !== p.fact.metric && w.fact.label.toLowerCase().includes(stem)) return w.fact.metric;
  }
  return undefined;
}

/** Words between a mark and the figure after it that make the marked phrase that figure's name ("balance*6 was RMB169,920 million"). */
const NAMES_NEXT = /^[\s,]*(?:was|were|is|are|reached|totall?ed|amounted to|stood at|came to)\s+(?:approximately\s+|about\s+)?$/i;
/** A clause break: a mark after it is on another phrase than the figure before it. */
const CLAUSE = /,\s+(?:and|while|but|whereas)\s|;/;

/** The figure a mark at `at` stands on in its sentence: the one its phrase names, or the one right before it in its clause. */
function markedFigure(block: TextBlock, figs: Placed[], at: number): Placed | undefined {
  const s = sentences(block.text).find((x) => x.start <= at && at <= x.start + x.text.length);
  const inIt = s ? figs.filter((f) => f.offset >= s.start && f.offset < s.start + s.text.length) : [];
  const next = inIt.find((f) => f.offset >= at);
  if (next && NAMES_NEXT.test(block.text.slice(at, next.offset))) return next;
  const prev = inIt.filter((f) => f.offset < at).at(-1);
  return prev && !CLAUSE.test(block.text.slice(prev.offset, at)) ? prev : undefined;
}

/** The figure each footnote mark of the text stands on, by mark. */
function markedFigures(lines: string[], placed: Placed[]): Map<string, Placed> {
  const marked = markedLines(lines);
  const out = new Map<string, Placed>();
  const byBlock = new Map<TextBlock, Placed[]>();
  for (const p of placed) {
    const list = byBlock.get(p.block);
    if (list) list.push(p);
    else byBlock.set(p.block, [p]);
  }
  for (const [block, figs] of byBlock) {
    if (block.kind === 'footnote') continue;
    for (const seg of block.segments) {
      const raw = marked[seg.line - 1] ?? '';
      for (const m of raw.matchAll(/<sup>\*(\d{1,2})<\/sup>/g)) {
        const on = markedFigure(block, figs, seg.start + stripMarkup(raw.slice(0, m.index)).replace(/^[-•·*]\s+/, '').length);
        if (on && !out.has(m[1]!)) out.set(m[1]!, on);
      }
    }
  }
  return out;
}

/** Whether a footnote's figure is a part of the figure its mark stands on: the footnote lists parts, or the figure's item is named there. */
function footnotePart(p: Placed, on: Placed): boolean {
  if (LISTS_PARTS.test(p.sentence)) return true;
  const item = ITEM.exec(p.fact.label)?.[1]?.replace(/["“”]/g, '').trim().toLowerCase();
  return !!item && on.sentence.replace(/["“”]/g, '').toLowerCase().includes(item);
}

/** Each footnote's mark by block: a footnote's own, and a paragraph's that stands between a footnote and the next (its second paragraph). */
function footnoteMarks(blocks: TextBlock[]): Map<TextBlock, string> {
  const out = new Map<TextBlock, string>();
  blocks.forEach((b, k) => {
    const prev = out.get(blocks[k - 1]!);
    if (b.kind === 'footnote') out.set(b, b.mark!);
    else if (prev && b.kind === 'paragraph' && blocks[k + 1]?.kind === 'footnote' && b.section === blocks[k - 1]!.section) out.set(b, prev);
  });
  return out;
}

/** Sets `partOf` on each metric the prose states as a part of another; the first statement found stands. */
export function statedWholes(lines: string[], blocks: TextBlock[], placed: Placed[], facts: Fact[], metrics: Map<string, Metric>): void {
  const marks = markedFigures(lines, placed);
  const notes = footnoteMarks(blocks);
  const relate = (part: string, whole: string | undefined) => {
    const m = metrics.get(part);
    if (m && whole && !m.partOf && !m.parent && metrics.has(whole) && fits(facts, part, whole)) m.partOf = whole;
  };
  placed.forEach((p, k) => {
    // Parts of amounts and counts only: a rate or a ratio is no part of another.
    if (p.fact.role !== 'value' || (p.fact.unit.kind !== 'money' && p.fact.unit.kind !== 'count')) return;
    // "..., of which RMB513 million was through Total Solutions": the sentence's subject.
    if (p.partOf) relate(p.fact.metric, p.partOf);
    // "Out of those loans ...", "... of such loan balance was under ...": the figure before it.
    OF_SUCH.lastIndex = p.offset;
    const back = OUT_OF.exec(p.sentence) ?? OF_SUCH.exec(p.block.text);
    if (back) relate(p.fact.metric, before(placed, k, back[1]!));
    // A footnote on a figure: its figures that the footnote lists as parts or whose items the marked phrase names.
    const mark = notes.get(p.block);
    const on = mark ? marks.get(mark) : undefined;
    if (on && footnotePart(p, on)) relate(p.fact.metric, on.fact.metric);
  });
}
