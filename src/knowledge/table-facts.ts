// Table lines → facts. A line's label (qualified by its parent where two lines share a label with
// different figures) is its metric id; each figure column gives one fact with its period, unit (currency
// and scale from the column and the table's unit note) and the line it stands on.
import type { Citation, CitedCell } from './citation.js';
import { type Fact, type Unit, unitWords } from './fact.js';
import { slug } from './labels.js';
import { flowsApart, underParent } from './flows-apart.js';
import { quoteOf } from './markup.js';
import { type Cell, PERCENT_NOTE } from './numbers.js';
import { periodKey, periodLabel } from './period.js';
import { inPerShareBridge, PER_SHARE_NAME, perShareColumn } from './per-share-bridge.js';
import { bareCountNoun, bareName, bareRatio, countsTable, excepted, kindExcepted, penceUnit, rowUnit, scaleIn, statesUnits, unitFree } from './row-units.js';
import type { Metric } from './release.js';
import type { Column, ParsedTable, TableLine } from './tables.js';

const GENERIC = /^(basic|diluted|total|other|net|current|non-current)$/i;

/** The name a line's figures are read by: a generic label ("Basic", "Total") with its parent's. */
function baseOf(line: TableLine): string {
  const parent = line.parents[line.parents.length - 1] ?? '';
  return GENERIC.test(line.label) ? `${parent} ${line.label}`.trim() : line.label;
}

const NO_UNIT = 'no unit: the table states no scale and the line names no unit of its own';
const COUNT_OR_AMOUNT = 'a count noun alone in a table of amounts, adding into no total: the table does not tell a count from an amount';

/** Why a line of unitlessLines is left out. */
export const unitlessReason = (line: TableLine) => (bareCountNoun(baseOf(line)) ? COUNT_OR_AMOUNT : bareRatio(baseOf(line)) ? BARE_RATIO : NO_UNIT);
const BARE_RATIO = 'a ratio printed with no unit in a table of amounts: neither an amount nor, as printed, a multiple or a percentage';

/** The lines (not left out by name) with a figure whose unit the table does not give: no scale for an amount. */
export function unitlessLines(table: ParsedTable): TableLine[] {
  return table.lines.filter((l) => !l.exclusion && l.values.some((v, j) => v && table.columns[j]?.period && !tableUnit(baseOf(l), v, table.columns[j]!, table, l)));
}

/** Share counts' scale: "number of shares, which are reflected in thousands", else the table's unless shares are excepted. */
function shareScale(note: string, scale: number | null): number | null {
  const stated = /\bshares?\b[^.)]*?\b(?:in\s+)?(thousands|millions)\b/i.exec(note);
  if (stated) return stated[1]!.toLowerCase() === 'thousands' ? 1e3 : 1e6;
  if (/except\s+(?:for\s+)?(?:number of\s+)?shares?\b(?!\s*(?:data|amounts?|figures))/i.test(note) || /except\s+share\b/i.test(note)) return 1;
  // (With no scale stated, "117.2" shares cannot be told from 117.2 million: declined.)
  return scale;
}

/** Whether a line adds into a total of its table, or totals lines of it: its figures are of the total's kind. */
const summed = (line: TableLine, table: ParsedTable) => line.children.length > 0 || table.lines.some((l) => l.children.includes(line));

/**
 * Whether a table's lines state units of other kinds than money ("Churn (%)", "Subscribers (thousands)"): a
 * table of operating figures under an "unless otherwise stated" amount note, where a bare count noun is a count.
 */
const mixedKinds = new WeakMap<ParsedTable, boolean>();
function mixesKinds(table: ParsedTable, currency: string): boolean {
  let mixed = mixedKinds.get(table);
  if (mixed === undefined) {
    mixed = table.lines.some((l) => { const base = baseOf(l); const u = !bareCountNoun(base) && rowUnit(base, currency); return !!u && u.kind !== 'money'; });
    mixedKinds.set(table, mixed);
  }
  return mixed;
}

/**
 * A cell's unit is its column's and its line's: found once per column and line name, not again for each
 * cell and each reader (the unit check of readTables, then tableFacts). Kept by column (its header is read
 * before either asks) and the table's note. A bare count noun's unit depends on the line itself (whether it
 * adds into a total), so it is not kept.
 */
const unitsByColumn = new WeakMap<Column, Map<string, Unit | null>>();

export function tableUnit(base: string, cell: { percent: boolean; pence?: true }, col: Column, table: ParsedTable, line?: TableLine): Unit | null {
  if (bareCountNoun(base)) return unitOf(base, cell, col, table, line);
  let units = unitsByColumn.get(col);
  if (!units) unitsByColumn.set(col, (units = new Map()));
  const key = `${cell.percent}|${cell.pence ?? ''}|${table.unitNote}|${base}|${!!line && perShareSection(line)}`;
  if (!units.has(key)) units.set(key, unitOf(base, cell, col, table, line));
  return units.get(key)!;
}

/** A line of share counts ("Weighted average shares outstanding", "Average common equivalent shares outstanding"). */
const SHARE_COUNT = /\b(?:weighted[- ]average|number of|shares used|shares outstanding|average shares|common equivalent shares)\b.*?\b(shares|ADSs?)\b|\bshares used\b|\bweighted[- ]average shares\b|\b(?:average\s+)?(?:common\s+)?shares\s+outstanding\b/i;
/** A line under a section row naming per-share figures alone ("Per share data:", "Amounts per diluted share"). */
const PER_SHARE_SECTION = /^(?:amounts?\s+)?per\s+(?:common\s+|diluted\s+|basic\s+)?(?:share|ADS)(?:\s+(?:data|amounts|information|figures))?\s*:?$/i;
/** (Read once a line: every cell of it asks, on load.) */
const sections = new WeakMap<TableLine, boolean>();
const perShareSection = (line: TableLine) => {
  let under = sections.get(line);
  if (under === undefined) sections.set(line, (under = line.parents.some((p) => PER_SHARE_SECTION.test(p.trim()))));
  return under;
};
/** Per share, or per ADS where `named` (the line's name or its column's header) says so. */
const perShare = (named: string, currency: string): Unit => ({ kind: 'per_share', currency, basis: /\bper\s+(?:\w+\s+)?ADS\b/.test(named) ? 'ADS' : 'share' });

function unitOf(base: string, cell: { percent: boolean; pence?: true }, col: Column, table: ParsedTable, line?: TableLine): Unit | null {
  if (cell.percent) return { kind: 'percent' };
  // A column headed as per share ("Earnings Per Share") holds no amount at the note's scale: only a count of
  // shares, or a line stating a unit of its own, is read otherwise there.
  // So are the lines under a section row that says so ("Per share data:").
  const ofSection = line && perShareSection(line);
  if ((perShareColumn(col.header) || ofSection) && !SHARE_COUNT.test(base) && !rowUnit(base, col.currency)) return perShare(ofSection ? line.parents.join(' ') : col.header, col.currency);
  const note = `${table.unitNote} ${col.header}`;
  const scale = scaleIn(note);
  // A bare count noun ("Branches") in a table of amounts is read by the arithmetic: an amount where it adds
  // into a total (or totals lines), else not read at all, never guessed as a count; in a table whose lines
  // state units of other kinds it is a count, as in a table of operating figures.
  if (bareCountNoun(base) && scale !== null && col.currency && !PERCENT_NOTE.test(table.unitNote) && !mixesKinds(table, col.currency)) {
    return line && summed(line, table) ? { kind: 'money', currency: col.currency, scale } : null;
  }
  // A figure printed in pence ("3.9p") is in pence whatever the table's note says of its pounds.
  const own = rowUnit(base, col.currency) ?? (cell.pence ? penceUnit(base) : null);
  // In a table of counts ("in thousands, unless stated"), a count with no scale of its own is at the note's,
  // unless the note's "except ..." clause names it.
  if (own?.kind === 'count' && own.scale === 1 && scale !== null && !statesUnits(base) && !excepted(table.unitNote, base) && ofCounts(table)) return { ...own, scale };
  if (own) return own;
  // (No amount of money in it: a part of a count, "– of which fibre", is a count of its whole's noun, else not read.)
  if (ofCounts(table) && scale !== null) {
    const whole = line && table.lines.find((l) => l.children.includes(line));
    const counted = whole && rowUnit(baseOf(whole), col.currency);
    return counted?.kind === 'count' ? { ...counted, scale: counted.scale === 1 ? scale : counted.scale } : null;
  }
  if (PERCENT_NOTE.test(table.unitNote)) return { kind: 'percent' };
  if (SHARE_COUNT.test(base)) {
    const shares = shareScale(note, scale);
    return shares === null ? null : { kind: 'count', scale: shares, noun: /\bADS/.test(base) ? 'ADSs' : 'shares' };
  }
  const per = PER_SHARE_NAME.exec(base);
  // (With no scale, a line inside a per-share bridge that adds up is per share: per-share-bridge.ts.)
  if (per || (scale === null && line && inPerShareBridge(table, line, (l) => PER_SHARE_NAME.test(baseOf(l))))) return perShare(base, col.currency);
  // Money needs its scale: a table of amounts with no unit note is not read with confidence.
  if (scale === null || bareRatio(base)) return null;
  // Under "except counts" a line naming no amount may be a count: not read, unless it adds into a total of amounts.
  if (kindExcepted(note, base) && !(line && summed(line, table))) return null;
  return { kind: 'money', currency: col.currency, scale };
}

const countTables = new WeakMap<ParsedTable, boolean>();
const ofCounts = (table: ParsedTable): boolean => {
  if (!countTables.has(table)) countTables.set(table, countsTable(table.lines.map(baseOf), `${table.unitNote} ${table.columns.map((c) => c.header).join(' ')}`));
  return countTables.get(table)!;
};

type Entry = { table: ParsedTable; line: TableLine; base: string; parent: string };

/** Whether lines print different figures for one period (and so cannot be one metric). */
function conflicting(group: Entry[]): boolean {
  const seen = new Map<string, string>();
  for (const e of group) {
    for (const [j, v] of e.line.values.entries()) {
      const col = e.table.columns[j];
      if (!v || !col?.period) continue;
      const k = `${periodKey(col.period)}|${col.currency}|${col.qualifier}`;
      if (seen.has(k) && seen.get(k) !== v.value.toString()) return true;
      seen.set(k, v.value.toString());
    }
  }
  return false;
}

/** The section a total closes ("Basic" for the basic earnings per share that totals its lines). */
const ownSection = (l: TableLine) => (l.total ? l.children[0]?.parents.at(-1) : undefined);

/**
 * Ids: lines of one name are one metric unless they print different figures for one period (a statement
 * of the quarter and one of the year share labels; a segment's sales and its profit do not). Those are
 * named by their parent, else their table; lines still in conflict by the section they total, else
 * their line — never two figures for one period under one id.
 */
function idsOf(entries: Entry[]): Map<TableLine, string> {
  const byBase = new Map<string, Entry[]>();
  // A line is named without the unit its label states ("EBITDA (₹ crore)" is EBITDA).
  const key = (e: Entry) => slug(unitFree(e.base));
  for (const e of entries) byBase.set(key(e), [...(byBase.get(key(e)) ?? []), e]);
  flowsApart(byBase);
  const idOf = new Map<TableLine, string>();
  for (const [key, group] of byBase) {
    if (!conflicting(group)) {
      for (const e of group) idOf.set(e.line, key);
      continue;
    }
    const named = new Map<string, Entry[]>();
    for (const e of group) {
      const id = underParent(e, key);
      named.set(id, [...(named.get(id) ?? []), e]);
    }
    for (const [id, sub] of named) {
      if (!conflicting(sub)) {
        for (const e of sub) idOf.set(e.line, id);
        continue;
      }
      // Then by the total each adds into, the section it totals, or its line; a name still shared by
      // different figures (a whole release on one source line) is left out, never one id for two figures.
      const within = (e: Entry) => slug(e.table.lines.find((l) => l.children.includes(e.line))?.label ?? '') || slug(ownSection(e.line) ?? '') || `line_${e.line.line}`;
      const byWithin = new Map<string, Entry[]>();
      for (const e of sub) byWithin.set(`${within(e)}.${id}`, [...(byWithin.get(`${within(e)}.${id}`) ?? []), e]);
      for (const [inner, those] of byWithin) {
        const apart = !conflicting(those);
        for (const e of those) {
          idOf.set(e.line, apart ? inner : '');
          if (!apart) e.line.exclusion = 'lines of one name print different figures for one period, and the table does not tell them apart';
        }
      }
    }
  }
  return idOf;
}

/** A cell's citation: its line's quote, and the row and column a person finds the figure by. */
function citeOf(doc: string, e: Entry, j: number, quote: (n: number) => string, row: string, cell: CitedCell): Citation {
  const own = e.line.cites?.[j];
  const at = { row, cells: [cell] };
  if (own) {
    const whole = quote(own.line);
    return { document: doc, line: own.line, quote: whole.includes(own.quote) && whole.length <= 300 ? whole : own.quote, ...at };
  }
  return { document: doc, line: e.line.line, quote: e.line.quote ?? quote(e.line.line), ...at };
}

/** A change column's cell printed without "%" where others of its column print one ("+5" aircraft beside "8.8%"): a change in units, never a rate. */
const unitChange = (table: ParsedTable, j: number, cell: Cell) => !cell.percent && table.lines.some((l) => l.values[j]?.percent);

/** A "% change" column's cell: the change the release states for the line, between the columns it compares. */
function statedChange(doc: string, e: Entry, j: number, id: string, quote: (n: number) => string): Fact {
  const { of, basis } = e.table.columns[j]!.change!;
  const cell = e.line.values[j]!;
  return {
    metric: id,
    label: e.base,
    statement: e.table.title,
    parents: e.line.parents,
    period: e.table.columns[of]!.period!,
    basis: e.table.columns[basis]!.period!,
    value: cell.value,
    unit: { kind: 'percent' },
    decimals: cell.decimals,
    role: 'change',
    source: 'table',
    total: e.line.total,
    citation: citeOf(doc, e, j, quote, e.base, { period: `${periodLabel(e.table.columns[of]!.period!)} vs ${periodLabel(e.table.columns[basis]!.period!)}`, unit: '% change', printed: cell.printed }),
  };
}

export function tableFacts(doc: string, lines: string[], tables: ParsedTable[], metrics: Map<string, Metric>): Fact[] {
  const entries: Entry[] = [];
  for (const table of tables) {
    for (const line of table.lines.filter((l) => !l.exclusion)) {
      entries.push({ table, line, base: baseOf(line), parent: line.parents[line.parents.length - 1] ?? '' });
    }
  }
  const idOf = idsOf(entries);
  const facts: Fact[] = [];
  const quotes = new Map<number, string>();
  const quote = (n: number) => quotes.get(n) ?? quotes.set(n, quoteOf(lines[n - 1] ?? '')).get(n)!;
  for (const e of entries) {
    const id = idOf.get(e.line)!;
    if (!id) continue;
    const qualified = id.includes('.');
    const label = qualified ? `${e.line.label} (${[ownSection(e.line) && id.split('.').length > 2 ? ownSection(e.line) : '', e.parent || e.table.title].filter(Boolean).join(', ')})` : e.base;
    const parentLine = e.table.lines.find((l) => l.children.includes(e.line));
    const chain: string[] = [];
    for (let p = parentLine; p; p = e.table.lines.find((l) => l.children.includes(p!))) chain.unshift(p.label);
    e.line.values.forEach((cell, j) => {
      const col = e.table.columns[j]!;
      if (cell && col.change && !e.line.exclusion && !unitChange(e.table, j, cell)) facts.push(statedChange(doc, e, j, id, quote));
      if (!cell || !col.period || e.line.exclusion) return;
      const unit = tableUnit(e.base, cell, col, e.table, e.line);
      if (!unit) return;
      // A qualified column ("Non-GAAP") is a metric of its own, named with its qualifier.
      const metricId = col.qualifier ? `${slug(col.qualifier)}.${id}` : id;
      const metricLabel = col.qualifier ? `${col.qualifier} ${label}` : label;
      const metric = metrics.get(metricId) ?? { id: metricId, label: metricLabel, labels: [], statement: e.table.title, children: [], source: 'table' as const };
      const own = col.qualifier ? `${col.qualifier} ${e.line.label}` : e.line.label;
      // The line's name without its unit ("Open service contracts (000s)") is a name it is asked by too.
      for (const l of new Set([own, bareName(own)])) if (!metric.labels.includes(l)) metric.labels.push(l);
      if (parentLine && !metric.parent && !col.qualifier) metric.parent = idOf.get(parentLine);
      if (e.parent && !metric.heading) metric.heading = e.parent;
      if (!col.qualifier) for (const c of e.line.children) if (!metric.children.includes(idOf.get(c)!)) metric.children.push(idOf.get(c)!);
      metrics.set(metricId, metric);
      facts.push({
        metric: metricId,
        label: metricLabel,
        statement: e.table.title,
        parents: chain.length ? chain : e.line.parents,
        period: col.period,
        value: cell.value,
        unit,
        decimals: cell.decimals,
        role: 'value',
        source: 'table',
        total: e.line.total,
        citation: citeOf(doc, e, j, quote, metricLabel, { period: periodLabel(col.period), unit: unitWords(unit), printed: cell.printed }),
      });
    });
  }
  return facts;
}
