// Plain text as older EDGAR exhibits are filed: hard-wrapped paragraphs and ASCII tables whose columns
// are read from the positions of their figures (right-aligned), headers assigned to the columns they
// stand over, and labels wrapped onto a second line joined.
import type { Block, TableBlock, TableRow } from './blocks.js';
import { unbar } from './bar-tables.js';
import { notedTop, ungrid } from './grid-tables.js';
import { figureText } from './html-tables.js';
import { UNIT_NOTE } from './numbers.js';
import { withStandingNote } from './standing-note.js';
import { proseOf, type Chunk } from './text-prose.js';
import { joinedMeasure, textCorner } from './table-titles.js';
import { WORDED } from './outlook-tables.js';
import { wordedTable } from './worded-tables.js';
import { inUnit, textUnitLabel, textUnitsHeader, unitsLine } from './text-units.js';
import { bandOf, bandsOf, chunks, headersOf, marginTitle, noteChunk, sectionBelow, type Band } from './text-columns.js';
import { figureRow, isData, keyValue, NOT_MEANINGFUL, RULE_LINE } from './text-figures.js';

/** A text's chunks; `opens(i)`: a blank line that is no gap (a grid's top border) keeps what is above it in its chunk. */
function chunksOf(lines: string[], opens: (i: number) => boolean): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let blanks = 0;
  lines.forEach((l, i) => {
    if (!l.trim() && !opens(i)) {
      blanks++;
      return;
    }
    if (!cur || blanks >= 2) out.push((cur = { from: i, lines: [] }));
    while (cur.from + cur.lines.length < i) cur.lines.push('');
    cur.lines.push(l);
    blanks = 0;
  });
  return out;
}

/**
 * A line of running prose (not a header, title, unit note or wrapped row label): eight or more
 * lower-case words, or five and a sentence's full stop; never in parentheses. A sentence set on a line
 * of its own ("Adjusted EBITDA margin: 31.4% in 3Q26, 28.9% in 3Q25.") is prose too: five words or more
 * with single spaces only, ending in a full stop after a figure or a word (no header is set that way).
 */
function prose(line: string): boolean {
  if (keyValue(line)) return true;
  const words = line.trim().split(/\s+/);
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  const sentence = words.length >= 5 && lower >= 2 && !/\S\s{2,}\S/.test(line.trim()) && /[a-z0-9%)]{2}\.["”’']?\s*$/.test(line);
  return !/^\s*\(.*\)\s*$/.test(line) && (lower >= 8 || sentence || (lower >= 5 && /[a-z)]\.["”’']?\s*$/.test(line)));
}

/** A note set under a table ("Note: Comprehensive income ...: 12,486 million yen", "Reference: Equity ..."): prose, never its row. */
const NOTE = /^\s*(?:notes?|reference)\s*:/i;

/** A centred title in capitals ("NET SALES BY SEGMENT (Unaudited)"): the next table starts there. */
const title = (line: string) => /^\s{10,}\S/.test(line) && /[A-Z]{3}/.test(line) && !/[a-z]/.test(line.replace(/\([^()]*\)/g, '')) && !figureRow(line);

/**
 * A chunk split where its table starts and ends: the table's headers are the lines above its first
 * figure row up to the last line of prose (a paragraph's last line, "₹2,400 crore.", ends it too); it
 * ends at the next line of prose. Null when it has no table.
 */
function tableRegion(chunk: Chunk): { start: number; end: number } | null {
  const rows = chunk.lines.map(figureRow);
  const first = rows.findIndex(isData);
  const { lines } = chunk;
  if (first < 0 || (rows.filter(isData).length < 3 && !ruledHeader(lines, first))) return null;
  let start = first;
  // (A line under a paragraph's last continues it, unless it is a unit note: "(Millions of yen; ...)" heads the table.)
  while (start > 0 && !prose(lines[start - 1]!) && !(start > 1 && lines[start - 1]!.trim() && prose(lines[start - 2]!) && !UNIT_NOTE.test(lines[start - 1]!))) start--;
  let end = first;
  while (end < lines.length && (rows[end] || !prose(lines[end]!)) && !title(lines[end]!) && !NOTE.test(lines[end]!) && !sectionBelow(lines, rows, end)) end++;
  return { start, end };
}

/**
 * A header line over a rule right above the first figure row ("Q3 FY2026  Q3 FY2025" / "-------- --------"):
 * a table even of one or two rows, where a figure row alone could be a line of prose.
 */
function ruledHeader(lines: string[], first: number): boolean {
  const [header, rule] = [lines[first - 2] ?? '', lines[first - 1] ?? ''];
  return /-{3}/.test(rule) && RULE_LINE.test(rule) && Boolean(header.trim()) && !RULE_LINE.test(header) && !prose(header) && !figureRow(header);
}

/**
 * Where a table region holds several tables: a header over the figure columns (words or years, no
 * figures) below rows of figures starts the next table, with the title and rules after the last row
 * above it ("KEY OPERATING METRICS", a second "Thirty-Nine Weeks Ended" under a balance sheet).
 */
function tableStarts(chunk: Chunk): number[] {
  const rows = chunk.lines.map(figureRow);
  const data = rows.filter(isData).map((r) => r!.figures);
  const bands = bandsOf(data);
  const labelEnd = Math.min(...data.flat().map((f) => f.start)) - 1;
  const starts = [0];
  let lastRow = -1;
  rows.forEach((r, i) => {
    if (isData(r)) lastRow = i;
    // (A line of units alone, "pence  pence", goes on with the same columns: the rows below it are in that unit.)
    else if (lastRow >= starts[starts.length - 1]! && headerLine(chunk.lines[i]!, r, bands, labelEnd) && !unitsLine(chunk.lines[i]!, labelEnd)) starts.push(lastRow + 1);
  });
  return starts;
}

/** A line of column headers: words (or years) standing over the figure columns, none in the label's place. */
function headerLine(line: string, row: ReturnType<typeof figureRow>, bands: Band[], labelEnd: number): boolean {
  if (RULE_LINE.test(line) || prose(line)) return false;
  if (row) return true;
  const over = chunks(line).filter((c) => c.start > labelEnd);
  return over.length > 0 && over.some((c) => bands.some((b) => b[1] >= c.start && b[0] <= c.end + 3));
}

const part = (chunk: Chunk, from: number, to: number): Chunk => ({ from: chunk.from + from, lines: chunk.lines.slice(from, to) });
/** A figure no column header prints ("1.7%", "80.39", "3,418"): a row's, taken for a header. */
const STRAY_FIGURE = /\d[\d,]*\.\d+|\d%|\b\d{1,3}(?:,\d{3})+\b/;

/** A table read from its lines: columns from its figures, headers above them, rows below (a label wrapped over lines joined). */
function tableOf(chunk: Chunk, heading: { name: string }): TableBlock | null {
  const rows = chunk.lines.map(figureRow);
  const first = rows.findIndex(isData);
  if (first < 0) return null;
  const data = rows.filter(isData).map((r) => r!.figures);
  const cols = bandsOf(data);
  const labelEnd = Math.min(...data.flat().map((f) => f.start)) - 1;
  // The first row's label wrapped over the line above it ("Merchandise sales" / "and services $7,673"):
  // that line is the label's first part, not a header or the table's title.
  let above = first - 1;
  while (above >= 0 && !chunk.lines[above]!.trim()) above--;
  const wrapped = above >= 0 && /^[a-z(]/.test(rows[first]!.label.trim()) && !/^\s*\(/.test(chunk.lines[above]!) && chunks(chunk.lines[above]!).every((c) => c.end <= labelEnd);
  // Label lines after the last line of column headers ("Net sales" above its segments) open the body's
  // first section: they are rows, not the table's title, or a later section's lines would be named after it.
  const lastHead = chunk.lines.slice(0, first).reduce((k, l, i) => (!RULE_LINE.test(l) && chunks(l).some((c) => c.end > labelEnd) ? i : k), -1);
  const section = lastHead >= 0 && chunk.lines.slice(lastHead + 1, wrapped ? above : first).some((l) => l.trim() && !RULE_LINE.test(l) && !/^\s*\(/.test(l));
  const bodyStart = section ? lastHead + 1 : first;
  const { at: unitsAt, header } = textUnitsHeader(chunk.lines.slice(0, section ? bodyStart : wrapped ? above : first).map((line) => ({ line })), labelEnd);
  const { headers, note } = headersOf(header, cols, labelEnd);
  const titleLines = header.filter((h, i) => h.line.trim() && !RULE_LINE.test(h.line) && (chunks(h.line).every((c) => noteChunk(c, cols, labelEnd)) || (i < header.length - 1 && marginTitle(h.line, labelEnd))) && !/^\s*\(/.test(h.line));
  // The table is named by its first line (its title, or its headers).
  const top = chunk.lines.findIndex((l) => l.trim() && !RULE_LINE.test(l));
  const stray = headers.find((h) => STRAY_FIGURE.test(h.replace(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, '')));
  const unread = stray ? `column header "${stray}" holds figures: rows of figures the reader could not place were taken for headers` : '';
  const out: TableRow[] = [{ line: chunk.from + top + 1, cells: ['', ...headers], quote: '', ...(unread ? { unread } : {}) }];
  let pending = wrapped && !section ? chunk.lines[above]!.trim() : '';
  let unit = '';
  for (let i = bodyStart; i < chunk.lines.length; i++) {
    const line = chunk.lines[i]!;
    // Blank lines and the rules under a column's figures ("-----------", "======") are no rows.
    if (!line.trim() || RULE_LINE.test(line)) continue;
    if (i > first && unitsLine(line, labelEnd)) {
      unit = unitsLine(line, labelEnd)!;
      continue;
    }
    const r = rows[i];
    if (!r) {
      // A label line: the first part of a wrapped label when the next line continues it in lower case.
      const next = chunk.lines[i + 1] ?? '';
      const continues = /^[a-z(]/.test(next.trim()) || hangingWrap(line, next);
      if (continues) pending = `${pending} ${line.trim()}`.trim();
      else {
        out.push({ line: chunk.from + i + 1, cells: [`${pending} ${line.trim()}`.trim().replace(/:$/, ''), ...cols.map(() => '')] });
        pending = '';
      }
      continue;
    }
    const row = { line: chunk.from + i + 1, ...placed(r, cols, headers, pending) };
    out.push(inUnit(unitsAt < 0 ? row : textUnitLabel(row, line.slice(0, labelEnd + 1), unitsAt), unit));
    pending = '';
  }
  const currency = rows.some((r) => r?.figures.some((f) => f.text.startsWith('$'))) ? 'USD' : '';
  const own = titleLines.map((h) => h.line.trim()).pop() ?? '';
  // (The region's heading goes on over its later tables: each names one of the measures it joins. A table with no
  // title of its own under another is named by its corner: "Adjusted operating profit | FY26".)
  heading.name = own || heading.name;
  const corner = unread ? '' : textCorner(header.map((h) => h.line), labelEnd);
  const measure = joinedMeasure(corner, heading.name) || (!own && heading.name ? corner : '');
  return { kind: 'table', title: measure || own, unitNote: note, rows: out, cellCurrency: cols.map(() => currency) };
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/**
 * A label wrapped with a hanging indent of one space ("Industrial Pumps" / " Spares   12,345"):
 * its second part starts in capitals, so only the indent tells it from a section's first line, which
 * ends with a colon, is set in capitals, or has its lines indented further.
 */
function hangingWrap(line: string, next: string): boolean {
  return indentOf(next) === indentOf(line) + 1 && /^[A-Z]/.test(next.trim()) && /[a-z]/.test(line) && !/:\s*$/.test(line);
}

/**
 * A row's figures in their columns. A figure no column takes, two in one column, or a figure in a column
 * no header stands over (every column of a statement is headed) leaves the row, and so its table, unread.
 */
function placed(r: NonNullable<ReturnType<typeof figureRow>>, cols: Band[], headers: string[], pending: string): Omit<TableRow, 'line'> {
  const cells = cols.map(() => '');
  const why = (f: { text: string }, what: string) => `"${f.text}" ${what}: the columns cannot be told from where the figures stand`;
  let unread = '';
  for (const f of r.figures) {
    const j = bandOf(f, cols);
    if (j < 0) unread ||= why(f, 'stands in no figure column');
    else if (cells[j]) unread ||= why(f, `stands in the same column as "${cells[j]}"`);
    else if (!headers[j]) unread ||= why(f, 'stands in a column with no header');
    else cells[j] = /^\$?\s*[-—–]+$/.test(f.text) ? '-' : NOT_MEANINGFUL.test(f.text) ? 'n/m' : f.range ? f.text : figureText(f.text.replace(/^\$\s*/, '')).text;
  }
  return { cells: [`${pending} ${r.label}`.trim(), ...cells], ...(unread ? { unread } : {}) };
}

export function textTableBlocks(printed: string[]): Block[] {
  const section = { name: '' };
  const lines = unbar(ungrid(printed));
  const blocks = withStandingNote(chunksOf(lines, (i) => notedTop(printed, i)).flatMap((c) => chunkBlocks(c, section)));
  // A document that ends on a table row's label with no figures was cut there.
  const last = blocks[blocks.length - 1];
  const end = last?.kind === 'table' ? last.rows[last.rows.length - 1] : undefined;
  if (last?.kind === 'table' && end && lines.slice(end.line).every((l) => !l.trim()) && end.cells.slice(1).every((c) => !c)) last.cut = true;
  return blocks;
}

/** The section a line of a chunk stands in: the heading the prose above it sets, read on a copy (that prose is read again). */
function sectionAtOf(c: Chunk, section: { name: string }): (at: number) => string {
  return (at) => {
    const s = { ...section };
    proseOf(part(c, 0, at), s);
    return s.name;
  };
}

/** Prose, or a guidance table of worded cells in it (worded-tables.ts) with the prose around it. */
function wordedOrProse(c: Chunk, section: { name: string }): Block[] {
  const found = wordedTable(c.lines, c.from, sectionAtOf(c, section));
  if (!found) return proseOf(c, section);
  return [...proseOf(part(c, 0, found.start), section), found.table, ...wordedOrProse(part(c, found.end, c.lines.length), section)];
}

/**
 * Where a guidance table of worded cells that heads a table region ends, else null: its column of actuals
 * ("Outlook 2026 (new)  ...  2025 actual": "5% to 7%  4% to 6%  3.9%") gives the figure reader figures enough,
 * which kept that column alone and ran each row's ranges into its name, so no range of it was read.
 */
function wordedHead(c: Chunk, region: { start: number; end: number }, section: { name: string }): number | null {
  const found = wordedTable(c.lines, c.from, sectionAtOf(c, section));
  if (!found || found.start >= region.end || found.end <= region.start) return null;
  const figuresAbove = c.lines.slice(region.start, found.start).some((l) => isData(figureRow(l)));
  const worded = found.table.rows.slice(1).some((r) => r.cells.slice(1).some((x) => WORDED.test(x)));
  return figuresAbove || !worded ? null : found.end;
}

/** Prose and tables with no double blank line between them: each read as what it is, a region of several tables split. */
function chunkBlocks(c: Chunk, section: { name: string }): Block[] {
  const region = tableRegion(c);
  if (!region) return wordedOrProse(c, section);
  const worded = wordedHead(c, region, section);
  if (worded) return [...wordedOrProse(part(c, 0, worded), section), ...chunkBlocks(part(c, worded, c.lines.length), section)];
  const whole = part(c, region.start, region.end);
  const starts = tableStarts(whole);
  const tables: Block[] = [];
  const heading = { name: '' };
  for (const [k, s] of starts.entries()) {
    const t = part(whole, s, starts[k + 1] ?? whole.lines.length);
    // Prose between the last table's rows and this one's headers ("Adjusted EBITDA margin: 31.4% in
    // 3Q26.") is read as prose, never as a header: the headers start below its last line.
    const first = t.lines.findIndex((l) => isData(figureRow(l)));
    const lead = t.lines.slice(0, Math.max(first, 0)).reduce((at, l, i) => (prose(l) ? i + 1 : at), 0);
    if (lead) tables.push(...proseOf(part(t, 0, lead), section));
    const table = tableOf(part(t, lead, t.lines.length), heading);
    const before = tables[tables.length - 1];
    // Headers again with no title or unit note of their own: the same statement goes on under new columns.
    if (table && !table.title && !table.unitNote && before?.kind === 'table') Object.assign(table, { title: before.title, unitNote: before.unitNote });
    tables.push(...(table ? [table] : proseOf(part(t, lead, t.lines.length), section)));
  }
  return [...wordedOrProse(part(c, 0, region.start), section), ...tables, ...chunkBlocks(part(c, region.end, c.lines.length), section)];
}
