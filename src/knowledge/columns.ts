// A table's column header → the column's period, currency and kind. Periods are read by the one period
// grammar (shared with questions); what else the header says decides the column's kind: a figure
// column (maybe qualified: "Non-GAAP", "Adjusted"), or a column the reader leaves out by name (a change,
// a share of a total, an adjustment). A header with words the reader does not know makes the table
// unreadable rather than guessed at.
import { findPeriods, type PeriodRef } from './period-grammar.js';
import { captioned, type TableBlock, type TableRow } from './blocks.js';
import { spanOverYearToDate, yearUnderTitle } from './table-titles.js';
import { stripMarkup } from './markup.js';
import { SIGN_SOURCE, currencyIn } from './currencies.js';
import { parseCell, SCALE_FIRST_UNITS, SIGN_SCALE, type Cell } from './numbers.js';
import { perShareUnclear } from './per-share-bridge.js';
import { CHANGE, changeColumns, percentBeside } from './change-columns.js';
import { MONTHS, parseDate, periodEnd, periodKey, type Period } from './period.js';
import { transposed } from './transposed.js';
import { scaleIn } from './row-units.js';
import { markedFigure } from './cell-marks.js';

export interface Column {
  /** Null for a column left out (see `exclusion`). */
  period: Period | null;
  /** ISO-style code: USD, RMB, EUR ... */
  currency: string;
  header: string;
  /** "Non-GAAP", "Adjusted": a variant of the line's figure, named with it. Empty for the plain figure. */
  qualifier: string;
  /** Why the column's figures are not facts (a change, a share, an adjustment), when they are not. */
  exclusion?: string;
  /** True when the header names its period by a name ("Q1 FY22", "First Quarter 2022") and gives no end date. */
  nominal?: boolean;
  /** A column of stated % changes ("YoY change", "% Change"): of which figure column's period, against which; `per` for a change in points (100 for bps). */
  change?: { of: number; basis: number; per?: number };
  /** True when its figures are left out because its header could not be read, not for what it says: a load check names it. */
  unread?: boolean;
  /** A column that repeats an earlier column's period, currency and kind: that column's index (tables.ts settles the two). */
  twinOf?: number;
}

export class TableSkip extends Error {
  constructor(
    public readonly line: number,
    public readonly reason: string,
  ) {
    super(reason);
  }
}

/** Currency signs in a header ("US$", "Ps."): no words of its period or kind. */
const SIGNS = new RegExp(SIGN_SOURCE, 'g');

// ("Share of AUM (Jun 30, 2026)": each line's share of the total on that date, no figure of the line itself.)
const SHARE = /%\s*of\b|\bpercent(?:age)? of\b|\bas a % of\b|\bmargin\b|\bshare of\b/i;
const ADJUSTMENT = /^(?:adj\.?|adjustments?|reconciling items?|eliminations?)$/i;
/** A column of what the company expects, not of what it reported. */
const FORECAST = /\b(?:forecasts?|outlook|guidance|projections?|projected)\b/i;
const QUALIFIER = /\b(non-gaap|adjusted|as adjusted|pro forma|core)\b/i;
/** Words a period header may hold beside its period. */
const PERIOD_WORDS = new Set(['for', 'the', 'twenty', 'thirty', 'fifty', 'two', 'seven', 'weeks', 'week', 'wks', 'wk', 'period', 'periods', 'fiscal', 'three', 'six', 'nine', 'twelve', 'thirteen', 'fourteen', 'twenty-six', 'twenty-seven', 'thirty-nine', 'forty', 'fifty-two', 'fifty-three', 'months', 'month', 'weeks', 'week', 'ended', 'ending', 'quarter', 'quarters', 'first', 'second', 'third', 'fourth', 'fiscal', 'year', 'years', 'full', 'as', 'of', 'at', 'and', 'unaudited', 'audited', 'restated', 'reported', 'as reported', 'gaap', 'u.s.', 'us', 'period', 'actual', 'results', 'total', 'in', 'q1', 'q2', 'q3', 'q4', 'fy', 'ytd', 'half', 'h1', 'h2', '9m', 'to', 'financial', 'year-to-date', ...MONTHS, ...MONTHS.map((m) => m.slice(0, 3))]);

const PERIOD_PHRASE = /\b(?:for the\s+)?(?:\w+[- ])?(?:weeks|months)\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\s+and\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}/i;

/** "July 3, 2004 and June 28, 2003" over a year row "2004": the date of that year. */
function pickDated(h: string): string {
  // Words between the dates and the year ("... June 28, 2003 Domestic 2004") are the column's segment: kept.
  const m = /([A-Z][a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d{2}))\s+and\s+([A-Z][a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d{2}))\s+((?:[A-Za-z&]+\s+){0,4})((?:19|20)\d{2})\*?\s*$/.exec(h);
  if (!m) return h;
  const chosen = m[2] === m[6] ? m[1]! : m[4] === m[6] ? m[3]! : null;
  return chosen ? `${h.slice(0, m.index)}${chosen}${m[5] ? ` ${m[5].trim()}` : ''}` : h;
}

/** The period a header names, with its own end date kept (a quarter ended December 30 ends on the 30th). */
function headerPeriod(h: string, current: Period): { period: Period; text: string; dated?: true } | null {
  // A year, whole or in two digits after a period's mark or a fiscal year's end month ("FY3/27", "FY27", "2Q26", "3Q2025", "1H26", "HY26", "9M 26", "Q2FY27", "H1 F26") or a month's ("Dec/25", "Sep-25").
  if (!/\b(?:19|20)\d{2}\b|\b(?:(?:FY?|[1-4][QT]|Q[1-4]|[12]H|H[12Y]|[369]M)\s*|(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\s*FY?\s*)'?(?:\d{2}|\d{4})\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-/'’]\s*\d{2}\b|\bFY\s*\d{1,2}\/\d{2}\b/i.test(h)) return null;
  const refs = spanNamedOver(findPeriods(h, current).filter((r) => r.kind === 'period'));
  const ref = refs.find((r) => r.period.kind === 'duration') ?? refs[0];
  if (!ref || ref.kind !== 'period') return null;
  const period = ref.period;
  const date = parseDate(h);
  // The header's own end date wins over its name: "Q3 FY2025 (Oct. 1 – Dec. 31, 2025)" is the quarter
  // ended December 31, 2025 (the fiscal calendar names it), not calendar Q3. (A span written as its days ends on its last.)
  if (period.kind === 'duration' && date && !ref.dated) return { period: { ...period, end: date }, text: ref.text };
  return monthsNamed(refs, ref) ?? { period, text: ref.text, ...(byMonths(ref) || ref.dated ? { dated: true as const } : {}) };
}

/** A span's name over columns ("Nine months" above "9M 2025") dates nothing, the dated name beside it does; months ("1Q FY2025 (Apr-Jun)") date their fiscal name (`monthsNamed`). */
function spanNamedOver<R extends PeriodRef>(refs: R[]): R[] {
  const months = (r: PeriodRef) => (r.kind === 'period' && r.period.kind === 'duration' ? r.period.months : -1);
  const undated = (r: PeriodRef) => !/\d/.test(r.text) && !byMonths(r);
  return refs.filter((r) => !undated(r) || !refs.some((o) => o !== r && /\d/.test(o.text) && months(o) === months(r) && months(r) > 0));
}

/** Written by its months ("Jul-Sep 2025"): dated, never a name ("Oct-Dec 2025" in a March year is no "Q4 2025"). */ export const byMonths = (r: PeriodRef) => /^[a-z]{3,9}\.?\s*[-–—]\s*[a-z]{3,9}\b/i.test(r.text);

/** A fiscal name dated by its months beside it ("2Q FY2025 (Jul-Sep 2025)"): the span those months are, named as
 * printed (the fiscal calendar is read from it); null with no such pair, or a calendar name ("Q3 2025 (Jul-Sep 2025)"). */
function monthsNamed(refs: PeriodRef[], named: PeriodRef): { period: Period; text: string; dated: true } | null {
  const span = refs.find((r) => r !== named && byMonths(r));
  const [p, d] = [named.kind === 'period' && !byMonths(named) && named.period, span?.kind === 'period' && span.period];
  if (!p || !d || p.kind !== 'duration' || d.kind !== 'duration' || p.months !== d.months || p.end === d.end) return null;
  const [y, m] = p.end.split('-').map(Number) as [number, number];
  const fiscal = p.months === 3 ? { year: y, quarter: m / 3 } : { year: y };
  return { period: { ...d, fiscal }, text: named.text, dated: true };
}

/**
 * A dated column's fiscal name in brackets ("Three months ended December 31 2025 (Q3 FY2026)"): a second name of the
 * period its date gives, no word of another kind; the date wins, as in `headerPeriod`. Kept where the header has no date.
 */
function namesAside(rest: string, header: string, current: Period): string {
  if (!parseDate(header)) return rest;
  return rest.replace(/\(([^()]+)\)/g, (m, inner: string) => (findPeriods(inner, current).some((r) => r.kind === 'period' && r.text.trim() === inner.trim()) ? ' ' : m));
}

/** A column as read, with the words of its header that name neither its period nor its kind (as printed). */
type ReadColumn = { column: Column; unknown: string[] };

/** Reads one column's header. `currency` is the column's from its cells or the table's unit note. */
function readColumn(header: string, currency: string, current: Period): ReadColumn {
  const h = pickDated(header.replace(/\s+/g, ' ').trim());
  const cur = currencyIn(h.replace(/\(\d\)/g, '')) ?? currency;
  const base: Column = { period: null, currency: cur, header: h, qualifier: '' };
  const left = (exclusion: string, unread = false): ReadColumn => ({ column: { ...base, exclusion, ...(unread ? { unread } : {}) }, unknown: [] });
  if (CHANGE.test(h)) return left('a change column (changes are computed from the figures)');
  if (SHARE.test(h)) return left('a share-of-total column');
  if (/\badj(?:\.|ustments?\b)/i.test(h)) return left('an adjustments column');
  // "FY2025 (forecast)", "Previous forecast (May 2026)", "FY2026 (actual / forecast)": what is expected, never the period's result.
  if (FORECAST.test(h)) return left('a forecast column (outlook, not a result)');
  const found = headerPeriod(h, current);
  // A year alone ("2021") does not say which twelve months (a fiscal year may end in May).
  if (found && /^\s*(?:(?:19|20)\d{2})\s*$/.test(h.replace(/\([^)]*\)|\*+/g, ''))) return left('a year alone does not say which period', true);
  if (!found) {
    const rest = h.replace(/\([^)]*\)/g, '').trim();
    if (ADJUSTMENT.test(rest) || /\badj\./i.test(rest)) return left('an adjustments column');
    // A header with figures in it ("T3 26") or none at all may be a period the reader could not read: named by the load checks.
    return left('no period in the column header', /\d/.test(rest) || !rest);
  }
  const rest = namesAside(h.replace(found.text, ' '), h, current)
    .replace(/\((?:\d{1,2}|[a-z]|\*+)\)|\*+/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b|\d{1,2},?/g, ' ')
    .replace(SCALE_FIRST_UNITS, ' ')
    .replace(SIGN_SCALE, ' ').replace(SIGNS, ' ')
    .replace(/\b(?:in )?(?:thousands?|millions?|billions?)\b|\bdollars\b/gi, ' ');
  const qualifier = QUALIFIER.exec(rest)?.[1] ?? '';
  const unknown = rest
    .replace(QUALIFIER, ' ')
    .split(/[\s,:;()\-–—/.]+/)
    .filter((w) => w && /[a-z]/i.test(w) && !PERIOD_WORDS.has(w.toLowerCase()));
  return { column: { ...base, period: found.period, ...(parseDate(h) || found.dated ? {} : { nominal: true }), qualifier: qualifier.replace(/^non-gaap$/i, 'Non-GAAP').replace(/^adjusted$/i, 'Adjusted') }, unknown };
}

/**
 * Columns of one period told apart by other words ("Domestic", "Sears Canada", "Consolidated" over
 * 2004 and 2003) are a segment's or region's figures: those words qualify the column as "Non-GAAP"
 * does, and words every column shares (a title spanning the table) are dropped. Any other header
 * with words the reader does not know makes the table unreadable.
 */
function segmentColumns(read: ReadColumn[], line: number): Column[] {
  const dated = read.filter((r) => r.column.period);
  const lower = (ws: string[]) => new Set(ws.map((w) => w.toLowerCase()));
  const common = dated.length ? [...lower(dated[0]!.unknown)].filter((w) => dated.every((r) => lower(r.unknown).has(w))) : [];
  const own = (r: ReadColumn) => r.unknown.filter((w) => !common.includes(w.toLowerCase()));
  const periods = new Set(dated.map((r) => periodKey(r.column.period!)));
  const segments = dated.length > periods.size && dated.every((r) => own(r).length);
  if (!segments) {
    const bad = read.find((r) => r.unknown.length);
    if (bad) throw new TableSkip(line, `column header "${bad.column.header}" has words the reader does not know as a period or a kind of figure: ${bad.unknown.join(' ').toLowerCase()}`);
    return read.map((r) => r.column);
  }
  return read.map((r) => (r.column.period ? { ...r.column, qualifier: [own(r).join(' '), r.column.qualifier].filter(Boolean).join(' ') } : r.column));
}

/** The latest end a set of columns reaches: the reference for headers without a year. */
export function latestEnd(columns: Column[]): string {
  return columns.reduce((a, c) => (c.period && periodEnd(c.period) > a ? periodEnd(c.period) : a), '');
}

/** Header rows are the rows above the first labelled row; a header cell spans the empty cells to its right. `turn`: whether a table set on its side may be turned round (not again once turned). */
export function readColumns(block: TableBlock, ctx: { currency: string; current: Period }, turn = true): { columns: Column[]; body: TableRow[]; left?: TableBlock['left'] } {
  const rows = block.rows;
  const headerRows: TableRow[] = [];
  let i = 0;
  while (i < rows.length && !stripMarkup(rows[i]!.cells[0] ?? '')) headerRows.push(rows[i++]!);
  const body = rows.slice(i);
  if (!headerRows.length) throw new TableSkip(rows[0]!.line, 'the table has no column headers (a first row with an empty label cell and the periods)');
  if (!body.length) throw new TableSkip(headerRows[headerRows.length - 1]!.line, 'the table is truncated: it has column headers but no rows');
  for (const r of headerRows) if (r.unread) throw new TableSkip(r.line, r.unread);
  const width = Math.max(...headerRows.map((r) => r.cells.length)) - 1;
  const texts: string[] = Array.from({ length: width }, () => '');
  for (const r of headerRows) {
    let carry = '';
    for (let j = 1; j <= width; j++) {
      const c = stripMarkup(r.cells[j] ?? '');
      carry = c || carry;
      texts[j - 1] += ` ${carry}`;
    }
  }
  const line = headerRows[0]!.line;
  // A period phrase one column's header carries ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003")
  // heads the columns whose headers give only a segment and a year ("Consolidated 2004").
  const phrase = texts.map((t) => PERIOD_PHRASE.exec(t)).map((m) => m && m.input.slice(0, m.index + m[0].length)).find(Boolean);
  if (phrase) texts.forEach((t, j) => (texts[j] = !PERIOD_PHRASE.test(t) && /^(?:\s*[A-Za-z&]+){1,4}\s+(?:19|20)\d{2}\*?\s*$/.test(t) ? `${phrase} ${t.trim()}` : t));
  const stub = `${headerRows.map((r) => stripMarkup(r.cells[0] ?? '')).join(' ')} ${block.title} ${block.unitNote}`;
  texts.forEach((t, j) => (texts[j] = spanOverYearToDate(yearUnderTitle(captioned(t, block.caption), `${block.title} ${block.unitNote}`), stub)));
  const noteCurrency = currencyIn(`${block.unitNote} ${block.title}`);
  const read = segmentColumns(texts.map((t, j) => readColumn(t, block.cellCurrency?.[j] || noteCurrency || ctx.currency, ctx.current)), line);
  // (A header naming per share and a scale both is read as a segment's, so its neighbours are read, but left out itself.)
  const columns = read.map(perShareUnclear).map((c) => otherScale(c, scaleIn(stub)));
  if (!columns.some((c) => c.period)) {
    // A table set on its side (its rows the periods) is read turned round: its rows' labels then head the columns.
    const turned = turn ? transposed(block, (label) => headerPeriod(label, ctx.current) !== null) : null;
    if (turned) return readColumns(turned, ctx, false);
    throw new TableSkip(line, `no column header names a period (${columns.map((c) => `"${c.header}"`).join(', ')})`);
  }
  // "FREE CASH FLOW - TRAILING 4-QUARTERS" headed "Q4 FY22": each figure is four quarters' sum, not the quarter's.
  if (TRAILING.test(`${block.title} ${block.unitNote}`) && columns.some((c) => c.period?.kind === 'duration' && c.period.months === 3)) {
    throw new TableSkip(line, 'a table of trailing four-quarter sums headed by the quarter each ends with: no column is the quarter it names');
  }
  percentBeside(columns, stub);
  twinColumns(columns);
  changeColumns(columns, ctx.current);
  return { columns, body, ...(block.left ? { left: block.left } : {}) };
}

/** A column headed by a scale the table's note does not state ("US$ thousand" under "S/ million") is left out, not read at the note's scale. */
function otherScale(c: Column, table: number | null): Column {
  const own = scaleIn(c.header);
  return c.period && own && table && own !== table ? { ...c, period: null, exclusion: 'its header states another scale than the table', unread: true } : c;
}

const TRAILING = /\btrailing[- ](?:4|four|12|twelve)[- ](?:quarters?|months)\b|\bTTM\b|\blast twelve months\b/i;
/** A column repeating an earlier one's period, currency and kind is left out, its figures only set against the first's (tables.ts). */
function twinColumns(columns: Column[]): void {
  const first = new Map<string, number>();
  columns.forEach((c, j) => {
    if (!c.period) return;
    const key = `${periodKey(c.period)}|${c.currency}|${c.qualifier}`;
    const i = first.get(key);
    if (i === undefined) first.set(key, j);
    else columns[j] = { ...c, period: null, exclusion: `it repeats the period of column "${columns[i]!.header.trim()}"`, twinOf: i };
  });
}

const NOT_APPLICABLE = /^(?:n\/?a|n\/?m|n\.m\.|\*+|—\s*%|-\s*%)$/i;

/**
 * A line's figures where a column repeats another's period: kept from the first column where the two
 * agree; where they differ (or one is blank), neither is a figure and what differs is returned, to be
 * reported with the line and both columns.
 */
export function settleTwins(values: (Cell | null)[], columns: Column[], label: string, line: number): string[] {
  const said: string[] = [];
  columns.forEach((c, j) => {
    if (c.twinOf === undefined) return;
    const [a, b] = [values[c.twinOf], values[j]];
    if ((!a && !b) || (a && b && a.value.equals(b.value) && a.percent === b.percent)) return;
    const shown = (x: Cell | null | undefined) => (x ? `${x.value.toFixed(x.decimals)}${x.percent ? '%' : ''}` : 'no figure');
    // Columns counted as a reader counts them, the labels' first: two columns of one period may share a header.
    const named = (k: number) => `column ${k + 2} ("${columns[k]!.header.trim()}")`;
    said.push(`"${label}" (line ${line}) reads ${shown(a)} in ${named(c.twinOf)} and ${shown(b)} in ${named(j)}, both for the same period: neither figure is used`);
    values[c.twinOf] = null;
  });
  return said;
}

/** A body row's figures, one per column: a cell that is no figure, or a figure missing, makes the table unreadable. */
export function readValues(row: TableRow, columns: Column[]): (Cell | null)[] {
  if (row.unread) throw new TableSkip(row.line, row.unread);
  const cells = row.cells.slice(1);
  if (cells.length > columns.length && cells.slice(columns.length).some((c) => stripMarkup(c))) {
    throw new TableSkip(row.line, `a row has ${cells.length} figures but the table has ${columns.length} columns`);
  }
  // (A figure with a footnote mark after it is withheld, cell-marks.ts: the row is read as if it were printed.)
  const withheld = new Set<number>();
  const values = columns.map((col, j) => {
    const text = stripMarkup(cells[j] ?? '');
    if (!text || NOT_APPLICABLE.test(text)) return null;
    const cell = parseCell(text);
    if (!cell && (col.exclusion || (markedFigure(text) && withheld.add(j)))) return null;
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
  // Or every column of the spans it is given for ("Free cash flow" for the quarters, not the nine months): each span's columns all filled or all blank.
  const spans = (c: Column) => (c.period?.kind === 'duration' ? c.period.months : 0);
  const bySpan = dated.every((c) => spans(c) > 0) && [...new Set(dated.map(spans))].every((m) => new Set(columns.map((c, k) => (c.period && spans(c) === m ? values[k] !== null : null)).filter((x) => x !== null)).size === 1);
  if (present.length && present.length + withheld.size < read.length && !present.every((v) => v.percent) && !bySegment && !bySpan) {
    const j = columns.findIndex((c, k) => c.period && values[k] === null);
    throw new TableSkip(row.line, `missing figure in column "${columns[j]!.header}" (the row has ${present.length} of ${read.length})`);
  }
  return values;
}
