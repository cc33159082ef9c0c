// A release's text → its facts, metrics and text facts. Table lines give metric ids; narrative
// figures join the table metric whose figure they repeat (same period, unit and value to the
// narrative's rounding, most similar label), or stand as narrative metrics of their own.
import { Decimal } from 'decimal.js';
import { toBlocks, type TextBlock } from './blocks.js';
import type { ReleaseText } from './document.js';
import { ReleaseError } from './document.js';
import { FactSchema, amount, currencyOf, type Fact, type TextFact, type Unit } from './fact.js';
import { quoteOf, stripMarkup } from './markup.js';
import { readNarrative, releaseQuarter, sentences, type NarrativeFigure, type NonFigure } from './narrative.js';
import { endOf, periodKey, type Period } from './period.js';
import { parseTable, type ParsedTable, type TableLine } from './tables.js';
import { similarity, slug } from './labels.js';
import { readTexts } from './texts.js';

export interface Metric {
  id: string;
  /** The label to show: the table's, else the narrative's. */
  label: string;
  /** Every label the release uses for it. */
  labels: string[];
  statement: string;
  /** The line it adds up into, when a total or group line in a table does. */
  parent?: string;
  /** The lines that add up to it. */
  children: string[];
  source: 'table' | 'narrative';
}

export interface Mismatch {
  what: string;
  lines: number[];
  metrics: string[];
  /** The facts at fault. */
  facts: Fact[];
}

export interface Release {
  document: string;
  title: string;
  /** The release's own quarter: "this quarter". */
  quarter: Period;
  facts: Fact[];
  texts: TextFact[];
  metrics: Map<string, Metric>;
  tables: ParsedTable[];
  nonFigures: NonFigure[];
  /** Totals that did not add up while parsing (the load checks add the rest). */
  tableMismatches: Mismatch[];
}

const GENERIC = /^(basic|diluted|total|other|net|current|non-current)$/i;

function tableUnit(line: TableLine, base: string, percent: boolean, currency: 'RMB' | 'USD', unitNote: string): Unit {
  if (percent) return { kind: 'percent' };
  const count = /\b(?:weighted average|number of)\b.*?\b(shares|ADSs?)\b/i.exec(base);
  if (count) return { kind: 'count', scale: 1, noun: count[1]!.toLowerCase().startsWith('ads') ? 'ADSs' : 'shares' };
  const per = /\bper\s+(?:fully diluted\s+)?(ADS|ordinary share|share)\b/i.exec(base);
  if (per) return { kind: 'per_share', currency, basis: /ADS/.test(per[1]!) ? 'ADS' : 'share' };
  const scale = /in thousands/i.test(unitNote) ? 1e3 : /in millions/i.test(unitNote) ? 1e6 : /in billions/i.test(unitNote) ? 1e9 : 1;
  void line;
  return { kind: 'money', currency, scale };
}

function tableFacts(doc: string, lines: string[], tables: ParsedTable[], metrics: Map<string, Metric>): Fact[] {
  type Entry = { table: ParsedTable; line: TableLine; base: string; parent: string };
  const entries: Entry[] = [];
  for (const table of tables) {
    for (const line of table.lines) {
      const parent = line.parents[line.parents.length - 1] ?? '';
      const base = GENERIC.test(line.label) ? `${parent} ${line.label}`.trim() : line.label;
      entries.push({ table, line, base, parent });
    }
  }
  // A label that names different figures in different places (two "Other services fees") is
  // qualified by its parent; the same label with the same figures (net income in three statements)
  // is one metric.
  const byBase = new Map<string, Entry[]>();
  for (const e of entries) byBase.set(slug(e.base), [...(byBase.get(slug(e.base)) ?? []), e]);
  const idOf = new Map<TableLine, string>();
  const signature = (l: TableLine) => l.values.map((v) => v?.value.toString() ?? '').join('|');
  for (const [key, group] of byBase) {
    const distinct = new Set(group.map((e) => signature(e.line))).size > 1;
    for (const e of group) idOf.set(e.line, distinct && e.parent ? `${slug(e.parent)}.${key}` : key);
  }
  const facts: Fact[] = [];
  const quotes = new Map<number, string>();
  const quote = (n: number) => quotes.get(n) ?? quotes.set(n, quoteOf(lines[n - 1]!)).get(n)!;
  for (const e of entries) {
    const id = idOf.get(e.line)!;
    const qualified = id.includes('.');
    const label = qualified ? `${e.line.label} (${e.parent})` : e.base;
    const parentLine = e.table.lines.find((l) => l.children.includes(e.line));
    const metric = metrics.get(id) ?? { id, label, labels: [], statement: e.table.title, children: [], source: 'table' as const };
    if (!metric.labels.includes(e.line.label)) metric.labels.push(e.line.label);
    if (parentLine && !metric.parent) metric.parent = idOf.get(parentLine);
    for (const c of e.line.children) if (!metric.children.includes(idOf.get(c)!)) metric.children.push(idOf.get(c)!);
    metrics.set(id, metric);
    const chain: string[] = [];
    for (let p = parentLine; p; p = e.table.lines.find((l) => l.children.includes(p!))) chain.unshift(p.label);
    e.line.values.forEach((cell, j) => {
      if (!cell) return;
      const col = e.table.columns[j]!;
      facts.push({
        metric: id,
        label,
        statement: e.table.title,
        parents: chain.length ? chain : e.line.parents,
        period: col.period,
        value: cell.value,
        unit: tableUnit(e.line, e.base, cell.percent, col.currency, e.table.unitNote),
        decimals: cell.decimals,
        role: 'value',
        source: 'table',
        total: e.line.total,
        citation: { document: doc, line: e.line.line, quote: quote(e.line.line) },
      });
    });
  }
  return facts;
}

/** The most precise of several figures for one thing: a table's thousands before a narrative's millions. */
export function mostPrecise(facts: Fact[]): Fact | undefined {
  return [...facts].sort((a, b) => halfUnit(a).comparedTo(halfUnit(b)) || (a.source === b.source ? 0 : a.source === 'table' ? -1 : 1))[0];
}

const halves = new Map<string, Decimal>();
/** Half a unit of the last printed digit, in base units: how far a rounded figure may be from the truth. */
export function halfUnit(f: Pick<Fact, 'decimals' | 'unit'>): Decimal {
  const scale = 'scale' in f.unit ? f.unit.scale : 1;
  const key = `${f.decimals}|${scale}`;
  let h = halves.get(key);
  if (!h) halves.set(key, (h = new Decimal(`5e-${f.decimals + 1}`).times(scale)));
  return h;
}

function unitKey(u: Unit): string {
  return `${u.kind}:${currencyOf(u) ?? ''}`;
}

/** Table facts indexed for linking: by metric id, and by period and unit. */
interface TableIndex {
  metrics: Set<string>;
  byPeriodUnit: Map<string, Fact[]>;
}

function indexTable(facts: Fact[]): TableIndex {
  const byPeriodUnit = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${periodKey(f.period)}|${unitKey(f.unit)}`;
    byPeriodUnit.set(key, [...(byPeriodUnit.get(key) ?? []), f]);
  }
  return { metrics: new Set(facts.map((f) => f.metric)), byPeriodUnit };
}

/** The table metric a narrative figure repeats, if any. */
function linkToTable(fig: NarrativeFigure, index: TableIndex): string | null {
  const direct = slug(fig.label);
  if (index.metrics.has(direct)) return direct;
  if (fig.role !== 'value') return null;
  const want = amount(fig);
  const tol = halfUnit(fig);
  let best: { id: string; score: number } | null = null;
  for (const f of index.byPeriodUnit.get(`${periodKey(fig.period)}|${unitKey(fig.unit)}`) ?? []) {
    if (amount(f).minus(want).abs().greaterThan(tol)) continue;
    const score = similarity(f.label, fig.label);
    if (score >= 0.3 && (!best || score > best.score)) best = { id: f.metric, score };
  }
  return best?.id ?? null;
}

export function buildRelease(text: ReleaseText): Release {
  const { path: doc, lines } = text;
  const blocks = toBlocks(lines);
  const whole = lines.join('\n');
  const tables = blocks.filter((b) => b.kind === 'table').map((b) => parseTable(b, doc));
  const latestColumn = tables.flatMap((t) => t.columns.map((c) => c.period)).filter((p) => p.kind === 'duration' && p.months === 3).sort((a, b) => periodKey(b).localeCompare(periodKey(a)))[0];
  const quarter = releaseQuarter(whole) ?? latestColumn;
  if (!quarter) throw new ReleaseError(doc, 1, 'cannot tell which quarter the release reports: no "first quarter ... 2024" phrase and no quarterly table column');
  const titleBlock = blocks.find((b) => b.kind === 'heading');
  const title = titleBlock && titleBlock.kind === 'heading' ? titleBlock.text : doc;

  const metrics = new Map<string, Metric>();
  const facts = tableFacts(doc, lines, tables, metrics);
  const tableIndex = indexTable(facts);
  const nonFigures: NonFigure[] = [];
  const labelToMetric = new Map<string, string>();
  // Per block, the metrics of its figures in order, to tie its reasons and footnote marks to them.
  const blockFigures = new Map<TextBlock, { metric: string; offset: number; line: number }[]>();
  const textBlocks = blocks.filter((b): b is TextBlock => b.kind !== 'table' && b.kind !== 'heading');
  // First every label of every block votes for the table line it repeats; then labels that found no
  // line in their block take the line the same words found elsewhere (when that is one line).
  type Group = { block: TextBlock; own: NarrativeFigure[]; base: string; voted: string | undefined };
  const groups: Group[] = [];
  const votedFor = new Map<string, Set<string>>();
  for (const block of textBlocks) {
    const { figures, nonFigures: skipped } = readNarrative(block, quarter);
    nonFigures.push(...skipped);
    // Link each label of the block once, by its figure for the release's own period when it has one.
    const labels = [...new Set(figures.map((f) => f.label))];
    for (const label of labels) {
      const own = figures.filter((f) => f.label === label);
      const anchor = own.find((f) => f.role === 'value' && (periodKey(f.period) === periodKey(quarter) || periodKey(f.period) === periodKey(endOf(quarter)))) ?? own[0]!;
      const base = label.replace(/\s+(?:year-(?:on|over)-year\s+)?(?:growth|increase|decrease)$/i, '');
      if (!slug(base)) {
        for (const f of own) nonFigures.push({ text: f.value.toString(), line: f.line, reason: 'no metric phrase found for this figure' });
        continue;
      }
      // Every figure of the label votes for the table line it repeats; the release's own period counts
      // most. So a figure that disagrees with its table line is still tied to it (and the load checks
      // report it) when the label's other figures agree.
      const votes = new Map<string, number>();
      for (const f of own) {
        if (f.role !== 'value') continue;
        const id = linkToTable({ ...f, label: base }, tableIndex);
        if (id) votes.set(id, (votes.get(id) ?? 0) + (f === anchor ? 1.5 : 1));
      }
      const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (voted) votedFor.set(slug(base), (votedFor.get(slug(base)) ?? new Set()).add(voted));
      groups.push({ block, own, base, voted });
    }
  }
  for (const { block, own, base, voted } of groups) {
    const elsewhere = votedFor.get(slug(base));
    const linked = voted ?? (elsewhere?.size === 1 ? [...elsewhere][0]! : undefined) ?? labelToMetric.get(slug(base)) ?? slug(base);
    labelToMetric.set(slug(base), linked);
    const metric = metrics.get(linked) ?? { id: linked, label: base, labels: [], statement: block.section, children: [], source: 'narrative' as const };
    if (!metric.labels.includes(base)) metric.labels.push(base);
    metrics.set(linked, metric);
    for (const f of own) {
      blockFigures.set(block, [...(blockFigures.get(block) ?? []), { metric: linked, offset: f.offset, line: f.line }]);
      facts.push({
        metric: linked,
        label: base,
        statement: block.section,
        parents: [],
        period: f.period,
        value: f.value,
        unit: f.unit,
        decimals: f.decimals,
        role: f.role,
        ...(f.basis ? { basis: f.basis } : {}),
        source: 'narrative',
        total: false,
        citation: { document: doc, line: f.line, quote: sentenceQuote(lines[f.line - 1]!, f) },
      });
    }
  }
  if (!facts.length) throw new ReleaseError(doc, 1, 'no figures found: neither a table of figures nor a figure in the text');
  for (const f of facts) {
    const checked = FactSchema.safeParse(f);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ReleaseError(doc, f.citation.line, `cannot read "${f.label}" as a fact (${issue.path.join('.') || 'fact'}: ${issue.message})`);
    }
  }
  const texts = readTexts(doc, lines, textBlocks, metrics, labelToMetric, blockFigures);
  const tableMismatches = tables.flatMap((t) =>
    t.mismatches.map((m): Mismatch => {
      const lines = [m.total.line, ...m.items.map((i) => i.line)];
      const cols = m.off.map((o) => t.columns[o.column]!);
      const where = m.off.map((o) => `${t.columns[o.column]!.header}: the lines add up to ${o.sum.toString()}, the total is ${m.total.values[o.column]!.value.toString()}`).join('; ');
      return {
        what: `${m.total.label} (line ${m.total.line}) is not the sum of its lines (${m.items.map((i) => i.line).join(', ')}) in ${where}`,
        lines,
        metrics: [],
        // The facts of the columns that do not add up, on the total's line and its lines.
        facts: facts.filter((f) => f.source === 'table' && lines.includes(f.citation.line) && cols.some((c) => periodKey(c.period) === periodKey(f.period) && currencyOf(f.unit) === c.currency)),
      };
    }),
  );
  return { document: doc, title, quarter, facts, texts, metrics, tables, nonFigures, tableMismatches };
}

/** The sentence of the line that holds the figure: a quote short enough to read, still verbatim. */
function sentenceQuote(line: string, f: NarrativeFigure): string {
  const q = quoteOf(line);
  const digits = f.value.abs().toFixed(f.decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  for (const s of sentences(q)) if (s.text.includes(digits) || s.text.includes(digits.replace(/,/g, ''))) return s.text;
  return q;
}

export { stripMarkup };
