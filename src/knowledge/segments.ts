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
export const NOT_SEGMENT = /forecast|guidance|outlook|\bplan\b|target|budget|estimate|previous|revised|change|\bchg\b|growth|%|interim|year[- ]end|\bfinal\b|annual|dividend|actual|reported|adjusted|gaap|variance|\bq[1-4]\b|\bfy\b/i;
/** A column of the whole: its lines keep the row's own name. */
export const WHOLE = /^(?:group|consolidated|company|all segments)$/i;

/** The one period a text names (its words), or null. */
function periodIn(text: string, current: Period): string | null {
  const found = periodMentions(text, current).filter((m) => m.ref.kind === 'period');
  return found.length === 1 ? text.slice(found[0]!.start, found[0]!.end) : null;
}

/** A row's name without its period ("Segment revenue – Q2 FY26" → "Segment revenue"; "As of Sep 30, 2026" → none). */
const baseOf = (label: string, period: string) =>
  label
    .replace(period, ' ')
    .replace(/\(\s*\)|(?:^|\s+)as\s+(?:at|of)\s*$|(?:^|\s+)(?:at|for)\s*$/gi, ' ')
    .replace(/^\s*[–—-]\s*|\s*[–—-]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A segment's line: "Europe revenue", "Total segment revenue"; the whole's keeps the row's name. */
export function lineName(segment: string, base: string): string {
  if (WHOLE.test(segment)) return base;
  const lower = /^[A-Z][a-z]/.test(base) ? base[0]!.toLowerCase() + base.slice(1) : base;
  if (/^total$/i.test(segment)) return `Total ${lower}`;
  // A total column's line ("Total Sales and Revenues" of a segment) is the segment's, not a total of the lines above it.
  return /^total\b/i.test(segment) ? `${base} ${segment[0]!.toLowerCase()}${segment.slice(1)}` : `${segment} ${lower}`;
}

/** Columns a segment table leaves out by name: a change beside a segment ("North America % Chg"), an adjustments column. */
const LEFT_OUT = /%\s*(?:chg|change)\b|\bchange\b|\bchg\b|\badjustments?\s*$/i;
/** A row's name that only says which basis its figures are on ("- U.S. GAAP", "Adjusted"): it qualifies the column, not the line. */
const BASIS = /^(?:u\.?s\.?\s+)?(?:gaap|adjusted|non-gaap|as reported|reported)$/i;

/** The header cells kept as segments, by column; null when the header is no row of segments. */
function segmentHeads(head: TableRow, body: TableRow[], current: Period): { segment: string; j: number; printed: string }[] | null {
  const all = head.cells.slice(1).map((c, k) => ({ segment: stripMarkup(c).trim(), j: k + 1 }));
  // An unheaded column of footnote marks ("1", "2", "4,7") beside the figures is no segment.
  const marks = (j: number) => body.every((r) => /^(?:\d{1,2}(?:,\s*\d{1,2})*)?$/.test(stripMarkup(r.cells[j] ?? '').trim()));
  const kept = all.filter((x) => !LEFT_OUT.test(x.segment) && !(x.segment === '' && marks(x.j)));
  if (kept.length < 2 || kept.some((x) => !/[a-z]{2}/i.test(x.segment) || NOT_SEGMENT.test(x.segment) || periodMentions(x.segment, current).length)) return null;
  // Words every part's header opens with ("Supplemental Consolidating Data ...") name none of them.
  const parts = kept.filter((x) => !WHOLE.test(x.segment)).map((x) => x.segment.split(/\s+/));
  let shared = 0;
  while (parts.length > 1 && parts.every((w) => w.length > shared + 1 && w[shared] === parts[0]![shared])) shared++;
  // (A row with no name of its own, "As of Sep 30, 2026", takes the header as printed: "Total assets", "Total equity".)
  return kept.map((x) => ({ ...x, printed: x.segment, segment: WHOLE.test(x.segment) ? x.segment : x.segment.split(/\s+/).slice(shared).join(' ') }));
}

const figuresIn = (row: TableRow) => row.cells.slice(1).some((c) => /\d/.test(stripMarkup(c)));

/**
 * Each row's name and the period (with its basis) it is of: its own; else the one a section row above
 * names ("First Quarter 2022"); else the table's.
 */
function rowPeriods(body: TableRow[], whole: string | null, current: Period): { row: TableRow; base: string; period: string }[] | null {
  const own = body.map((r) => periodIn(stripMarkup(r.cells[0] ?? ''), current));
  const out: { row: TableRow; base: string; period: string }[] = [];
  let section: string | null = null;
  for (const [i, row] of body.entries()) {
    const label = stripMarkup(row.cells[0] ?? '');
    if (own[i] && !figuresIn(row)) {
      section = own[i]!;
      continue;
    }
    // A row with no period of its own between two rows of one period ("Restructuring costs" between
    // "... 2022 - U.S. GAAP" and "... 2022 - Adjusted") is a reconciling item: left out, as an adjustments column is.
    const before = own.slice(0, i).reverse().find(Boolean);
    if (!own[i] && !section && before && before === own.slice(i + 1).find(Boolean)) continue;
    const period = own[i] ?? section ?? whole;
    if (!label || !period || /forecast|guidance|outlook|target|budget|estimate/i.test(label)) return null;
    const base = own[i] ? baseOf(label, own[i]!) : label;
    out.push(BASIS.test(base) ? { row, base: '', period: `${own[i]} ${base.replace(/^u\.?s\.?\s+/i, '')}` } : { row, base, period });
  }
  return out;
}

/** The tables of the usual shape a table of segment columns holds, or null when it is not one. */
export function segmentBlocks(block: TableBlock, current: Period): TableBlock[] | null {
  const [head, ...body] = block.rows;
  if (!head || stripMarkup(head.cells[0] ?? '') || !body.length) return null;
  const heads = segmentHeads(head, body, current);
  if (!heads) return null;
  if (/forecast|guidance|outlook|dividend/i.test(`${block.title} ${block.corner ?? ''}`)) return null;
  const read = rowPeriods(body, periodIn(block.corner ?? '', current) ?? periodIn(block.title, current), current);
  if (!read) return null;
  // A line's rows by period; a name printed twice in one period ("Corporate Items and Eliminations" under
  // two groups) is paired with the same occurrence in the other periods.
  const bases = new Map<string, Map<string, TableRow>>();
  const seen = new Map<string, number>();
  for (const { row, base, period } of read) {
    const n = seen.get(`${base}\u0001${period}`) ?? 0;
    seen.set(`${base}\u0001${period}`, n + 1);
    const key = `${base}\u0001${n}`;
    const periods = bases.get(key) ?? bases.set(key, new Map()).get(key)!;
    periods.set(period, row);
  }
  // Sections and bold subtotals are read per segment, in the table's order: each segment's lines then add up.
  const bySegment = body.some((r) => /\*\*|<b>/i.test(r.cells[0] ?? '') || (stripMarkup(r.cells[0] ?? '') && !figuresIn(r)));
  // One table per set of periods: a head count at a date stands apart from the quarter's amounts.
  const byPeriods = new Map<string, [string, Map<string, TableRow>][]>();
  for (const entry of bases) {
    const key = [...entry[1].keys()].join('\u0000');
    byPeriods.set(key, [...(byPeriods.get(key) ?? []), entry]);
  }
  return [...byPeriods.entries()].map(([key, entries]) => {
    const periods = key.split('\u0000');
    const rows: TableRow[] = [{ line: head.line, cells: ['', ...periods] }];
    const line = ({ segment, j, printed }: { segment: string; j: number; printed: string }, base: string, byPeriod: Map<string, TableRow>) => {
      const sources = periods.map((p) => byPeriod.get(p)!);
      const cells = sources.map((r) => r.cells[j] ?? '');
      const bold = /\*\*|<b>/i.test(sources[0]!.cells[0] ?? '');
      const label = stripMarkup(base.split('\u0001')[0]!);
      const name = label ? lineName(segment, label) : printed;
      rows.push({ line: sources[0]!.line, cells: [bold ? `**${name}**` : name, ...cells], cites: sources.map((r, k) => r.cites?.[j - 1] ?? { line: r.line, quote: r.quote ?? stripMarkup(cells[k]!) }) });
    };
    if (bySegment) for (const h of heads) for (const [base, byPeriod] of entries) line(h, base, byPeriod);
    else for (const [base, byPeriod] of entries) for (const h of heads) line(h, base, byPeriod);
    return { kind: 'table', title: block.title, unitNote: block.unitNote, rows, ...(block.cellCurrency?.find(Boolean) ? { cellCurrency: periods.map(() => block.cellCurrency!.find(Boolean)!) } : {}) };
  });
}
