// A table block → table lines with their columns (period, currency), values and structure (which
// lines a total or a group line adds up). Structure is read from the layout (section rows, bold
// lines, "Total ...") and confirmed by arithmetic; a total whose lines do not add up is reported.
import { Decimal } from 'decimal.js';
import type { TableBlock, TableRow } from './blocks.js';
import { readColumns, TableSkip, type Column } from './columns.js';
import { stripMarkup } from './markup.js';
import { parseCell, type Cell } from './numbers.js';
import type { Period } from './period.js';

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

const NOT_APPLICABLE = /^(?:n\/?a|n\/?m|n\.m\.|\*+|—\s*%|-\s*%)$/i;

function readValues(row: TableRow, columns: Column[]): (Cell | null)[] {
  if (row.unread) throw new TableSkip(row.line, row.unread);
  const cells = row.cells.slice(1);
  if (cells.length > columns.length && cells.slice(columns.length).some((c) => clean(c))) {
    throw new TableSkip(row.line, `a row has ${cells.length} figures but the table has ${columns.length} columns`);
  }
  const values = columns.map((col, j) => {
    const text = clean(cells[j] ?? '');
    if (!text || NOT_APPLICABLE.test(text)) return null;
    const cell = parseCell(text);
    if (!cell && col.exclusion) return null;
    if (!cell) throw new TableSkip(row.line, `non-numeric cell "${text}" in column "${col.header}"`);
    return cell;
  });
  const read = columns.map((c, j) => (c.period ? values[j] : undefined)).filter((v) => v !== undefined);
  const present = read.filter((v) => v !== null);
  // Only rates may leave a column blank (a margin has no USD figure); an amount must fill every column,
  // or every column of the segments it is given for ("Net income" under "Consolidated" only).
  const dated = columns.filter((c) => c.period);
  const whole = (q: string) => new Set(columns.map((c, k) => (c.period && c.qualifier === q ? values[k] !== null : null)).filter((x) => x !== null)).size === 1;
  const bySegment = dated.some((c) => c.qualifier !== dated[0]!.qualifier) && dated.every((c) => whole(c.qualifier));
  if (present.length && present.length < read.length && !present.every((v) => v.percent) && !bySegment) {
    const j = columns.findIndex((c, k) => c.period && values[k] === null);
    throw new TableSkip(row.line, `missing figure in column "${columns[j]!.header}" (the row has ${present.length} of ${read.length})`);
  }
  return values;
}

/**
 * Whether a column's lines add up to its total: to the digit in the release's own currency; in a
 * translated column, where each figure was rounded on its own, to within half a unit per figure.
 */
function addsUp(sum: Decimal, total: Cell, figures: number, translated: boolean): boolean {
  if (!translated) return sum.equals(total.value);
  return sum.minus(total.value).abs().lte(new Decimal(10).pow(-total.decimals).times(figures + 1).div(2));
}

const columnSum = (items: TableLine[], j: number) => items.reduce((s, it) => s.plus(it.values[j]?.value ?? 0), new Decimal(0));

/** Whether `items` add up to `target` in every figure column (columns left out do not count). */
function sumsTo(items: TableLine[], target: TableLine, translated: (boolean | null)[]): boolean {
  return target.values.every((v, j) => translated[j] === null || Boolean(v && !v.percent && addsUp(columnSum(items, j), v, items.length, translated[j]!)));
}

/** The columns where `items` do not add up to `total`. */
function offColumns(items: TableLine[], total: TableLine, translated: (boolean | null)[]): TableMismatch['off'] {
  const off: TableMismatch['off'] = [];
  total.values.forEach((v, j) => {
    if (!v || v.percent || translated[j] === null) return;
    const sum = columnSum(items, j);
    if (!addsUp(sum, v, items.length, translated[j]!)) off.push({ column: j, sum });
  });
  return off;
}

interface Section {
  label: string;
  bold: boolean;
  /** Stack position when the section opened. */
  at: number;
  leaves: number;
}

/** A section of rates or changes: its lines' figures are percentages, whatever their cells print. */
const RATES = /\bgrowth\b|\bchange\b|\(%\)|\bpercent(?:age)?s?\b|\brates?\b|\bmargins?\b/i;

export function parseTable(block: TableBlock, ctx: TableContext): ParsedTable {
  // Set by the last section row: whether the lines below it are rates or changes.
  let rates = false;
  const { columns, body } = readColumns(block, ctx);
  // USD beside RMB is a translation, each figure rounded on its own; null marks a column left out.
  const translated = columns.map((c) => (c.period ? c.currency === 'USD' && columns.some((o) => o.currency === 'RMB') : null));
  const lines: TableLine[] = [];
  const mismatches: ParsedTable['mismatches'] = [];
  const stack: TableLine[] = [];
  const sections: Section[] = [];
  let group: { line: TableLine; at: number } | null = null;
  /** Bold lines whose lines below did not add up to them: a later total may show they are subtotals. */
  let unconfirmed: { line: TableLine; items: TableLine[] }[] = [];

  const parentsNow = () => [...sections.map((s) => s.label), ...(group ? [group.line.label] : [])];
  const closeGroup = () => {
    if (!group) return;
    const items = stack.slice(group.at + 1);
    if (items.length && sumsTo(items, group.line, translated)) {
      group.line.children = items;
      group.line.total = true;
      stack.splice(group.at + 1);
    } else {
      for (const it of items) it.parents = it.parents.filter((p) => p !== group!.line.label);
      if (items.length) unconfirmed.push({ line: group.line, items });
    }
    group = null;
  };
  /** How many lines at the end of `list` add up to `total` (two or more preferred), 0 if none. */
  const tailSum = (list: TableLine[], total: TableLine) => {
    for (let k = 2; k <= list.length; k++) if (sumsTo(list.slice(-k), total, translated)) return k;
    return list.length && sumsTo(list.slice(-1), total, translated) ? 1 : 0;
  };
  /** Closes the sections whose lines a total has just taken off the stack. */
  const closeSections = () => {
    for (let s = sections.length - 1; s >= 0; s--) {
      if (sections[s]!.at >= stack.length) {
        sections.splice(s, 1);
        break;
      }
    }
  };

  for (let i = 0; i < body.length; i++) {
    const row = body[i]!;
    let label = clean(row.cells[0] ?? '');
    let bold = isBold(row.cells[0] ?? '');
    let values = readValues(row, columns);
    let line = row.line;
    let source = row;
    let netOf = false;
    if (label && !/[a-z0-9]/i.test(label)) throw new TableSkip(row.line, `row label "${label}" has no words: a line's label names what its figures are`);
    const empty = values.every((v) => v === null);
    const next = body[i + 1];
    if (empty && label && next && !clean(next.cells[0] ?? '')) {
      // A label on a line of its own with its figures on the next line.
      values = readValues(next, columns);
      bold = bold || isBold(next.cells[1] ?? '');
      line = next.line;
      source = next;
      label = label.replace(/:$/, '');
      i++;
    } else if (empty) {
      if (!label) continue;
      closeGroup();
      const inner = sections[sections.length - 1];
      if (inner && inner.leaves > 0) sections.pop();
      sections.push({ label: label.replace(/:$/, ''), bold, at: stack.length, leaves: 0 });
      rates = RATES.test(label);
      continue;
    } else if (!label) {
      // A row of figures with no label is the total of the lines above it that add up to it: its
      // section's total, or the net of a line and the deduction below it.
      const inner = sections[sections.length - 1];
      const probe = { values } as TableLine;
      const k = tailSum(stack, probe);
      if (k < 2) throw new TableSkip(row.line, 'a row has figures but no label, and the lines above it do not add up to it');
      label = inner && stack.length - k === inner.at ? `Total ${inner.label.toLowerCase()}` : `${stack[stack.length - k]!.label}, net`;
      netOf = true;
    }
    // A footnote mark after a label ("Total net sales (1)", "Net income*") is no part of its name.
    const item: TableLine = { label: label.replace(/^(add|less):\s*/i, '').replace(/\s*(?:\((?:\d{1,2}|[a-z])\)|\*+)$|(?<=[a-z])\s+[1-9]$|(?<=[a-z]{3})[1-9]$/, ''), line, quoteLine: source.cells.join('\t'), bold, total: false, parents: [], values, children: [], ...(source.quote ? { quote: source.quote } : {}), ...(source.cites ? { cites: source.cites } : {}) };
    if (rates) item.exclusion = 'a line under a section of growth rates or changes (figures printed without their % sign)';
    else if (/\((?:[^()]*,\s*)?(?:bps|basis points)\)/i.test(label)) item.exclusion = 'a rate in basis points (read from the prose that states it)';
    lines.push(item);
    const isTotal = netOf || /^total\b/i.test(label);
    if (bold || isTotal) closeGroup();
    if (isTotal) {
      item.total = true;
      const matched = tailSum(stack, item);
      const inner = sections[sections.length - 1];
      unconfirmed = unconfirmed.filter((u) => stack.includes(u.line));
      const hidden = new Set(unconfirmed.flatMap((u) => u.items));
      const alt = stack.filter((l) => !hidden.has(l));
      const altMatched = matched || !hidden.size ? 0 : tailSum(alt, item);
      const confirmed = altMatched ? unconfirmed.filter((u) => alt.slice(-altMatched).includes(u.line)) : [];
      if (matched) {
        item.children = stack.splice(stack.length - matched);
        closeSections();
      } else if (confirmed.length) {
        // The total adds up the bold lines: they are subtotals after all, and their own lines are what
        // does not add up. The layout stands; the mismatch is reported, nothing is corrected.
        for (const u of confirmed) {
          mismatches.push({ total: u.line, items: u.items, off: offColumns(u.items, u.line, translated) });
          u.line.total = true;
          u.line.children = u.items;
          for (const it of u.items) it.parents = [...it.parents, u.line.label];
        }
        item.children = alt.slice(-altMatched);
        stack.splice(0, stack.length, ...alt.slice(0, alt.length - altMatched));
        unconfirmed = unconfirmed.filter((u) => !confirmed.includes(u));
        closeSections();
      } else {
        // A "Total" line adds up the lines since the last total or the start of its section: when
        // they do not add up, the layout still holds and the mismatch is reported.
        let from = inner && inner.leaves > 0 ? inner.at : 0;
        for (let k = stack.length - 1; k >= from; k--) {
          if (stack[k]!.total) {
            from = k + 1;
            break;
          }
        }
        const items = stack.slice(from);
        if (items.length) {
          mismatches.push({ total: item, items, off: offColumns(items, item, translated) });
          item.children = stack.splice(from);
          closeSections();
        }
      }
      item.parents = parentsNow();
      stack.push(item);
      continue;
    }
    item.parents = parentsNow();
    const nextLabel = next ? clean(next.cells[0] ?? '') : '';
    const nextEnds = !next || isBold(next.cells[0] ?? '') || /^total\b/i.test(nextLabel) || (nextLabel && next.cells.slice(1).every((c) => !clean(c)));
    const inner = sections[sections.length - 1];
    if (bold) {
      group = { line: item, at: stack.length };
    } else if (inner && !group && nextEnds && inner.leaves > 0 && sumsTo(stack.slice(inner.at), item, translated)) {
      // The last line of a section that adds up the section's lines is its unlabelled total.
      item.total = true;
      item.children = stack.splice(inner.at);
      sections.pop();
      item.parents = parentsNow();
    } else if (inner) {
      inner.leaves++;
    }
    stack.push(item);
  }
  closeGroup();
  return { title: block.title, unitNote: block.unitNote, columns, lines, mismatches };
}

