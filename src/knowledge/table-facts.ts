// Table lines → facts. A line's label (qualified by its parent where two lines share a label with
// different figures) is its metric id; each figure column gives one fact with its period, unit (currency
// and scale from the column and the table's unit note) and the line it stands on.
import type { Citation, CitedCell } from './citation.js';
import { currencyOf, type Fact, unitWords } from './fact.js';
import { slug } from './labels.js';
import { MIN_QUOTE } from './kb.js';
import { flowsApart, underParent } from './flows-apart.js';
import { quoteOf } from './markup.js';
import { isNil, type Cell } from './numbers.js';
import { periodKey, periodLabel } from './period.js';
import { rowInstant } from './row-dates.js';
import { bareName, rowUnit, unitFree } from './row-units.js';
import type { Metric } from './release.js';
import type { ParsedTable, TableLine } from './tables.js';
import { baseOf, tableUnit } from './table-units.js';
import { WHOLE } from './segments.js';
import { partRows, partsOfWholes } from './thereof-rows.js';

type Entry = { table: ParsedTable; line: TableLine; base: string; parent: string; part?: boolean };

/** Whether lines print different figures for one period (and so cannot be one metric). */
function conflicting(group: Entry[]): boolean {
  const seen = new Map<string, string>();
  for (const e of group) {
    // (A row stating its own currency, "Revenue (USD million)" beside "Revenue (₹ crore)", is that currency's figure.)
    const own = rowCurrency(e);
    for (const [j, v] of e.line.values.entries()) {
      const col = e.table.columns[j];
      if (!v || !col?.period) continue;
      const k = `${periodKey(col.period)}|${own ?? col.currency}|${col.qualifier}`;
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
      // (A part row is named under its whole whatever else shares its name: "Life/Health" of the premiums.)
      for (const e of group) idOf.set(e.line, e.part ? underParent(e, key) : key);
      continue;
    }
    // Lines with no parent that agree keep the bare name where the others are divisions' lines (one name under two or
    // more parents): each division's "Revenue" is named by its section row, and the group's own revenue stays revenue.
    // (Under one parent, the parentless line is no group's: "Research and development" in a table of stock-based
    // compensation by expense line keeps its table's title, or it would pass for the expense.)
    const own = group.filter((e) => !e.parent);
    const divisions = new Set(group.map((e) => e.parent).filter(Boolean)).size >= 2;
    const ownKeeps = divisions && own.length < group.length && !conflicting(own);
    const named = new Map<string, Entry[]>();
    for (const e of group) {
      const id = ownKeeps && !e.parent ? key : underParent(e, key);
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
    // A figure alone on its line (one cell a line, as some EDGAR generators write HTML) is too short to quote:
    // it is cited by its row's line, where its label stands, the cell keeping the line it stands on.
    const label = quote(e.line.line);
    if (whole.trim().length < MIN_QUOTE && label.trim().length >= MIN_QUOTE) return { document: doc, line: e.line.line, quote: label, row, cells: [{ ...cell, line: own.line }] };
    return { document: doc, line: own.line, quote: whole.includes(own.quote) && whole.length <= 300 ? whole : own.quote, ...at };
  }
  return { document: doc, line: e.line.line, quote: e.line.quote ?? quote(e.line.line), ...at };
}

/** A change column's cell printed without "%" where others of its column print one ("+5" aircraft beside "8.8%"): a change in units, never a rate. */
const unitChange = (table: ParsedTable, j: number, cell: Cell) => cell.times || (!cell.percent && table.lines.some((l) => l.values[j]?.percent));

/** A cell of a change column in points ("YoY (bps)") is a change of a rate: of a line whose compared figure is a percentage. */
function pointsOfRate(e: Entry, j: number): boolean {
  const { of, per } = e.table.columns[j]!.change!;
  const cell = e.line.values[of];
  return !per || (!!cell && tableUnit(e.base, cell, e.table.columns[of]!, e.table, e.line)?.kind === 'percent');
}

/** The currency a row states of its own with its scale ("Revenue (USD million)"), or null (pence are no other currency). */
const rowCurrency = (e: Entry) => {
  const u = rowUnit(e.line.label, '');
  return u?.kind === 'money' && u.scale > 1 ? u.currency : null;
};

/**
 * A row in another currency than its table's columns ("Revenue (USD million)" under ₹ columns) states its change beside
 * the home currency's row of one name: a change carries no currency, so the two would be one line's two changes. Its
 * own is computed from its figures instead.
 */
const foreignRow = (e: Entry, j: number) => {
  const own = rowCurrency(e);
  return Boolean(own && own !== e.table.columns[e.table.columns[j]!.change!.of]!.currency);
};

/** A "% change" column's cell: the change the release states for the line, between the columns it compares (a change in points, in percentage points). */
function statedChange(doc: string, e: Entry, j: number, id: string, quote: (n: number) => string): Fact {
  const { of, basis, per } = e.table.columns[j]!.change!;
  const cell = e.line.values[j]!;
  const points = per ? { value: cell.value.div(per), decimals: cell.decimals + Math.log10(per), points: true as const } : { value: cell.value, decimals: cell.decimals };
  return {
    metric: id,
    label: e.base,
    statement: e.table.title,
    parents: e.line.parents,
    period: e.table.columns[of]!.period!,
    basis: e.table.columns[basis]!.period!,
    ...points,
    unit: { kind: 'percent' },
    role: 'change',
    source: 'table',
    total: e.line.total,
    citation: citeOf(doc, e, j, quote, e.base, { period: `${periodLabel(e.table.columns[of]!.period!)} vs ${periodLabel(e.table.columns[basis]!.period!)}`, unit: per ? `${per === 100 ? 'bps' : 'pp'} change` : '% change', printed: cell.printed }),
  };
}

export function tableFacts(doc: string, lines: string[], tables: ParsedTable[], metrics: Map<string, Metric>): Fact[] {
  const entries: Entry[] = [];
  const wholes = new Map(tables.flatMap((t) => [...partRows(t.lines)]));
  for (const table of tables) for (const line of table.lines.filter((l) => !l.exclusion)) entries.push({ table, line, base: baseOf(line), parent: line.parents.at(-1) ?? '', part: wholes.has(line) });
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
      // (A dash in a change column states no change: "Basic EPS 154.37 187.42 -" is not a change of 0%.)
      if (cell && col.change && !isNil(cell) && !e.line.exclusion && !unitChange(e.table, j, cell) && pointsOfRate(e, j) && !foreignRow(e, j)) facts.push(statedChange(doc, e, j, id, quote));
      if (!cell || !col.period || e.line.exclusion) return;
      const unit = tableUnit(e.base, cell, col, e.table, e.line);
      // (A dash on a rate's or a multiple's line, "Stage 2 assets (% of AUM)  4.12%  -", is no figure disclosed, never 0%.)
      if (!unit || (isNil(cell) && (unit.kind === 'percent' || (unit.kind === 'count' && unit.noun === 'times')))) return;
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
      // (A row dating its own figures, "SST ratio (as at 1 January)", stands at that day of the column's year: row-dates.ts.)
      const period = rowInstant(e.line.label, col.period);
      facts.push({
        metric: metricId,
        label: metricLabel,
        statement: e.table.title,
        parents: chain.length ? chain : e.line.parents,
        period,
        value: cell.value,
        unit,
        decimals: cell.decimals,
        role: 'value',
        source: 'table',
        total: e.line.total,
        citation: citeOf(doc, e, j, quote, metricLabel, { period: periodLabel(period), unit: unitWords(unit), printed: cell.printed }),
      });
    });
  }
  partsOfWholes(wholes, idOf, metrics);
  bothCurrencies(facts, metrics);
  return withoutWholeCopies(facts, metrics);
}

/** A line printed once per currency ("Revenue (₹ crore)", "Revenue (USD million)") is named by neither row's currency. */
function bothCurrencies(facts: Fact[], metrics: Map<string, Metric>): void {
  const codes = new Map<string, Set<string>>();
  for (const f of facts) if (currencyOf(f.unit)) codes.set(f.metric, (codes.get(f.metric) ?? new Set()).add(currencyOf(f.unit)!));
  const both = new Set([...codes].filter(([id, set]) => set.size > 1 && rowUnit(metrics.get(id)?.label ?? '', '')).map(([id]) => id));
  for (const id of both) metrics.get(id)!.label = unitFree(metrics.get(id)!.label);
  for (const f of facts) if (both.has(f.metric)) f.label = unitFree(f.label);
}

/**
 * The whole's row of a table of segments by measure ("Group" under "Revenue" beside "Copper" and "Gold") printing
 * the release's own line of that measure again, figure for figure: no second line ("Revenue Group" beside "Revenue"),
 * which a question for the group's revenue would take apart from the line its segments are parts of.
 */
function withoutWholeCopies(facts: Fact[], metrics: Map<string, Metric>): Fact[] {
  const copies = new Set<string>();
  const byMetric = new Map<string, Fact[]>();
  for (const f of facts) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
  for (const [id, own] of byMetric) {
    const at = id.lastIndexOf('.');
    const line = byMetric.get(id.slice(0, at));
    if (at < 0 || !line || !WHOLE.test(id.slice(at + 1)) || !own.every((f) => f.role !== 'value' || line.some((g) => g.role === 'value' && periodKey(g.period) === periodKey(f.period) && g.value.equals(f.value)))) continue;
    copies.add(id);
    // (Its name, "Revenue Group", stays a name of the line it prints again: "group revenue" is asked.)
    const whole = metrics.get(id.slice(0, at));
    for (const l of metrics.get(id)?.labels ?? []) if (whole && !whole.labels.includes(l)) whole.labels.push(l);
    metrics.delete(id);
  }
  return copies.size ? facts.filter((f) => !copies.has(f.metric)) : facts;
}
