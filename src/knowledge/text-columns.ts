// The figure columns of a fixed-width table, read from where its figures stand on every row. Figures are
// right-aligned: a column is where its digits end. A negative's parentheses, a "$" and a "%" stand outside
// the digits and may hang past the column's edge ("(1,881,920)" wider than its neighbours), so they place
// nothing. Where the digits do not line up (centred or left-aligned figures) columns whose digits overlap
// are one; a row with two figures in one column then cannot be placed, and its table is not read.
import { SIGN_SOURCE } from './currencies.js';
import { headingNote, PERCENT_NOTE, UNIT_NOTE } from './numbers.js';
import { parseDate, type Period } from './period.js';
import { periodMentions } from './period-grammar.js';
import { RULE_LINE, YEAR, type Figure, type figureRow, type Span } from './text-figures.js';

/** Any date to resolve a period's words against: only whether they name one is asked. */
const ANCHOR: Period = { kind: 'duration', end: '2000-03-31', months: 3 };

/** A figure column: from its leftmost digit up to the end of its rightmost (as a Span's start and end). */
export type Band = [number, number];


/**
 * Columns from the digits of every row: digits ending within one character of each other are one column
 * (a ")" set flush with the digits above moves them one left); columns whose digits overlap are one.
 */
export function bandsOf(rows: Figure[][]): Band[] {
  const figures = rows.flat().filter((f) => f.digits).sort((a, b) => a.hi - b.hi);
  const byEdge: Band[] = [];
  for (const f of figures) {
    const last = byEdge[byEdge.length - 1];
    if (last && f.hi - last[1] <= 1) {
      last[0] = Math.min(last[0], f.lo);
      last[1] = f.hi;
    } else byEdge.push([f.lo, f.hi]);
  }
  const bands: Band[] = [];
  for (const b of byEdge) {
    const last = bands[bands.length - 1];
    if (last && b[0] < last[1]) {
      last[0] = Math.min(last[0], b[0]);
      last[1] = b[1];
    } else bands.push([...b]);
  }
  return bands;
}

/** The column a figure stands in: by its digits' end; a dash or "n/m" by where it overlaps (one character's slack). -1 when none. */
export function bandOf(f: Figure, bands: Band[]): number {
  if (f.digits) return bands.findIndex((b) => f.hi > b[0] && f.hi <= b[1]);
  const near = bands.flatMap((b, j) => (f.lo <= b[1] && f.hi >= b[0] ? [j] : []));
  return near.length === 1 ? near[0]! : -1;
}

/** Chunks of text split by word gaps of two spaces, with their columns. */
export function chunks(line: string): Span[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** Header text per column: groups of header chunks stacked over each other go to the columns they end over; years to the nearest. */
export function headersOf(header: { line: string }[], cols: Band[], labelEnd: number): { headers: string[]; note: string } {
  const headers = cols.map(() => [] as string[]);
  const notes: string[] = [];
  const groups: Group[] = [];
  const rules: Span[] = [];
  const years: Item[] = [];
  const lastHead = header.reduce((k, h, i) => (h.line.trim() && !RULE_LINE.test(h.line) ? i : k), -1);
  for (const [row, h] of header.entries()) {
    if (row < lastHead && marginTitle(h.line, labelEnd)) {
      notes.push(h.line.trim());
      continue;
    }
    // A rule under the headers is no header; each of its runs spans the columns of the header it underlines.
    if (RULE_LINE.test(h.line)) {
      for (const m of h.line.matchAll(/[-—=_]{3,}/g)) rules.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
      continue;
    }
    // A line that holds the unit note is the table's title line: what starts in the label column there is its title.
    const titled = chunks(h.line).some((c) => (UNIT_NOTE.test(c.text) && !columnUnit(c, cols)) || captionNote(c, labelEnd));
    const measures = measureHeads(h.line, labelEnd);
    for (const x of chunks(h.line).flatMap((x) => byColumn(x, cols))) {
      // (A line's name over its columns heads them, its unit is the table's: "Revenue (¥ million)   Segment profit (¥ million)".)
      const named = measures.includes(x.text);
      if (named) notes.push(`(${headingNote(x.text)})`);
      const c = named ? { ...x, text: x.text.replace(/\s*\([^()]*\)$/, '') } : x;
      // (A header centred over its column, or a date ending over it beside the unit, may start left of its figures: it heads that column.)
      if (!named && (noteChunk(c, cols, labelEnd) || (titled && c.start <= labelEnd && !headsOne(c, cols) && !centredOver(c, cols) && !datesOne(c, cols)))) {
        notes.push(c.text);
        continue;
      }
      if (YEAR.test(c.text)) {
        const j = cols.findIndex((col) => c.end >= col[0] && c.start <= col[1] + 1);
        if (j >= 0) headers[j]!.push(`\u0000${c.text}`);
        years.push({ ...c, row });
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
  groupHeaders(groups, rules, years, headers, cols, over);
  spanOverAll(groups, rules, headers, cols, over);
  // Years come last, as the row under the words they complete.
  return { headers: headers.map((h) => [...h.filter((t) => !t.startsWith('\u0000')), ...h.filter((t) => t.startsWith('\u0000')).map((t) => t.slice(1))].join(' ')), note: notes.join(' ') };
}

/**
 * Lines' names side by side over the columns, each with the same unit in parentheses ("Revenue (¥ million)   Segment
 * profit (¥ million)" over two years each): headers of the columns under them, no title of the table.
 */
function measureHeads(line: string, labelEnd: number): string[] {
  const over = chunks(line).filter((c) => c.end > labelEnd && c.start >= labelEnd - 2);
  const units = new Set(over.map((c) => headingNote(c.text)));
  return over.length >= 2 && units.size === 1 && !units.has('') && over.every((c) => /^[A-Za-z]/.test(c.text)) ? over.map((c) => c.text) : [];
}

/** A column's unit alone: "%" or "(%)". */
const PERCENT_ALONE = /^\(?%\)?$/;

type Item = Span & { row: number };
type Group = { start: number; end: number; items: Item[] };

/**
 * Each stacked group's headers to the columns it stands over (or its rule underlines, or, side by side, the nearer).
 * `years`: the years of the header rows, each its own column's, which stand side by side with a group's words on their row.
 */
function groupHeaders(groups: Group[], rules: Span[], years: Item[], headers: string[][], cols: Band[], over: (start: number, end: number) => number[]): void {
  for (const g of groups) {
    // A header centred over two columns ("Three months ended" over 2025 and 2024) is as wide as the rule
    // under it, where one run of it is wider than the header and underlines no other header.
    const rule = rules.find((r) => r.start <= g.start && r.end >= g.end && !groups.some((o) => o !== g && o.start < r.end && r.start < o.end));
    // Headers side by side under one that spans them ("Sept. 27," and "Sept. 28," under "Three Months
    // Ended") each head their own column; the rest of the stack heads every column it stands over.
    const all = rule ? over(rule.start, rule.end) : over(g.start, g.end);
    for (const it of g.items) {
      // ("% chg" beside "2026" and "2025" under "Three months ended Sept 30" heads its own column, not the three the title spans.)
      const row = [...g.items, ...years.filter((y) => y.start < g.end && g.start < y.end)].filter((x) => x.row === it.row).sort((a, b) => a.start - b.start);
      const own = over(it.start, it.end);
      // Several headers on one row ("Domestic   Sears Canada   Consolidated" over pairs of years) each
      // head the columns whose figures end nearer to it than to its neighbours.
      const k = row.indexOf(it);
      const from = k > 0 ? (row[k - 1]!.end + it.start) / 2 : -Infinity;
      const to = k < row.length - 1 ? (it.end + row[k + 1]!.start) / 2 : Infinity;
      const near = all.filter((j) => cols[j]![1] >= from && cols[j]![1] < to);
      // (A "%" under a period's header, beside its amount's unit, "(¥ million)   %", heads its own column alone.)
      const alone = row.length > 1 || (PERCENT_ALONE.test(it.text) && own.length === 1);
      for (const j of alone ? (own.length === 1 ? own : near) : all) headers[j]!.push(it.text);
    }
  }
}

/** A span's words with no date of its own: "Three Months Ended", "13 Weeks Ended", "Quarter Ended". */
const SPAN_WORDS = /^(?:(?:for\s+the\s+)?(?:\w+[- ])?(?:months|weeks)|quarters?|(?:fiscal\s+)?years?|periods?)\s+(?:ended|ending)$/i;

/**
 * A span's words alone on their header row ("Three Months Ended") head the run of headed columns they are
 * centred over, or with a rule under them every column the rule spans: set centred over dates far apart,
 * they overlap one date only, and the others ("Mar. 31, 2031") were read as balance dates beside the
 * quarter they end; a balance column beside that run ("Dec. 31, 2030") keeps its date.
 */
function spanOverAll(groups: { items: (Span & { row: number })[] }[], rules: Span[], headers: string[][], cols: Band[], over: (start: number, end: number) => number[]): void {
  const items = groups.flatMap((g) => g.items);
  for (const it of items) {
    if (!SPAN_WORDS.test(it.text)) continue;
    // Another header on its row shares the columns, unless the rule under it underlines it alone.
    const mates = items.filter((o) => o !== it && o.row === it.row);
    const rule = rules.find((r) => r.start <= it.start && r.end >= it.end);
    if (rule ? mates.some((o) => o.start < rule.end && rule.start < o.end) : mates.length) continue;
    const under = rule ? over(rule.start, rule.end) : centredRun(it, cols, headers);
    for (const j of under) if (headers[j]!.length && !headers[j]!.includes(it.text)) headers[j]!.unshift(it.text);
  }
}

/**
 * The run of headed columns a header is centred over (from the first one's digits to the last one's): of
 * runs whose centre is within two characters of the nearest, the widest (a date's header may stand a few
 * characters wider than its figures).
 */
function centredRun(it: Span, cols: Band[], headers: string[][]): number[] {
  const centre = (it.start + it.end) / 2;
  const runs: { run: number[]; off: number }[] = [];
  for (let i = 0; i < cols.length; i++) {
    for (let j = i; j < cols.length && headers[j]!.length; j++) runs.push({ run: cols.slice(i, j + 1).map((_, k) => i + k), off: Math.abs((cols[i]![0] + cols[j]![1]) / 2 - centre) });
  }
  const best = Math.min(...runs.map((r) => r.off));
  return runs.filter((r) => r.off <= best + 2).reduce<number[]>((a, r) => (r.run.length > a.length ? r.run : a), []);
}

/**
 * A header line's chunk that heads no column: a unit note, or in the label column, or starting there as a centred title in
 * capitals or the unit note does. A year centred over a "$"-led column may start left of its figures, and
 * is that column's, as is a short header in capitals set over one column and wider than its figures
 * ("Q2 FY27" over "830.4").
 */
export function noteChunk(c: Span, cols: Band[], labelEnd: number): boolean {
  if (columnUnit(c, cols)) return false;
  // A unit note set flush right over the figures ("(Millions of yen)") heads no column wherever it stands.
  if (c.end <= labelEnd || UNIT_NOTE.test(c.text) || captionNote(c, labelEnd)) return true;
  // (A period in parentheses under a column's header, "(Apr-Dec 2024)", is that header's second line, not a note: only one
  // the period grammar reads whole, so a remark naming a period, "(... from the same period of the previous year.)", stays one.)
  // (So is a period that dates itself set a little left of its figures, "FY3/2026 1Q": a header, not a note in capitals.)
  // (And a period read whole that ends over a column's edge, "H1 26/27" set right-aligned over "514" and wider: that column's header.)
  const edge = cols.some((b) => Math.abs(c.end - b[1]) <= 2);
  const spanned = periodMentions(c.text, ANCHOR).some((m) => (/^\([^()]*\)$/.test(c.text) ? m.start === 1 && m.end === c.text.length - 1 : m.start === 0 && m.end === c.text.length && m.ref.kind === 'period' && (!!m.ref.dated || edge)));
  return c.start <= labelEnd && !YEAR.test(c.text) && !headsOne(c, cols) && !datesOne(c, cols) && !spanned && (/^\(.*\)$/.test(c.text) || !/[a-z]/.test(c.text.replace(/\([^()]*\)/g, '')));
}

/**
 * A caption that starts in the label column and ends with the table's unit in parentheses ("Key figures (in
 * EUR million, unless otherwise stated)"): the table's title and note, however far over the columns it runs.
 */
const captionNote = (c: Span, labelEnd: number) => c.start <= labelEnd && headingNote(c.text) !== '';

/** A date ending over one column's right edge ("30.09.2026" over "3.84"): that column's, however much wider (a title that ends on a date is no date). */
const datesOne = (c: Span, cols: Band[]) => c.text.length <= 24 && cols.some((b) => Math.abs(c.end - b[1]) <= 2) && parseDate(c.text) !== null;

/** "(%)" set over one column's figures ("Change" / "(%)"): that column's unit, not the note of every amount beside it. */
const columnUnit = (c: Span, cols: Band[]) => PERCENT_NOTE.test(c.text) && headsOne(c, cols);

/** A header ending over one column's right edge and no more than a few characters wider than it. */
const headsOne = (c: Span, cols: Band[]) => cols.some((b) => Math.abs(c.end - b[1]) <= 2 && c.end - c.start <= b[1] - b[0] + 4);

/** A header centred over one column and wider on both sides ("Previous (Nov 6)" over "595,000"): that column's. */
const centredOver = (c: Span, cols: Band[]) => cols.filter((b) => c.start <= b[1] && b[0] <= c.end).length === 1 && cols.some((b) => Math.abs(c.start + c.end - b[0] - b[1]) <= 4);

/**
 * A title set at the labels' margin that runs on over the first column ("Reconciliation of EBITDA adjusted to EBIT"
 * above "in € million   Q3 2026"): the table's title, no header, where the headers follow on a line below it.
 */
export const marginTitle = (line: string, labelEnd: number) => {
  const cs = chunks(line);
  return cs.length === 1 && cs[0]!.start === 0 && cs[0]!.end > labelEnd && /[a-z]/.test(cs[0]!.text);
};

/** A date as a column's header prints it: "June 27,", "Sept. 27, 2026", "Dec 31"; day first with its year, "30 Sep 2026", "30.09.2026". */
const DATE_HEADER = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?(?:\s+(?:19|20)\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})$/;
/** A header date, its month a month's name ("30 Sep 2026", never "12 Net 2026"). */
const dateHeader = (text: string) => DATE_HEADER.test(text) && (/^[A-Z]/.test(text) || parseDate(text) !== null);

/**
 * A header chunk of dates over several columns with one space between them ("June 27, September 27,"),
 * split where each date ends over a column's right edge (its comma may hang one past); any other chunk
 * is kept whole (a spanning header, "Thirteen Weeks Ended", heads every column under it).
 */
function byColumn(c: Span, cols: Band[]): Span[] {
  const atEdge = (end: number) => cols.some((b) => end === b[1] || end === b[1] + 1);
  const parts: Span[] = [];
  let from = 0;
  for (const w of c.text.matchAll(/\S+/g)) {
    const end = w.index! + w[0].length;
    if (end < c.text.length && atEdge(c.start + end) && dateHeader(c.text.slice(from, end))) {
      parts.push({ text: c.text.slice(from, end), start: c.start + from, end: c.start + end });
      from = end + 1;
    }
  }
  parts.push({ text: c.text.slice(from), start: c.start + from, end: c.end });
  return parts.length > 1 && parts.every((p) => atEdge(p.end) && dateHeader(p.text)) ? parts : [c];
}

/**
 * A heading in capitals after a blank line over a label and its figure in words, no figure row ("OUTLOOK FOR THE
 * SECOND QUARTER ..." over "Revenue   $1.90 billion, plus or minus $50 million"): a section of its own below the
 * table, not rows of it. (A heading over label lines, "EARNINGS PER COMMON SHARE" over "Basic", is the table's.)
 */
export function sectionBelow(lines: string[], rows: ReturnType<typeof figureRow>[], i: number): boolean {
  const next = lines.findIndex((l, k) => k > i && l.trim());
  const caps = /[A-Z]{3}/.test(lines[i]!) && !/[a-z]/.test(lines[i]!.replace(/\([^()]*\)/g, ''));
  return caps && !rows[i] && i > 0 && !lines[i - 1]!.trim() && next > i && !rows[next] && alignedPair(lines[next]!);
}

/**
 * A label in words, a wide gap, then a figure: a line of a list of figures set in two columns. The figure may be a
 * bound or an approximation, and its currency a sign or a code ("Revenue   EUR 5.600 - 5.800 million   (EUR 5.400 - ...)",
 * "Book-to-bill ratio   above 1,0"): each such line is a statement of its own, never run into the next or taken for a heading.
 */
const LABEL_FIGURE = new RegExp(String.raw`^\s*[A-Za-z][A-Za-z&,'()\/ -]*[A-Za-z)]\s{3,}(?:(?:approximately|about|around|above|below|at\s+least|up\s+to|more\s+than|less\s+than)\s+)?(?:${SIGN_SOURCE})?\s?\d`, 'i');
/** A second figure set apart by a wide gap, not in brackets ("GBP310m - GBP330m    GBP290m - GBP310m"): a further column. */
const FIGURE_COLUMNS = new RegExp(String.raw`\d\S*\s{3,}(?:${SIGN_SOURCE})?\s?\d`, 'i');

/** A label and its figure set apart; a row of two figure columns is none (only its heads say which is current, so it stays with them). */
export const alignedPair = (line: string) => LABEL_FIGURE.test(line) && !FIGURE_COLUMNS.test(line);
