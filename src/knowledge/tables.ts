// A table block → table lines with their columns (period, currency), values and structure (which
// lines a total or a group line adds up). Structure is read from the layout (section rows, bold
// lines, "Total ...") and confirmed by arithmetic; a total whose lines do not add up is reported.
import type { Decimal } from 'decimal.js';
import type { TableBlock, TableRow } from './blocks.js';
import { amountChanges } from './change-columns.js';
import { readColumns, readValues, settleTwins, TableSkip, type Column } from './columns.js';
import { stripMarkup } from './markup.js';
import type { Cell } from './numbers.js';
import type { Period } from './period.js';
import { ownDate } from './row-dates.js';
import { rowUnit, unmarked } from './row-units.js';
import { offColumns, sumsTo, tailSum } from './table-sums.js';
import { inSectionUnit } from './section-units.js';

export { TableSkip, type Column };

export interface TableLine {
  label: string;
  line: number;
  quoteLine: string;
  bold: boolean;
  /** A "Total ..." line, or a group line whose lines were confirmed to add up to it. */
  total: boolean;
  /** Enclosing section rows and group lines, outermost first. */
  parents: string[];
  values: (Cell | null)[];
  /** Per column, where its figure stands when that is not the row's line (an HTML row over several lines). */
  cites?: ({ line: number; quote: string } | null)[];
  /** The row as a person reads it, when the row is not its whole line. */
  quote?: string;
  /** Why its figures are not facts, when they are not (a line under a section of growth rates). */
  exclusion?: string;
  children: TableLine[];
}

export interface ParsedTable {
  title: string;
  unitNote: string;
  columns: Column[];
  lines: TableLine[];
  /** Totals whose lines did not add up: reported by the load checks, never corrected. */
  mismatches: TableMismatch[];
  /** Lines whose figures differ between two columns of one period (columns.ts settleTwins), a table cut at the document's end: reported likewise. */
  conflicts: { line: number; what: string }[];
}

export interface TableMismatch {
  total: TableLine;
  items: TableLine[];
  /** The columns (indexes into `columns`) where the lines do not add up, with what they add up to. */
  off: { column: number; sum: Decimal }[];
}

/** What a table is read against: the document's currency and unit note, and a reference period for yearless headers. */
export interface TableContext {
  currency: string;
  current: Period;
}

function clean(cell: string): string {
  return stripMarkup(cell);
}

function isBold(cell: string): boolean {
  return /<b>|\*\*/i.test(cell);
}

interface Section {
  label: string;
  bold: boolean;
  /** Stack position when the section opened. */
  at: number;
  leaves: number;
}

/** A section of rates or changes: its lines' figures are percentages, whatever their cells print. */
const RATES = /\(%\)|\bpercent(?:age)?s?\b|\brates?\b|\bmargins?\b/i;
const CHANGES = /\bgrowth\b|\bchange\b/i;

/** The table reader's state as it goes down the rows. */
interface TableReading {
  columns: Column[];
  /** USD beside RMB is a translation, each figure rounded on its own; null marks a column left out. */
  translated: (boolean | null)[];
  lines: TableLine[];
  mismatches: TableMismatch[];
  stack: TableLine[];
  sections: Section[];
  group: { line: TableLine; at: number } | null;
  /** Bold lines whose lines below did not add up to them: a later total may show they are subtotals. */
  unconfirmed: { line: TableLine; items: TableLine[] }[];
  /** Set by the last section row: whether the lines below it are changes, or rates ("Segment operating margin"). */
  rates: 'changes' | 'rates' | null;
}

/** One line's worth of rows: its label and figures, the row they stand on, and the row after its label. */
interface RowRead {
  label: string;
  bold: boolean;
  values: (Cell | null)[];
  line: number;
  source: TableRow;
  /** A row of figures with no label, named as the total or net of the lines above it. */
  netOf: boolean;
  next: TableRow | undefined;
  /** The index of the last body row the line took. */
  last: number;
}

export function parseTable(block: TableBlock, ctx: TableContext): ParsedTable {
  const { columns, body, left } = readColumns(block, ctx);
  const translated = columns.map((c) => (c.period ? c.currency === 'USD' && columns.some((o) => o.currency === 'RMB') : null));
  const st: TableReading = { columns, translated, lines: [], mismatches: [], stack: [], sections: [], group: null, unconfirmed: [], rates: null };
  const conflicts: ParsedTable['conflicts'] = [...(left ?? [])];
  for (let i = 0; i < body.length; i++) {
    const row = readRow(st, body, i);
    if (!row) continue;
    i = row.last;
    for (const what of settleTwins(row.values, columns, row.label, row.line)) conflicts.push({ line: row.line, what });
    const item = tableLine(st, row);
    st.lines.push(item);
    const isTotal = row.netOf || (/^total\b/i.test(row.label) && !rate(row.label));
    if (row.bold || isTotal) closeGroup(st);
    if (isTotal) addTotal(st, item);
    else addLine(st, item, row.next);
  }
  closeGroup(st);
  amountChanges(columns, st.lines);
  const end = body[body.length - 1]!;
  if (block.cut) conflicts.push({ line: end.line, what: `the document ends inside the table, on a row label with no figures ("${clean(end.cells[0] ?? '')}", line ${end.line}): it was cut there, and what followed is not read` });
  return { title: block.title, unitNote: block.unitNote, columns, lines: st.lines, mismatches: st.mismatches, conflicts };
}

/** "Total revenue per ASM (cents)", "Total yield (%)": a rate or an amount per thing, which no lines add up to. */
function rate(label: string): boolean {
  const unit = rowUnit(label, '');
  return /\bper\b/i.test(label) || unit?.kind === 'percent' || (unit?.kind === 'count' && unit.noun === 'cents');
}

/** The line that starts at row i, or null for a blank row or a section row (which it opens). */
function readRow(st: TableReading, body: TableRow[], i: number): RowRead | null {
  const row = body[i]!;
  const label = clean(row.cells[0] ?? '');
  const bold = isBold(row.cells[0] ?? '');
  const values = readValues(row, st.columns);
  if (label && !/[a-z0-9]/i.test(label)) throw new TableSkip(row.line, `row label "${label}" has no words: a line's label names what its figures are`);
  const empty = values.every((v) => v === null);
  const next = body[i + 1];
  const read: RowRead = { label, bold, values, line: row.line, source: row, netOf: false, next, last: i };
  if (empty && label && next && !clean(next.cells[0] ?? '')) {
    // A label on a line of its own with its figures on the next line.
    return { ...read, values: readValues(next, st.columns), bold: bold || isBold(next.cells[1] ?? ''), line: next.line, source: next, label: label.replace(/:$/, ''), last: i + 1 };
  }
  if (empty) {
    if (label) openSection(st, label, bold);
    return null;
  }
  if (!label) return { ...read, label: unlabelledTotal(st, values, row.line), netOf: true };
  return read;
}

/** A label with no figures opens a section (closing a previous one that has lines of its own). */
function openSection(st: TableReading, label: string, bold: boolean): void {
  closeGroup(st);
  const inner = st.sections[st.sections.length - 1];
  if (inner && inner.leaves > 0) st.sections.pop();
  st.sections.push({ label: label.replace(/:$/, ''), bold, at: st.stack.length, leaves: 0 });
  st.rates = CHANGES.test(label) ? 'changes' : RATES.test(label) ? 'rates' : null;
}

/** An unlabelled row of figures totals the lines above it (its section's total, or a line net of the deduction below it): its name. */
function unlabelledTotal(st: TableReading, values: (Cell | null)[], line: number): string {
  const inner = st.sections[st.sections.length - 1];
  const probe = { values } as TableLine;
  const k = tailSum(st.stack, probe, st.translated);
  if (k < 2) throw new TableSkip(line, 'a row has figures but no label, and the lines above it do not add up to it');
  return inner && st.stack.length - k === inner.at ? `Total ${inner.label.toLowerCase()}` : `${st.stack[st.stack.length - k]!.label}, net`;
}

/** The table line of a row read, with why its figures are not facts when they are not. */
function tableLine(st: TableReading, { label, line, source, bold, values }: RowRead): TableLine {
  const item: TableLine = { label: inSectionUnit(unmarked(label.replace(/^(add|less):\s*/i, '')), st.rates ? [] : st.sections.map((s) => s.label)), line, quoteLine: source.cells.join('\t'), bold, total: false, parents: [], values, children: [], ...(source.quote ? { quote: source.quote } : {}), ...(source.cites ? { cites: source.cites } : {}) };
  // A rate printing "%" in every cell is read as printed ("| Drives | 15.0% |" under "Segment operating margin").
  if (st.rates === 'changes' || (st.rates && !values.every((v) => v === null || v.percent))) item.exclusion = 'a line under a section of growth rates or changes (figures printed without their % sign)';
  else if (/\((?:[^()]*,\s*)?(?:bps|basis points)\)/i.test(label)) item.exclusion = 'a rate in basis points (read from the prose that states it)';
  else if (ownDate(label, st.columns)) item.exclusion = 'a line that names its own dates, not its columns\' (read from the prose that states them)';
  return item;
}

/** The section and group lines that enclose a line read now, outermost first. */
function parentsNow(st: TableReading): string[] {
  return [...st.sections.map((s) => s.label), ...(st.group ? [st.group.line.label] : [])];
}

/** Ends the open bold group: a subtotal when its lines add up to it, else left unconfirmed. */
function closeGroup(st: TableReading): void {
  const group = st.group;
  if (!group) return;
  const items = st.stack.slice(group.at + 1);
  if (items.length && sumsTo(items, group.line, st.translated)) {
    group.line.children = items;
    group.line.total = true;
    st.stack.splice(group.at + 1);
  } else {
    for (const it of items) it.parents = it.parents.filter((p) => p !== group.line.label);
    if (items.length) st.unconfirmed.push({ line: group.line, items });
  }
  st.group = null;
}

/** Closes the sections whose lines a total has just taken off the stack. */
function closeSections(st: TableReading): void {
  for (let s = st.sections.length - 1; s >= 0; s--) {
    if (st.sections[s]!.at >= st.stack.length) {
      st.sections.splice(s, 1);
      break;
    }
  }
}

/** A total line takes the lines above it that add up to it, or the lines it is laid out to add up. */
function addTotal(st: TableReading, item: TableLine): void {
  item.total = true;
  const matched = tailSum(st.stack, item, st.translated);
  st.unconfirmed = st.unconfirmed.filter((u) => st.stack.includes(u.line));
  const hidden = new Set(st.unconfirmed.flatMap((u) => u.items));
  const alt = st.stack.filter((l) => !hidden.has(l));
  const altMatched = matched || !hidden.size ? 0 : tailSum(alt, item, st.translated);
  const confirmed = altMatched ? st.unconfirmed.filter((u) => alt.slice(-altMatched).includes(u.line)) : [];
  if (matched) {
    item.children = st.stack.splice(st.stack.length - matched);
    closeSections(st);
  } else if (confirmed.length) {
    // The total adds up the bold lines: they are subtotals after all, and their own lines are what
    // does not add up. The layout stands; the mismatch is reported, nothing is corrected.
    for (const u of confirmed) {
      st.mismatches.push({ total: u.line, items: u.items, off: offColumns(u.items, u.line, st.translated) });
      u.line.total = true;
      u.line.children = u.items;
      for (const it of u.items) it.parents = [...it.parents, u.line.label];
    }
    item.children = alt.slice(-altMatched);
    st.stack.splice(0, st.stack.length, ...alt.slice(0, alt.length - altMatched));
    st.unconfirmed = st.unconfirmed.filter((u) => !confirmed.includes(u));
    closeSections(st);
  } else addLaidOutTotal(st, item);
  item.parents = parentsNow(st);
  st.stack.push(item);
}

/**
 * A "Total" line adds up the lines since the last total or the start of its section: when they nearly
 * add up, the layout holds and the mismatch is reported. A total under one line, or under lines far
 * from its figure in every column, is a summary's line of its own ("Total debt" under "Cash", "Total
 * assets" under "Deposits"): no sum is laid out, so none is checked.
 */
function addLaidOutTotal(st: TableReading, item: TableLine): void {
  const { stack } = st;
  const inner = st.sections[st.sections.length - 1];
  let from = inner && inner.leaves > 0 ? inner.at : 0;
  for (let k = stack.length - 1; k >= from; k--) {
    if (stack[k]!.total) {
      from = k + 1;
      break;
    }
  }
  const items = stack.slice(from);
  const off = offColumns(items, item, st.translated);
  if (items.length > 1 && laidOut(off, item, st.columns.filter((c, j) => c.period && item.values[j]).length)) {
    st.mismatches.push({ total: item, items, off });
    item.children = stack.splice(from);
    closeSections(st);
  }
}

/** Lines that add up in some column, or are within a tenth of the total wherever they do not: a sum with a figure wrong. */
function laidOut(off: TableMismatch['off'], total: TableLine, columns: number): boolean {
  return off.length < columns || off.every((o) => o.sum.minus(total.values[o.column]!.value).abs().lte(total.values[o.column]!.value.abs().div(10)));
}

/** A line that is no total: it opens a bold group, closes its section as the section's total, or is a leaf. */
function addLine(st: TableReading, item: TableLine, next: TableRow | undefined): void {
  item.parents = parentsNow(st);
  const nextLabel = next ? clean(next.cells[0] ?? '') : '';
  const nextEnds = !next || isBold(next.cells[0] ?? '') || /^total\b/i.test(nextLabel) || (nextLabel && next.cells.slice(1).every((c) => !clean(c)));
  const inner = st.sections[st.sections.length - 1];
  if (item.bold) {
    st.group = { line: item, at: st.stack.length };
  } else if (inner && !st.group && nextEnds && inner.leaves > 0 && sumsTo(st.stack.slice(inner.at), item, st.translated)) {
    // The last line of a section that adds up the section's lines is its unlabelled total.
    item.total = true;
    item.children = st.stack.splice(inner.at);
    st.sections.pop();
    item.parents = parentsNow(st);
  } else if (inner) {
    inner.leaves++;
  }
  st.stack.push(item);
}
