// Plain text as older EDGAR exhibits are filed: hard-wrapped paragraphs and ASCII tables whose columns
// are read from the positions of their figures (right-aligned), headers assigned to the columns they
// stand over, and labels wrapped onto a second line joined.
import type { Block, TableBlock, TableRow, TextBlock } from './blocks.js';
import { figureText } from './html-tables.js';
import { parseCell } from './numbers.js';

interface Span {
  text: string;
  start: number;
  end: number;
}

// A figure (a stated change with its sign: "+11.8%", "-9.5%"), a nil dash, or a "not meaningful" mark (n/m, NM, N/A) in a figure column.
const FIGURE = /\$?\s*(?:\(?[+\-\u2212]?[\d,]*\.?\d+\)?%?|[-—]+(?=\s|$))|\b(?:n\/m|nm|n\.m\.|n\/a)(?=\s|$)/gi;
const TOKEN = String.raw`(?:\$?\s*(?:\(?[+\-\u2212]?[\d,]*\.?\d+\)?%?|[-—]+)|(?:n\/m|nm|n\.m\.|n\/a)(?=\s|$))`;
const NOT_MEANINGFUL = /^(?:n\/m|nm|n\.m\.|n\/a)$/i;
// A ruling line under a header or above a total ('-----', '=====', '___'): no row, no header.
const RULE_LINE = /^[\s\-—=_]+$/;
const ROW = new RegExp(String.raw`^(.*?)(\s{2,}|^\s*)(${TOKEN}(?:\s+${TOKEN})*)\s*$`, 'i');
// A year, with a footnote mark it may carry ("2003*").
const YEAR = /^(?:19|20)\d{2}\*{0,2}$/;

/** A line's trailing figures (after two spaces), with the label before them; null when it has none. */
function figureRow(line: string): { label: string; figures: Span[] } | null {
  const m = ROW.exec(line);
  // A rule under the headers ("----------   ----------") is no row.
  if (!m || !/\d|[-—]/.test(m[3]!) || RULE_LINE.test(line) && /[-—=_]{3}/.test(line)) return null;
  const offset = m[1]!.length + m[2]!.length;
  const figures: Span[] = [];
  for (const f of m[3]!.matchAll(FIGURE)) {
    const text = f[0].trim();
    if (!text) continue;
    // Placed by the figure itself ("$" and the spaces after it stand left of the column).
    const core = text.replace(/^\$\s*/, '');
    const end = offset + f.index! + f[0].length;
    if (!/^[-—]+$/.test(core) && !NOT_MEANINGFUL.test(core) && parseCell(figureText(core).text) === null) return null;
    figures.push({ text, start: end - core.length, end });
  }
  return figures.length ? { label: m[1]!.trim(), figures } : null;
}

/** Chunks of text split by word gaps of two spaces, with their columns. */
function chunks(line: string): Span[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

const isData = (r: ReturnType<typeof figureRow>) => !!r && !r.figures.every((f) => YEAR.test(f.text));

/** A run of lines with no double blank line in it. */
interface Chunk {
  from: number;
  lines: string[];
}

function chunksOf(lines: string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let blanks = 0;
  lines.forEach((l, i) => {
    if (!l.trim()) {
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

function columnsOf(rows: Span[][]): [number, number][] {
  const spans = rows.flat().map((f): [number, number] => [f.start, f.end]).sort((a, b) => a[1] - b[1]);
  const cols: [number, number][] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] <= last[1] + 1) {
      last[0] = Math.min(last[0], s[0]);
      last[1] = Math.max(last[1], s[1]);
    } else cols.push([...s]);
  }
  return cols;
}

/** Header text per column: groups of header chunks stacked over each other go to the columns they end over; years to the nearest. */
function headersOf(header: { line: string }[], cols: [number, number][], labelEnd: number): { headers: string[]; note: string } {
  const headers = cols.map(() => [] as string[]);
  const notes: string[] = [];
  const groups: { start: number; end: number; items: (Span & { row: number })[] }[] = [];
  for (const [row, h] of header.entries()) {
    // A rule under the headers is no header.
    if (RULE_LINE.test(h.line)) continue;
    for (const c of chunks(h.line)) {
      // A chunk starting in the label column that is a centred title in capitals or the unit note is no column's header;
      // a year centred over a "$"-led column may start left of its figures, and is that column's.
      // A short header wider than its figures ("Q2 FY27" over "9.42") starts left of them and ends over them: it is theirs.
      const overFirst = c.start >= labelEnd - 2 && c.end >= cols[0]![0] && c.end <= cols[0]![1] + 1;
      if (c.end <= labelEnd || (c.start <= labelEnd && !overFirst && !YEAR.test(c.text) && (/^\(.*\)$/.test(c.text) || !/[a-z]/.test(c.text.replace(/\([^()]*\)/g, ''))))) {
        notes.push(c.text);
        continue;
      }
      if (YEAR.test(c.text)) {
        const j = cols.findIndex((col) => c.end >= col[0] && c.start <= col[1] + 1);
        if (j >= 0) headers[j]!.push(`\u0000${c.text}`);
        continue;
      }
      const g = groups.find((x) => c.start <= x.end && x.start <= c.end);
      const item = { ...c, row };
      if (g) {
        g.start = Math.min(g.start, c.start);
        g.end = Math.max(g.end, c.end);
        g.items.push(item);
      } else groups.push({ start: c.start, end: c.end, items: [item] });
    }
  }
  const over = (start: number, end: number) => cols.flatMap((col, j) => (col[1] >= start && col[1] <= end + 3 ? [j] : []));
  for (const g of groups) {
    // Headers side by side under one that spans them ("Sept. 27," and "Sept. 28," under "Three Months
    // Ended") each head their own column; the rest of the stack heads every column it stands over.
    const all = over(g.start, g.end);
    for (const it of g.items) {
      const row = g.items.filter((x) => x.row === it.row).sort((a, b) => a.start - b.start);
      const own = over(it.start, it.end);
      // Several headers on one row ("Domestic   Sears Canada   Consolidated" over pairs of years) each
      // head the columns whose figures end nearer to it than to its neighbours.
      const k = row.indexOf(it);
      const from = k > 0 ? (row[k - 1]!.end + it.start) / 2 : -Infinity;
      const to = k < row.length - 1 ? (it.end + row[k + 1]!.start) / 2 : Infinity;
      const near = all.filter((j) => cols[j]![1] >= from && cols[j]![1] < to);
      for (const j of row.length > 1 ? (own.length === 1 ? own : near) : all) headers[j]!.push(it.text);
    }
  }
  // Years come last, as the row under the words they complete.
  return { headers: headers.map((h) => [...h.filter((t) => !t.startsWith('\u0000')), ...h.filter((t) => t.startsWith('\u0000')).map((t) => t.slice(1))].join(' ')), note: notes.join(' ') };
}

/**
 * A line of running prose (not a header, title, unit note or wrapped row label): eight or more
 * lower-case words, or five and a sentence's full stop; never in parentheses.
 */
function prose(line: string): boolean {
  const lower = line.trim().split(/\s+/).filter((w) => /^[a-z]/.test(w)).length;
  return !/^\s*\(.*\)\s*$/.test(line) && (lower >= 8 || (lower >= 5 && /[a-z)]\.["”’']?\s*$/.test(line)));
}

/** A centred title in capitals ("NET SALES BY SEGMENT (Unaudited)"): the next table starts there. */
const title = (line: string) => /^\s{10,}\S/.test(line) && /[A-Z]{3}/.test(line) && !/[a-z]/.test(line.replace(/\([^()]*\)/g, '')) && !figureRow(line);

/**
 * A chunk split where its table starts and ends: the table's headers are the lines above its first
 * figure row up to the last line of prose; it ends at the next line of prose. Null when it has no table.
 */
function tableRegion(chunk: Chunk): { start: number; end: number } | null {
  const { lines } = chunk;
  const rows = lines.map(figureRow);
  const first = rows.findIndex(isData);
  if (first < 0 || rows.filter(isData).length < 3) return null;
  let start = first;
  // (The last line of a paragraph, "₹2,400 crore.", is the paragraph's, not the table's title.)
  while (start > 0 && !prose(lines[start - 1]!) && !(start > 1 && /[a-z0-9)%]\.["”’']?\s*$/i.test(lines[start - 1]!) && prose(lines[start - 2]!))) start--;
  let end = first;
  let labelEnd = Infinity;
  let last = first;
  while (end < lines.length && (rows[end] || !prose(lines[end]!)) && !title(lines[end]!)) {
    if (rows[end]) {
      labelEnd = Math.min(labelEnd, rows[end]!.figures[0]!.start - 1);
      last = end;
    } else if (chunks(lines[end]!).filter((c) => c.start > labelEnd && /[A-Za-z0-9]/.test(c.text)).length >= 2) {
      // Column headers again under the figures ("Particulars   Q2 FY27   Q2 FY26 ..."): the next table
      // starts with them, and with its title and rules above them.
      end = last + 1;
      break;
    }
    end++;
  }
  return { start, end };
}

const part = (chunk: Chunk, from: number, to: number): Chunk => ({ from: chunk.from + from, lines: chunk.lines.slice(from, to) });

function tableOf(chunk: Chunk): TableBlock | null {
  const rows = chunk.lines.map(figureRow);
  const first = rows.findIndex(isData);
  if (first < 0 || rows.filter(isData).length < 3) return null;
  const data = rows.filter(isData).map((r) => r!.figures);
  const cols = columnsOf(data);
  const labelEnd = cols[0]![0] - 1;
  // The first row's label wrapped over the line above it ("Merchandise sales" / "and services $7,673"):
  // that line is the label's first part, not a header or the table's title.
  let above = first - 1;
  while (above >= 0 && !chunk.lines[above]!.trim()) above--;
  const wrapped = above >= 0 && /^[a-z(]/.test(rows[first]!.label.trim()) && !/^\s*\(/.test(chunk.lines[above]!) && chunks(chunk.lines[above]!).every((c) => c.end <= labelEnd);
  const header = chunk.lines.slice(0, wrapped ? above : first).map((line) => ({ line }));
  const { headers, note } = headersOf(header, cols, labelEnd);
  // The header row is cited at the last line that heads a column.
  const headed = header.map((h, i) => (chunks(h.line).some((c) => c.start > labelEnd) && !RULE_LINE.test(h.line) ? i : -1)).filter((i) => i >= 0).pop() ?? 0;
  // A title stands in the label column, or is a line alone in capitals above the column headers.
  const titleLines = header.filter((h, i) => h.line.trim() && !/^\s*\(/.test(h.line) && (chunks(h.line).every((c) => c.end <= labelEnd) || (i < headed && chunks(h.line).length === 1 && /[A-Z]{3}/.test(h.line) && !/[a-z]/.test(h.line))));
  const out: TableRow[] = [{ line: chunk.from + headed + 1, cells: ['', ...headers], quote: '' }];
  let pending = wrapped ? chunk.lines[above]!.trim() : '';
  for (let i = first; i < chunk.lines.length; i++) {
    const line = chunk.lines[i]!;
    // Blank lines and the rules under a column's figures ("-----------", "======") are no rows.
    if (!line.trim() || RULE_LINE.test(line)) continue;
    const r = rows[i];
    if (!r) {
      // A label line: the first part of a wrapped label when the next line continues it in lower case.
      const next = chunk.lines[i + 1]?.trim() ?? '';
      const continues = /^[a-z(]/.test(next);
      if (continues) pending = `${pending} ${line.trim()}`.trim();
      else {
        out.push({ line: chunk.from + i + 1, cells: [`${pending} ${line.trim()}`.trim().replace(/:$/, ''), ...cols.map(() => '')] });
        pending = '';
      }
      continue;
    }
    const cells = cols.map(() => '');
    let unread = '';
    for (const f of r.figures) {
      const j = cols.findIndex((c) => f.start <= c[1] && c[0] <= f.end);
      if (j < 0 || cells[j]) unread ||= `"${f.text}" stands outside the figure columns`;
      else cells[j] = /^\$?\s*[-—]+$/.test(f.text) ? '-' : NOT_MEANINGFUL.test(f.text) ? 'n/m' : figureText(f.text.replace(/^\$\s*/, '')).text;
    }
    const label = `${pending} ${r.label}`.trim();
    pending = '';
    out.push({ line: chunk.from + i + 1, cells: [label, ...cells], ...(unread ? { unread } : {}) });
  }
  const currency = rows.some((r) => r?.figures.some((f) => f.text.startsWith('$'))) ? 'USD' : '';
  return { kind: 'table', title: titleLines.map((h) => h.line.trim()).pop() ?? '', unitNote: note, rows: out, cellCurrency: cols.map(() => currency) };
}

/** A bullet's marker at a line's start ("  * Net sales of ...", "- Orders of ..."): a block of its own, the marker no word of it. */
const BULLET_MARK = /^[*•·-]\s+(?=\S)/;

/** A prose chunk: paragraphs split by blank lines, bullets each a block; a short line alone with no end stop is a heading. */
function proseOf(chunk: Chunk, section: { name: string }): Block[] {
  const out: Block[] = [];
  let para: { text: string; segments: TextBlock['segments']; bullet?: boolean } | null = null;
  const close = () => {
    if (!para) return;
    const single = para.segments.length === 1;
    // A title in capitals may wrap ("... REPORTS SECOND QUARTER 2025 RESULTS; / RAISES FULL-YEAR OUTLOOK").
    const title = para.segments.length <= 3 && para.text.length <= 160 && /[A-Z]{3}/.test(para.text) && !/[a-z]/.test(para.text);
    if ((title || (single && para.text.length <= 70 && !/[.:;,]$/.test(para.text))) && /[A-Za-z]/.test(para.text)) {
      section.name = para.text;
      out.push({ kind: 'heading', text: para.text, line: para.segments[0]!.line });
    } else out.push({ kind: para.bullet ? 'bullet' : 'paragraph', text: para.text, raw: para.text, segments: para.segments, section: section.name });
    para = null;
  };
  chunk.lines.forEach((l, i) => {
    const whole = l.trim().replace(/\s+/g, ' ');
    if (!whole) return close();
    const bullet = BULLET_MARK.test(whole);
    if (bullet) close();
    const t = whole.replace(BULLET_MARK, '');
    if (!para) para = { text: t, segments: [{ line: chunk.from + i + 1, start: 0 }], ...(bullet ? { bullet } : {}) };
    else {
      para.segments.push({ line: chunk.from + i + 1, start: para.text.length + 1 });
      para.text += ` ${t}`;
    }
  });
  close();
  return out;
}

export function textTableBlocks(lines: string[]): Block[] {
  const section = { name: '' };
  return chunksOf(lines).flatMap((c) => chunkBlocks(c, section));
}

/** Prose and tables with no double blank line between them: each read as what it is. */
function chunkBlocks(c: Chunk, section: { name: string }): Block[] {
  const region = tableRegion(c);
  const table = region && tableOf(part(c, region.start, region.end));
  if (!region || !table) return proseOf(c, section);
  return [...proseOf(part(c, 0, region.start), section), table, ...chunkBlocks(part(c, region.end, c.lines.length), section)];
}
