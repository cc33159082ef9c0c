// An HTML table as Workiva and older EDGAR generators lay it out → a table block of label and figure
// columns. Those generators put `$`, `%` and `)` in cells of their own and span headers over several
// cells: the cells are placed on a grid by their colspans, the pieces of one figure joined, and the
// figure columns found where figures stand in the body rows. Headers above are assigned to the figure
// columns they span.
import type { TableBlock, TableRow } from './blocks.js';
import { SIGN_SOURCE, codeOfSign } from './currencies.js';
import { parseCell } from './numbers.js';
import { unitFree } from './row-units.js';

export interface HtmlCell {
  text: string;
  span: number;
  /** The rows it stands in (its rowspan). */
  rows: number;
  bold: boolean;
  /** The source line of its first text. */
  line: number;
  /** Every source line its text stands on. */
  lines: number[];
}

export interface HtmlRow {
  line: number;
  /** True when the row's text stands on one source line (then the row is quoted whole). */
  oneLine: boolean;
  cells: HtmlCell[];
  quote: string;
}

/** One figure or word of a row, placed on the grid. */
interface Token {
  text: string;
  start: number;
  end: number;
  bold: boolean;
  line: number;
  currency: string;
  /** The figure's own cell as printed (its line's text, before a ")" or "%" cell is joined to it). */
  cell: string;
}

const CURRENCY_CELL = new RegExp(`^${SIGN_SOURCE}$`);
// The sign may stand inside a negative's parenthesis or after its minus ("($2,600)", "-$2.1").
const LEADING_SIGN = new RegExp(`^([(\\-\\u2212]?)\\s*(${SIGN_SOURCE})\\s*`);
const CLOSER = /^(\)|%|%\)|\)%|pts?\)?|bps\)?)$/i;
const CLOSER_SIGN = new RegExp(`^(\\)|%\\)|\\)%)\\s*(${SIGN_SOURCE})$`);

/**
 * A figure as the number reader takes it: "(20" + "%)" → "(20)%", "$1,234" → "1,234"; the sign may stand
 * inside a negative's parenthesis or after its minus ("($2,600)", "-$2.1"), and a bold figure stays bold.
 */
export function figureText(s: string): { text: string; currency: string } {
  const norm = (x: string) => x.replace(/\s+/g, '').replace(/^\((-?[\d,.]+)%\)$/, '($1)%').replace(/^\((-?[\d,.]+)\)%$/, '($1)%');
  const bold = /^\s*\*\*(.+)\*\*\s*$/.exec(s);
  const inner = bold ? bold[1]! : s;
  const m = LEADING_SIGN.exec(inner);
  if (!m) return { text: norm(s), currency: '' };
  const t = norm(m[1]! + inner.slice(m[0].length));
  return { text: bold ? `**${t}**` : t, currency: codeOfSign(m[2]!)! };
}

// A figure is short; long cells are words (and the figure patterns are not run over them).
export const isFigure = (s: string) => s.length <= 32 && /\d/.test(s) && parseCell(figureText(s).text) !== null;

/**
 * Each row's tokens on one grid: a cell that stands in several rows ("(Millions of yen)", rowspan 2) covers
 * its columns in the rows below, whose cells start right of it (they were read one column left: the
 * prior year's figures under this year's header).
 */
function gridTokens(rows: HtmlRow[]): Token[][] {
  const covered = new Map<number, number>();
  return rows.map((row) => {
    const taken = new Set([...covered].filter(([, n]) => n > 0).map(([col]) => col));
    for (const [col, n] of covered) covered.set(col, n - 1);
    return tokens(row, taken, covered);
  });
}

/** The row's non-empty cells as tokens, a figure's `$` and `)` joined to it; its cells skip the `taken` columns and cover theirs below. */
function tokens(row: HtmlRow, taken: Set<number>, covered: Map<number, number>): Token[] {
  const out: Token[] = [];
  let at = 0;
  let pendingCurrency = '';
  let pendingOpen = '';
  for (const c of row.cells) {
    while (taken.has(at)) at++;
    const start = at;
    at += c.span;
    for (let col = start; col < at && c.rows > 1; col++) covered.set(col, c.rows - 1);
    const t = c.text.trim();
    if (!t) continue;
    if (CURRENCY_CELL.test(t)) {
      pendingCurrency = codeOfSign(t)!;
      continue;
    }
    // A figure's closer and the next figure's sign in one cell (")$"): each read as in a cell of its own.
    const both = CLOSER_SIGN.exec(t);
    if (both && out.length) {
      out[out.length - 1]!.text += both[1];
      pendingCurrency = codeOfSign(both[2]!)!;
      continue;
    }
    if (t === '(') {
      pendingOpen = '(';
      continue;
    }
    const last = out[out.length - 1];
    if (CLOSER.test(t) && last) {
      last.text += t;
      continue;
    }
    out.push({ text: pendingOpen + t, start, end: at, bold: c.bold, line: c.line, currency: pendingCurrency, cell: t });
    pendingCurrency = '';
    pendingOpen = '';
  }
  // A figure opened by a bracket whose closer no cell prints ("(9.8" before the next column's empty "$" cell) is
  // a negative: the bracket is its sign, and nothing else a cell can hold opens so.
  for (const t of out) if (UNCLOSED.test(t.text)) t.text += ')';
  return out;
}

const UNCLOSED = /^\(\s*[$€£¥]?\s*\d[\d,]*(?:\.\d+)?$/;

/** Figure columns: the grid spans of the body rows' figures (a "—" for nil is one: a column may print only those), overlapping spans merged. */
function figureColumns(body: Token[][]): [number, number][] {
  const spans = body.flatMap((r) => r.filter((t, i) => i > 0 || t.start > 0).filter((t) => isFigure(t.text) || /^[-–—]$/.test(t.text)).map((t): [number, number] => [t.start, t.end]));
  spans.sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else cols.push([...s]);
  }
  return cols;
}

const overlaps = (t: Token, c: [number, number]) => t.start < c[1] && c[0] < t.end;

/** A row of column headers: no label, two cells or more, and no figure but years ("First Quarter 2022 | Change | % Change"). */
export function headerRow(row: HtmlRow): boolean {
  const shown = row.cells.filter((c) => c.text.trim());
  return !row.cells[0]?.text.trim() && shown.length >= 2 && shown.every((c) => !isFigure(c.text) || /^(?:19|20)\d{2}$/.test(c.text.trim()));
}

/**
 * The tables one HTML table holds: a header row below figures starts another, with the label-only rows
 * just above it ("Sales by Geographic Region") as its title. Each is read on its own columns.
 */
export function htmlTables(rows: HtmlRow[]): HtmlRow[][] {
  const parts: HtmlRow[][] = [[]];
  for (const row of rows) {
    const part = parts[parts.length - 1]!;
    const figures = part.some((r) => r.cells.slice(1).some((c) => isFigure(c.text)));
    if (figures && headerRow(row)) {
      // The label-only rows right above the header move with it.
      let k = part.length;
      while (k > 0 && part[k - 1]!.cells.slice(1).every((c) => !c.text.trim())) k--;
      parts.push([...part.splice(k), row]);
    } else part.push(row);
  }
  return parts.filter((p) => p.length);
}

/** The header rows' reading: each column's header words, the unit note, the table's own title, the header's line. */
interface Heading {
  headers: string[][];
  note: string;
  named: string;
  headerLine: number;
  /** The label column's header where it states the lines' unit ("Sales volume (tonnes)"): unit-cells.ts reads it. */
  corner: string;
}

/** The rows above the body: cells in the label column are title or unit note; the rest head the columns they sit over. */
function heading(rows: HtmlRow[], toks: Token[][], cols: [number, number][], bodyStart: number, labelEnd: number, unitNote: string, ownTitle: boolean): Heading {
  const headers = cols.map(() => [] as string[]);
  let note = unitNote;
  let named = '';
  let corner = '';
  let headerLine = rows[0]!.line;
  for (let i = 0; i < bodyStart; i++) {
    for (const t of toks[i]!) {
      // A cell that starts in the label column is the table's title or unit note, however far it spans.
      if (t.start < labelEnd) {
        note = `${note} ${t.text}`.trim();
        if (!corner && unitFree(t.text) !== t.text) corner = t.text;
        // A name above the labels (a segment's name in capitals) is the table's title; a unit note is not.
        if (ownTitle && !named && /[A-Za-z]{3}/.test(t.text) && !/\b(?:thousands|millions|billions|dollars|amounts)\b|^\(/i.test(t.text)) named = t.text;
        continue;
      }
      const over = cols.filter((c) => overlaps(t, c));
      for (const c of over) headers[cols.indexOf(c)]!.push(t.text);
      // A header cell set just left of its figures' cells (a spacer between): the next column, when near.
      const next = over.length ? -1 : cols.findIndex((c) => c[0] >= t.end && c[0] - t.end <= 2);
      if (next >= 0) headers[next]!.push(t.text);
    }
    if (i === 0) headerLine = rows[i]!.line;
  }
  stemOverYears(headers, toks.slice(0, bodyStart), labelEnd);
  return { headers, note, named, headerLine, corner };
}

const YEAR_ALONE = /^(?:19|20)\d{2}$/;

/**
 * A row of one heading over the figure columns ("Three Months Ended September 30," over "2026 | 2025")
 * heads every column whose header is otherwise a year alone: a colspan counted without the `$` and `)`
 * cells falls short of the last year. Not where the row holds two headings (three and nine months).
 */
function stemOverYears(headers: string[][], rows: Token[][], labelEnd: number): void {
  const stems = rows.map((r) => r.filter((t) => t.start >= labelEnd && t.text.trim())).filter((r) => r.length === 1 && !YEAR_ALONE.test(r[0]!.text.trim()) && !isFigure(r[0]!.text));
  const stem = stems.length === 1 ? stems[0]![0]!.text : null;
  if (!stem || !headers.some((h) => h.includes(stem) && h.some((w) => YEAR_ALONE.test(w.trim())))) return;
  for (const h of headers) if (h.length === 1 && YEAR_ALONE.test(h[0]!.trim())) h.unshift(stem);
}

/** One body row: its label and a cell per figure column, each cited, noting the currency each cell prints. */
function bodyRow(row: HtmlRow, r: Token[], cols: [number, number][], labelEnd: number, currencies: Set<string>[]): TableRow {
  const label = r[0] && r[0].start < labelEnd ? r[0] : null;
  const cells: string[] = cols.map(() => '');
  const cites: ({ line: number; quote: string } | null)[] = cols.map(() => null);
  let bad = '';
  for (const t of r) {
    if (t === label) continue;
    const j = cols.findIndex((c) => overlaps(t, c));
    if (j < 0 || cells[j]) bad ||= `"${t.text}" stands outside the figure columns`;
    else {
      const f = figureText(t.text);
      cells[j] = f.text;
      if (f.currency || t.currency) currencies[j]!.add(f.currency || t.currency);
      cites[j] = row.oneLine ? null : { line: t.line, quote: t.cell };
    }
  }
  const labelText = label ? (label.bold ? `**${label.text}**` : label.text) : '';
  return { line: label?.line ?? row.line, cells: [labelText, ...cells], quote: row.quote, ...(row.oneLine ? {} : { cites }), ...(bad ? { unread: bad } : {}) };
}

/**
 * The table block of an HTML table of figures, or null when it holds no figures beside its labels
 * (a layout table: bullets, footnotes, a contact block), which is read as text.
 */
export function htmlTable(rows: HtmlRow[], title: string, unitNote: string, ownTitle = true): TableBlock | null {
  const toks = gridTokens(rows);
  // A row of years ("2022 2021") under a header is a header row, not figures; so is one with no label
  // cell whose only figures are years ("2022 | % of Revenues | 2021 | % of Revenues").
  const yearsOnly = (r: Token[]) => r.filter((t) => isFigure(t.text)).every((t) => /^(?:19|20)\d{2}$/.test(t.text.trim())) && (!r.some((t) => !isFigure(t.text) && !/^\(.*\)$/.test(t.text)) || (r[0]?.start ?? 0) > 0);
  const firstData = toks.findIndex((r) => !yearsOnly(r) && r.some((t, i) => (i > 0 || t.start > 0) && isFigure(t.text) && r[0] !== t));
  if (firstData < 0) return null;
  const cols = figureColumns(toks.slice(firstData));
  if (!cols.length) return null;
  // The label column ends where the body rows' labels end (a header cell over the "$" cells left of the
  // figures is a column's header, not a title).
  const labelEnds = toks.slice(firstData).flatMap((r) => (r[0] && r[0].start === 0 && !isFigure(r[0].text) && r[0].end <= cols[0]![0] ? [r[0].end] : []));
  const labelEnd = labelEnds.length ? Math.max(...labelEnds) : cols[0]![0];
  // Label-only rows between the last header row and the first figures are the first sections.
  let bodyStart = firstData;
  while (bodyStart > 0 && toks[bodyStart - 1]!.every((t) => t.start < labelEnd)) bodyStart--;
  const { headers, note, named, headerLine, corner } = heading(rows, toks, cols, bodyStart, labelEnd, unitNote, ownTitle);
  const currencies = cols.map(() => new Set<string>());
  const out: TableRow[] = [];
  if (bodyStart > 0) out.push({ line: headerLine, cells: ['', ...headers.map((h) => h.join(' '))], quote: '' });
  for (let i = bodyStart; i < rows.length; i++) out.push(bodyRow(rows[i]!, toks[i]!, cols, labelEnd, currencies));
  const cellCurrency = currencies.map((s) => (s.size === 1 ? [...s][0]! : ''));
  return { kind: 'table', title: named || title, unitNote: note, rows: out, cellCurrency, ...(corner ? { corner } : {}) };
}
