// Prose figures → facts. A narrative figure joins the table metric whose figure it repeats (same period,
// unit and value to the narrative's rounding, most similar label), or stands as a narrative metric of its
// own; it cites the sentence it stands in.
import type { Decimal } from 'decimal.js';
import type { TextBlock } from './blocks.js';
import { sentenceCitation, type Citation } from './citation.js';
import { amount, type Fact } from './fact.js';
import { similarity, slug } from './labels.js';
import { literal } from './literal.js';
import { quoteOf } from './markup.js';
import { push } from './multimap.js';
import { indexTable, ownKind, unitKey, within, wordKey, type TableIndex } from './narrative-index.js';
import { inBrackets, readNarrative, sentences, type NarrativeFigure, type NonFigure } from './narrative.js';
import { endOf, periodKey, yearAgo, type Period } from './period.js';
import { sectionMarket } from './prose/parts.js';
import { POINTS_STATEMENT } from './prose/points.js';
import { atStandingScale, standingScaleIn } from './prose/standing-scale.js';
import { halfUnit, roundsTo, type Metric } from './release.js';
import { namesLoss, signedAsTable } from './sides.js';
import { settleUndated } from './undated-span.js';

export interface NarrativeFacts {
  nonFigures: NonFigure[];
  labelToMetric: Map<string, string>;
  /** Per block, the metrics of its figures in order, to tie its reasons and footnote marks to them. */
  blockFigures: Map<TextBlock, { metric: string; offset: number; line: number }[]>;
  /** Every figure's fact with where it stands, for the parts the prose states of a whole (prose-wholes.ts). */
  placed: Placed[];
}

/** A narrative fact with its block, its offset in the block's text and the whole its sentence makes it a part of. */
export interface Placed {
  fact: Fact;
  block: TextBlock;
  offset: number;
  sentence: string;
  partOf?: string;
}

/** How many words of `b`, filler words too, `a` has. */
function wordsShared(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[a-z]+/g) ?? []);
  return (b.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => wa.has(w)).length;
}

/** The table metric a narrative figure repeats, if any. */
function linkToTable(fig: NarrativeFigure, index: TableIndex): string | null {
  const direct = slug(fig.label);
  if (index.metrics.has(direct)) return direct;
  const want = amount(fig);
  const tol = halfUnit(fig);
  const key = `${periodKey(fig.period)}|${unitKey(fig.unit)}`;
  let best: { id: string; score: number } | null = null;
  // A loss stated as its size ("Net loss was $65.5 million") repeats a line printing it in parentheses ("(65,497)").
  const wants = namesLoss(fig.label) ? [want, want.negated()] : [want];
  for (const f of fig.role === 'value' ? wants.flatMap((w) => within(index.byPeriodUnit.get(key), w, tol)) : []) {
    // Filler words ("net") break a tie: "net income" is NET INCOME/(LOSS) before Operating income.
    const score = similarity(f.label, fig.label);
    const tie = score + 0.01 * wordsShared(f.label, fig.label);
    if (score >= 0.3 && (!best || tie > best.score)) best = { id: f.metric, score: tie };
  }
  if (best) return best.id;
  // The line's own words in another order (a figure of a period the table does not print, or a change):
  // that line, when only one has them and it prints no other figure for the period.
  const words = wordKey(fig.label);
  const same = index.byWords.get(words);
  const id = same?.size === 1 && words.includes(' ') ? [...same][0]! : null;
  const its = id ? (index.byPeriodUnitMetric.get(`${key}|${id}`) ?? []) : [];
  if (id) return its.some((f) => f.role === fig.role && amount(f).minus(want).abs().greaterThan(tol)) ? null : id;
  return fig.role === 'change' && !fig.points ? (changeRepeated(fig, index, key, want, tol) ?? kindUnsaidChange(fig, index)) : null;
}

/**
 * A change stated of a line by its name and the kind of line it is ("Aircraft fuel expense decreased 4.6%" of the row
 * "Aircraft fuel" among operating expenses): the one line of the name's other words whose own figures make that change
 * against the year before, to its rounding. Left a metric of its own, "aircraft fuel expense q3" gave the rate and said
 * the release printed no amount.
 */
function kindUnsaidChange(fig: NarrativeFigure, index: TableIndex): string | null {
  const kind = /^(.+\S)\s+(?:expenses?|costs?|charges?)$/i.exec(fig.label);
  const same = kind && fig.unit.kind === 'percent' ? index.byWords.get(wordKey(kind[1]!)) : undefined;
  if (same?.size !== 1) return null;
  const id = [...same][0]!;
  const [now, before] = [fig.period, fig.basis ?? yearAgo(fig.period)].map((p) => index.byKey.get(`${periodKey(p)}|${id}`));
  return now && before && !before.isZero() && roundsTo(now.div(before).minus(1).times(100), fig) ? id : null;
}

/**
 * A change stated of a line by its name and its table's measure ("Orthopaedics sales rose 6.1%" of the row "Orthopaedics"
 * in a table of sales): the one line, every word of whose name the label has, printing that change for the period. Left
 * a metric of its own, the sentence's rate shadowed the row: "Orthopaedics sales Q3" gave the rate and no amount.
 */
function changeRepeated(fig: NarrativeFigure, index: TableIndex, key: string, want: Decimal, tol: Decimal): string | null {
  const said = new Set(wordKey(fig.label).split(' '));
  const lines = new Set(within(index.byPeriodUnit.get(key), want, tol).filter((f) => f.role === 'change' && wordKey(f.label).split(' ').every((w) => said.has(w))).map((f) => f.metric));
  return lines.size === 1 ? [...lines][0]! : null;
}

/** The figures of one label in one block, filed under one base label, and the table line they repeat. */
interface LabelGroup {
  block: TextBlock;
  own: NarrativeFigure[];
  base: string;
  voted: string | undefined;
}

/**
 * Adds the figures of the text blocks to `facts` and `metrics`. `name` gives a period the name the
 * release uses for it (its fiscal quarter).
 */
export function narrativeFacts(doc: string, lines: string[], textBlocks: TextBlock[], quarter: Period, facts: Fact[], metrics: Map<string, Metric>, name: (p: Period, sentence: string) => Period, segments: ReadonlySet<string> = new Set()): NarrativeFacts {
  const nonFigures: NonFigure[] = [];
  // First every label of every block votes for the table line it repeats; then labels that found no
  // line in their block take the line the same words found elsewhere (when that is one line).
  const index = indexTable(facts);
  const groups = labelGroups(textBlocks, quarter, segments, name, index, nonFigures);
  const votedFor = new Map<string, Set<string>>();
  for (const { base, voted } of groups) if (voted) votedFor.set(slug(base), (votedFor.get(slug(base)) ?? new Set()).add(voted));
  const labelToMetric = new Map<string, string>();
  // Per block, the metrics of its figures in order, to tie its reasons and footnote marks to them.
  const blockFigures = new Map<TextBlock, { metric: string; offset: number; line: number }[]>();
  const placed: Placed[] = [];
  const negative = printedNegative(facts);
  const defined = shortFormsDefined(groups);
  for (const group of groups) {
    const { block, own, base, voted } = group;
    const elsewhere = votedFor.get(slug(base));
    const linked = ownKind(index, voted ?? (elsewhere?.size === 1 ? [...elsewhere][0]! : undefined) ?? labelToMetric.get(slug(base)) ?? defined.get(slug(base)) ?? slug(base), own);
    // Changes in points of a line nothing else gives a rate of answer nothing: statements, no line of their own (their
    // label may hold a heading run into the sentence, "Management Commentary Gross margin increased 1.0 percentage point").
    if (!metrics.has(linked) && own.every((f) => f.points)) {
      for (const f of own) nonFigures.push({ text: /^[\d.,]+/.exec(block.text.slice(f.offset))?.[0] ?? String(f.value), line: f.line, reason: POINTS_STATEMENT });
      continue;
    }
    labelToMetric.set(slug(base), linked);
    const metric = metrics.get(linked) ?? { id: linked, label: base, labels: [], statement: block.section, children: [], source: 'narrative' as const };
    if (!metric.labels.includes(base)) metric.labels.push(base);
    metrics.set(linked, metric);
    for (const f of own) {
      push(blockFigures, block, { metric: linked, offset: f.offset, line: f.line });
      const fact = narrativeFact(doc, lines, group, linked, signedAsTable(f, base, negative.has(linked)), name);
      facts.push(fact);
      placed.push({ fact, block, offset: f.offset, sentence: f.sentence, ...(f.partOf ? { partOf: labelToMetric.get(slug(f.partOf)) ?? slug(f.partOf) } : {}) });
    }
  }
  marketAliases(groups, labelToMetric, metrics);
  return { nonFigures, labelToMetric, blockFigures, placed };
}

/**
 * The short forms the prose defines by a line it found ("All-in sustaining cost (AISC) of A$2,148/oz"): a later
 * "AISC increased 6%" is that line's, not a metric of its own that answers "AISC" with no figure. A short form
 * defined for two lines is neither's.
 */
function shortFormsDefined(groups: LabelGroup[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const { own, base, voted } of groups) {
    // (The label read keeps the short form's words without its brackets: "All-in sustaining cost AISC".)
    const printed = new RegExp(String.raw`${literal(base.replace(/\s+[A-Z][A-Za-z0-9&]{1,9}$/, ''))}\s*\(([A-Z][A-Za-z0-9&]{1,9})\)`, 'i');
    const short = own.map((f) => printed.exec(f.sentence)?.[1]).find(Boolean);
    if (short && voted) found.set(slug(short), (found.get(slug(short)) ?? new Set()).add(voted));
  }
  return new Map([...found].filter(([, ids]) => ids.size === 1).map(([short, ids]) => [short, [...ids][0]!]));
}

/**
 * A name the section's market qualified ("unique borrowers in the China Market" under "Business
 * Highlights (China Market)") is also found by its own words, where no other line has them (nor a total of
 * them): the answer still names the market.
 */
function marketAliases(groups: LabelGroup[], labelToMetric: Map<string, string>, metrics: Map<string, Metric>): void {
  const byName = new Map<string, Set<string>>();
  for (const { block, base } of groups) {
    const market = sectionMarket(block.section);
    const suffix = market ? ` in the ${market}`.toLowerCase() : '';
    if (!suffix || !base.toLowerCase().endsWith(suffix) || base.length === suffix.length) continue;
    const name = base.slice(0, -suffix.length);
    byName.set(name, (byName.get(name) ?? new Set()).add(labelToMetric.get(slug(base))!));
  }
  // (A total of the name, "Total transaction volume", has them too: the market's part is no answer to the whole's name.)
  const taken = new Set([...metrics.values()].flatMap((m) => [m.id, ...m.labels.map(slug), ...m.labels.map((l) => slug(l.replace(/^total\s+/i, '')))]));
  for (const [name, ids] of byName) {
    const metric = ids.size === 1 ? metrics.get([...ids][0]!) : undefined;
    if (metric && !taken.has(slug(name))) metric.labels.push(name);
  }
}

/** Every block's figures grouped by label, each group with its vote; figures with no metric phrase go to `nonFigures`. */
function labelGroups(textBlocks: TextBlock[], quarter: Period, segments: ReadonlySet<string>, name: (p: Period, sentence: string) => Period, tableIndex: TableIndex, nonFigures: NonFigure[]): LabelGroup[] {
  const groups: LabelGroup[] = [];
  const bracketed = inBrackets(textBlocks);
  // The sentence a list's items follow ("For the fourth quarter, the company expects:") tells them their period.
  let lead = '';
  // The release's standing scale ("All amounts are in thousands ..."), from the sentence that states it on.
  let scale = 0;
  for (const block of textBlocks) {
    const { figures, nonFigures: skipped } = readNarrative(block, quarter, segments, bracketed, block.kind === 'bullet' ? lead : '');
    const stated = scale ? { after: 0, scale } : standingScaleIn(block.text);
    atStandingScale(figures, block.text, (scale = stated.scale), stated.after);
    // (The sentence that ends on the colon, not the paragraph: "... expects EPS of $1.34 to $1.46 for Q4. For fiscal 2026, the Company now expects:".)
    if (block.kind !== 'bullet') lead = /:\s*$/.test(block.text) ? (sentences(block.text).at(-1)?.text ?? block.text) : '';
    // A guided period its heading names ("FY26 GUIDANCE" over "AISC: A$1,650 to A$1,750") is named by the heading's words too.
    for (const f of figures) f.period = name(f.period, f.role === 'low' || f.role === 'high' ? `${f.sentence} ${block.section}` : f.sentence);
    settleUndated(figures, quarter, tableIndex);
    nonFigures.push(...skipped);
    // Link each label of the block once, by its figure for the release's own period when it has one.
    const labels = [...new Set(figures.map((f) => f.label))];
    for (const label of labels) {
      const own = figures.filter((f) => f.label === label);
      const anchor = own.find((f) => f.role === 'value' && (periodKey(f.period) === periodKey(quarter) || periodKey(f.period) === periodKey(endOf(quarter)))) ?? own[0]!;
      // The growth of a figure the block names ("net income year-on-year growth") is filed with it; a
      // growth of its own ("organic growth") keeps its name.
      const stripped = label.replace(/\s+(?:year-(?:on|over)-year\s+)?(?:growth|increase|decrease)$/i, '');
      const base = labels.includes(stripped) || /year-(?:on|over)-year \w+$/i.test(label) ? stripped : label;
      if (!slug(base)) {
        for (const f of own) nonFigures.push({ text: f.value.toString(), line: f.line, reason: 'no metric phrase found for this figure' });
        continue;
      }
      groups.push({ block, own, base, voted: tableVote(own, anchor, base, tableIndex) });
    }
  }
  return groups;
}

/**
 * The table line a label's figures repeat: every figure votes, the release's own period counts most.
 * So a figure that disagrees with its table line is still tied to it (and the load checks report it)
 * when the label's other figures agree. A label with no value of its own ("Flow Control net sales rose
 * 9.5%") votes by its changes, which only a line of the same words can take (linkToTable).
 */
function tableVote(own: NarrativeFigure[], anchor: NarrativeFigure, base: string, tableIndex: TableIndex): string | undefined {
  const votes = new Map<string, number>();
  const valued = own.some((f) => f.role === 'value');
  for (const f of own) {
    if (valued && f.role !== 'value') continue;
    const id = linkToTable({ ...f, label: base }, tableIndex);
    if (id) votes.set(id, (votes.get(id) ?? 0) + (f === anchor ? 1.5 : 1));
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The table lines printed negative in every period ("Net loss (4,112) (2,950)"). */
function printedNegative(facts: Fact[]): Set<string> {
  const [negative, not] = [new Set<string>(), new Set<string>()];
  for (const f of facts) if (f.source === 'table' && f.role === 'value') (f.value.isNegative() ? negative : not).add(f.metric);
  return new Set([...negative].filter((m) => !not.has(m)));
}

/** The fact of one narrative figure, filed under its linked metric and citing its sentence. */
function narrativeFact(doc: string, lines: string[], { block, base }: LabelGroup, linked: string, f: NarrativeFigure, name: (p: Period, sentence: string) => Period): Fact {
  return {
    metric: linked,
    label: base,
    statement: block.section,
    parents: [],
    period: f.period,
    value: f.value,
    unit: f.unit,
    decimals: f.decimals,
    role: f.role,
    ...(f.basis ? { basis: name(f.basis, f.sentence) } : {}),
    ...(f.points ? { points: true } : {}),
    source: 'narrative',
    total: false,
    citation: citeSentence(doc, lines[f.line - 1]!, f, block),
  };
}

/**
 * The sentence of the line that holds the figure: a quote short enough to read, still verbatim, and the
 * sentence as read where the line's copy carries footnote marks.
 */
function citeSentence(doc: string, line: string, f: NarrativeFigure, block: TextBlock): Citation {
  const q = quoteOf(line);
  // The sentence of the block the figure stands in, where the line holds it whole.
  const own = sentences(block.text).find((s) => s.start <= f.offset && f.offset < s.start + s.text.length);
  const cite = (quote: string) => sentenceCitation(doc, f.line, quote, own?.text ?? quote, [quote]);
  if (own && own.text.length >= 8 && q.includes(own.text)) return cite(own.text);
  const digits = f.value.abs().toFixed(f.decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  for (const s of sentences(q)) if (s.text.includes(digits) || s.text.includes(digits.replace(/,/g, ''))) return cite(s.text);
  return cite(q);
}
