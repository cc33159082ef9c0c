// Tables whose columns are segments or regions, not periods ("| Q3 2025 | Europe | Americas | Group |", or
// "| Particulars | Cement | Chemicals | Total |" over rows "Segment revenue – Q2 FY26"): the period comes from
// the corner cell, the table's title or each row's own label, and each segment's figure becomes a line of
// its own ("Europe revenue") in tables of the usual shape, one per set of periods, which the table reader
// then reads (or skips, by line) like any other. Forecasts, dividends and changes are never segments.
import type { TableBlock, TableRow } from './blocks.js';
import { stripMarkup } from './markup.js';
import { periodMentions } from './period-grammar.js';
import type { Period } from './period.js';

/** Column headers that are kinds of figure, not parts of the business. */
const NOT_SEGMENT = /forecast|guidance|outlook|\bplan\b|target|budget|estimate|previous|revised|change|\bchg\b|growth|%|interim|year[- ]end|\bfinal\b|annual|dividend|actual|reported|adjusted|gaap|variance|\bq[1-4]\b|\bfy\b/i;
/** A column of the whole: its lines keep the row's own name. */
const WHOLE = /^(?:group|consolidated|company|all segments)$/i;

/** The one period a text names (its words), or null. */
function periodIn(text: string, current: Period): string | null {
  const found = periodMentions(text, current).filter((m) => m.ref.kind === 'period');
  return found.length === 1 ? text.slice(found[0]!.start, found[0]!.end) : null;
}

/** A row's name without its period ("Segment revenue – Q2 FY26" → "Segment revenue"). */
const baseOf = (label: string, period: string) =>
  label
    .replace(period, ' ')
    .replace(/\(\s*\)|\s+as\s+(?:at|of)\s*$|\s+(?:at|for)\s*$/gi, ' ')
    .replace(/\s*[–—-]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A segment's line: "Europe revenue", "Total segment revenue"; the whole's keeps the row's name. */
function lineName(segment: string, base: string): string {
  if (WHOLE.test(segment)) return base;
  const lower = /^[A-Z][a-z]/.test(base) ? base[0]!.toLowerCase() + base.slice(1) : base;
  return /^total$/i.test(segment) ? `Total ${lower}` : `${segment} ${lower}`;
}

/** The tables of the usual shape a table of segment columns holds, or null when it is not one. */
export function segmentBlocks(block: TableBlock, current: Period): TableBlock[] | null {
  const [head, ...body] = block.rows;
  if (!head || stripMarkup(head.cells[0] ?? '') || !body.length) return null;
  const segments = head.cells.slice(1).map((c) => stripMarkup(c).trim());
  if (segments.length < 2 || segments.some((s) => !/[a-z]{2}/i.test(s) || NOT_SEGMENT.test(s) || periodMentions(s, current).length)) return null;
  if (/forecast|guidance|outlook|dividend/i.test(`${block.title} ${block.corner ?? ''}`)) return null;
  const whole = periodIn(block.corner ?? '', current) ?? periodIn(block.title, current);
  // Each row's name and period: its own, else the table's.
  const bases = new Map<string, Map<string, TableRow>>();
  for (const row of body) {
    const label = stripMarkup(row.cells[0] ?? '');
    const own = periodIn(label, current);
    const period = own ?? whole;
    if (!label || !period || /forecast|guidance|outlook|target|budget|estimate/i.test(label)) return null;
    const base = own ? baseOf(label, own) : label;
    const periods = bases.get(base) ?? bases.set(base, new Map()).get(base)!;
    if (periods.has(period)) return null;
    periods.set(period, row);
  }
  // One table per set of periods: a head count at a date stands apart from the quarter's amounts.
  const byPeriods = new Map<string, [string, Map<string, TableRow>][]>();
  for (const entry of bases) {
    const key = [...entry[1].keys()].join('\u0000');
    byPeriods.set(key, [...(byPeriods.get(key) ?? []), entry]);
  }
  return [...byPeriods.entries()].map(([key, entries]) => {
    const periods = key.split('\u0000');
    const rows: TableRow[] = [{ line: head.line, cells: ['', ...periods] }];
    for (const [base, byPeriod] of entries) {
      const sources = periods.map((p) => byPeriod.get(p)!);
      segments.forEach((segment, j) => {
        const cells = sources.map((r) => r.cells[j + 1] ?? '');
        rows.push({ line: sources[0]!.line, cells: [lineName(segment, base), ...cells], cites: sources.map((r, k) => ({ line: r.line, quote: stripMarkup(cells[k]!) })) });
      });
    }
    return { kind: 'table', title: block.title, unitNote: block.unitNote, rows, ...(block.cellCurrency?.find(Boolean) ? { cellCurrency: periods.map(() => block.cellCurrency!.find(Boolean)!) } : {}) };
  });
}
