// A release's text → the Release: blocks by the document's format, tables read (or skipped, by line and
// reason), the release's own quarter and fiscal calendar, the issuer, table and prose facts, text facts.
import { toBlocks, type Block, type TableBlock, type TextBlock } from './blocks.js';
import { currencyIn, UNSTATED } from './currencies.js';
import { ReleaseError, type ReleaseText } from './document.js';
import { currencyOf, type Fact, type TextFact } from './fact.js';
import { FactSchema } from './schemas.js';
import { fiscalNamed, spanDated } from './fiscal-named.js';
import { columnPeriod, datedByRelease, datedColumns, datedName, fiscalCalendar, fiscallyNamed, proseName, quarterEndByYearEnd, statedFiscalQuarter } from './fiscal.js';
import { calendarSpans, dateByNames, fiscalNames, noFigures, noQuarter, proseNamed, resultsSpan, statedNames } from './period-names.js';
import { citeCellsBySentences } from './cell-citations.js';
import { htmlBlocks } from './html.js';
import { MIN_QUOTE } from './kb.js';
import { readIssuer } from './issuer.js';
import { onLine, plain } from './markup.js';
import { push } from './multimap.js';
import { narrativeFacts } from './narrative-link.js';
import { outlookTables } from './outlook-tables.js';
import { quarterRates } from './quarter-rates.js';
import { yearToDateRows } from './ytd-rows.js';
import { numberStyle, printedAs, quotedAsPrinted } from './number-style.js';
import { datedQuarterEnd, releaseQuarter } from './narrative.js';
import { periodEnd, periodKey, type Period } from './period.js';
import { tokens } from './prose/mentions.js';
import type { Mismatch, Release, SkippedTable } from './release.js';
import { homeCells, homeDollar, homeDollars } from './home-dollar.js';
import { settleMinorUnits } from './minor-units.js';
import { segmentBlocks } from './segments.js';
import { cornerSegments } from './corner-segments.js';
import { tableFacts } from './table-facts.js';
import { mixedCount, unitlessLines, unitlessReason } from './table-units.js';
import { statedWholes } from './prose-wholes.js';
import { parseTable, TableSkip, type ParsedTable } from './tables.js';
import { textTableBlocks } from './text-tables.js';
import { releaseNames } from './own-name.js';
import { unitCells } from './unit-cells.js';
import { datingNotes, notedDates } from './noted-dates.js';
import { readTexts } from './texts.js';
import { termLeads } from './term-leads.js';
import { slug } from './labels.js';
import { readByAgreement, readUnscaled, type Unscaled } from './scale-by-agreement.js';

/**
 * Blocks, and the lines the text readers quote from (for HTML, each source line as a person reads it).
 * The blocks are read from `read` (the lines with numbers in the point style); quotes stay as printed.
 */
function blocksOf(text: ReleaseText, read: string[]): { blocks: Block[]; lines: string[] } {
  if (text.format === 'html') return { blocks: htmlBlocks(read.join('\n')), lines: text.lines.map((l) => plain(l).trim()) };
  if (text.format === 'text') return { blocks: textTableBlocks(read), lines: text.lines };
  return { blocks: toBlocks(read), lines: text.lines };
}

/**
 * A text of a document read in the point style (decimal comma, or no-break-space groups) in its printed words: it was
 * read from the line in the point style (`read`, by line number), which keeps every character's place, so the same
 * place of the printed line is the quote.
 */
function asPrinted(t: TextFact, lines: string[], read: (n: number) => string): TextFact {
  const printed = quotedAsPrinted(lines[t.citation.line - 1] ?? '', t.text, read(t.citation.line));
  return printed === null ? t : { ...t, text: printed, citation: { ...t.citation, quote: printed } };
}

/**
 * A table fact of a document read in the point style, cited as printed: an HTML row's quote is its cells as read
 * ("Revenue 1,482.6 1,401.3"), so it is the same place of the printed line ("Revenue 1 482,6 1 401,3"); each cell too.
 */
function citedAsPrinted(f: Fact, lines: string[], read: (n: number) => string): void {
  const n = f.citation.line;
  f.citation.quote = quotedAsPrinted(lines[n - 1] ?? '', f.citation.quote, read(n)) ?? f.citation.quote;
  for (const c of f.citation.cells ?? []) c.printed = printedAs(lines[(c.line ?? n) - 1] ?? '', c.printed, read(c.line ?? n));
}

// A figure's citation as its line reads: a decimal-comma document's quotes its line and cells as printed ("3 108,4"),
// not as read; an HTML row's, its cells as decoded ("¥"), is quoted as the line reads ("&yen;"), which a grader finds.
function citedOnLine(f: Fact, text: ReleaseText, lines: string[], read: string[], style: boolean): void {
  if (style) citedAsPrinted(f, lines, readLine(text, read));
  if (text.format === 'html') f.citation.quote = onLine(lines[f.citation.line - 1] ?? '', f.citation.quote);
}
/** Each line as read, by number, as `lines` holds it printed: for HTML the text a person reads, so reading keeps each place. */
const readLine = (text: ReleaseText, read: string[]) => (n: number) => (text.format === 'html' ? plain(read[n - 1] ?? '').trim() : (read[n - 1] ?? ''));

/** The currency most of the document's figures are printed in; where it names none, none (never a dollar guessed). */
function documentCurrency(blocks: Block[], whole: string): string {
  const count = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const c of [...(b.cellCurrency ?? []), currencyIn(`${b.unitNote} ${b.rows[0]?.cells.join(' ') ?? ''}`) ?? '']) if (c) count.set(c, (count.get(c) ?? 0) + 1);
  }
  const top = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  return top ?? proseCurrency(whole.slice(0, 20_000)) ?? currencyIn(whole.slice(0, 20_000)) ?? UNSTATED;
}

/** With no table, the currency most of the prose's amounts are in ("RMB48,378 million", "US$160.7 million"). */
function proseCurrency(text: string): string | null {
  const count = new Map<string, number>();
  for (const t of tokens(text)) if (t.currency) count.set(t.currency, (count.get(t.currency) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Reads each table, or skips it with its line and the reason; a table of amounts needs its scale, from its
 * note or from the agreement of its figures with the other tables' (`factsOf` gives tables' facts).
 */
function readTables(blocks: Block[], currency: string, current: Period, factsOf: (ts: ParsedTable[]) => Fact[]): { tables: ParsedTable[]; skipped: SkippedTable[] } {
  const tables: ParsedTable[] = [];
  const skipped: SkippedTable[] = [];
  const unscaled: Unscaled[] = [];
  const own = cornerSegments(blocks.filter((x): x is TableBlock => x.kind === 'table').map(unitCells), current);
  const notes = datingNotes(blocks);
  for (const b of own.flatMap((x) => segmentBlocks(x, current) ?? [x])) {
    try {
      const t = parseTable(b, { currency, current });
      // Amounts need their scale; a statistics table whose lines state their own units needs no note: its
      // few lines that state none are left out by name. A table half of whose lines would be left out is not
      // read (never a figure from a half-read table), and is named; so is one headed as a count with a line it cannot tell.
      const unitless = unitlessLines(t);
      const mixed = mixedCount(t, unitless);
      if (mixed) throw new TableSkip(b.rows[0]!.line, mixed);
      if (unitless.length && unitless.length * 2 >= t.lines.filter((l) => !l.exclusion).length) {
        unscaled.push({ block: b, line: b.rows[0]!.line });
        throw new TableSkip(b.rows[0]!.line, 'no unit note states the scale of its amounts (thousands, millions, billions)');
      }
      for (const l of t.lines) l.exclusion ??= unitless.includes(l) ? unitlessReason(l) : notedDates(l, t.columns, notes);
      tables.push(t);
    } catch (err) {
      if (!(err instanceof TableSkip)) throw err;
      skipped.push({ line: err.line, title: b.title, reason: err.reason, labels: b.rows.slice(1).map((r) => r.cells[0] ?? '').filter(Boolean) });
    }
  }
  readByAgreement(unscaled, tables, skipped, (b) => readUnscaled(b, currency, current), factsOf);
  return { tables, skipped };
}

/**
 * The release's own period: its latest quarterly column (unless its prose dates only the half or nine months that
 * column ends), else the quarter its text names, else (a release of
 * halves or years only) its latest dated column's period, which its prose's figures are then of, else the latest
 * span its prose dates and names ("the year ended 30 June 2026 (FY26)").
 */
function ownQuarter(tables: ParsedTable[], whole: string, prose: string): Period | undefined {
  const columns = tables.flatMap((t) => t.columns).filter((c) => c.period?.kind === 'duration' && c.period.months === 3);
  // A column that dates its quarter ("Three Months Ended May 31, 2022") outranks one that only names it ("Q4 FY22").
  const dated = columns.filter((c) => !c.nominal);
  const quarters = (dated.length ? dated : columns).map((c) => c.period!);
  const latest = (ps: Period[]) => ps.sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)))[0];
  const spans = tables.flatMap((t) => t.columns.flatMap((c) => (c.period?.kind === 'duration' && !c.nominal ? [c.period] : [])));
  const stated = releaseQuarter(whole);
  // Its prose alone says whose release it is: a table headed "Three months ended" beside "Six months ended" dates
  // columns, not the release ("results for the first half of fiscal 2026, ended December 31, 2025"); prose that
  // names its fiscal quarter ("Q2 FY2026") is a quarter's.
  const said = statedFiscalQuarter(prose) ? null : releaseQuarter(prose);
  const q = latest(quarters);
  // A release whose prose dates only its half ("the half-year ended 31 December 2025") is of that half, though its
  // tables give the quarters within it too ("Dec 2025 Quarter" beside "1H FY26"): its prose figures are the half's.
  // (Quarters headed by fiscal names, "2Q FY2025", stay its own: they are what dates its fiscal calendar.)
  const calendarQuarters = columns.every((c) => !fiscalNames(c.header).length);
  const half = [stated, said].find((s) => s?.kind === 'duration' && s.months !== 3);
  if (half && q && periodEnd(q) === periodEnd(half) && calendarQuarters) return half;
  return q ?? stated ?? latest(spans) ?? latest(statedNames(whole).map(([, p]) => p));
}

/**
 * Columns named only by fiscal names ("H1 FY26") are dated by the fiscal calendar of the release's own
 * quarter. A release of halves or years only has none: such a table is dated by the names the release's dated
 * columns bear, else skipped by line, never read as the calendar's half.
 */
function undatedNames(tables: ParsedTable[], skipped: SkippedTable[], own: Period, names: [string, Period][]): ParsedTable[] {
  if (own.kind !== 'duration' || own.months === 3) return tables;
  return tables.filter((t) => {
    // (Names its dated columns bear elsewhere, "H1 FY26" over "26 wks to 30 Aug 2025", date them.)
    if (!t.columns.some((c) => c.nominal && c.period) || dateByNames(t, names, own)) return true;
    skipped.push({ line: t.lines[0]?.line ?? 1, title: t.title, reason: 'its columns are named only by fiscal names ("H1 FY26"), which a release of halves or years only does not date, by a column or by its prose', labels: t.lines.map((l) => l.label) });
    return false;
  });
}

function mismatchesOf(tables: ParsedTable[], facts: Fact[]): Mismatch[] {
  // The table facts by line, found per mismatch by its lines rather than by a scan of every fact (a long
  // release has many of both); in the release's order.
  const byLine = new Map<number, { f: Fact; at: number }[]>();
  facts.forEach((f, at) => {
    if (f.source === 'table') push(byLine, f.citation.line, { f, at });
  });
  const onLines = (lines: number[]) => [...new Set(lines)].flatMap((l) => byLine.get(l) ?? []).sort((a, b) => a.at - b.at).map((x) => x.f);
  return tables.flatMap((t) =>
    t.mismatches.map((m): Mismatch => {
      const lines = [m.total.line, ...m.items.map((i) => i.line)];
      const cols = m.off.map((o) => t.columns[o.column]!);
      const where = m.off.map((o) => `${t.columns[o.column]!.header}: the lines add up to ${o.sum.toString()}, the total is ${m.total.values[o.column]!.value.toString()}`).join('; ');
      return {
        what: `${m.total.label} (line ${m.total.line}) is not the sum of its lines (${m.items.map((i) => i.line).join(', ')}) in ${where}`,
        lines,
        metrics: [],
        // The facts of the columns that do not add up, on the total's line and its lines.
        facts: onLines(lines).filter((f) => cols.some((c) => c.period && periodKey(c.period) === periodKey(f.period) && currencyOf(f.unit) === c.currency)),
      };
    }),
  );
}

/** Every fact as the schema has it, else the release fails on the first one's line, naming what it could not read. */
function checkFacts(doc: string, facts: Fact[]): void {
  for (const f of facts) {
    const checked = FactSchema.safeParse(f);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ReleaseError(doc, f.citation.line, `cannot read "${f.label}" as a fact (${issue.path.join('.') || 'fact'}: ${issue.message})`);
    }
  }
}

/**
 * The release's own period: its quarter, else a calendar half or year its columns name and its prose dates ("H1
 * 2026", "the six months ended 30 June 2026"); a release of halves dated by its prose still dates such columns.
 */
function ownPeriod(all: ParsedTable[], whole: string, prose: string): Period | null {
  const found = ownQuarter(all, whole, prose);
  return found?.kind === 'duration' && found.months === 3 ? found : (calendarSpans(all, whole) ?? found ?? null);
}

/** The release's title: its first heading that announces results, else its first that is no exhibit number. */
function releaseTitle(blocks: Block[], lines: string[], doc: string): string {
  // (A short bullet read as a heading, "• Net profit SEK 461 m (465); earnings per share ...", is a point of the release, never its title.)
  const headings = blocks.flatMap((b) => (b.kind === 'heading' && !/^\s*[•·*-]\s/.test(lines[b.line - 1] ?? '') ? [b.text] : []));
  return headings.find((h) => /\b(?:announces|reports|results|earnings)\b/i.test(h)) ?? headings.find((h) => !/^exhibit\b/i.test(h)) ?? doc;
}

export function buildRelease(text: ReleaseText): Release {
  const doc = text.path;
  const { read: style, unread, decimal } = numberStyle(text.lines);
  const read = style ? text.lines.map(style) : text.lines;
  const { blocks: read0, lines } = blocksOf(text, read);
  // Guidance tables are read as the outlook prose they abbreviate.
  const guided = outlookTables(read0);
  const whole = text.format === 'html' ? guided.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n') : read.join('\n');
  // A release in another dollar prints its own with a bare "$", in its tables as in its prose.
  const home = homeDollar(guided, whole);
  const blocks = home ? homeCells(guided, home) : guided;
  const currency = home ?? documentCurrency(blocks, whole);
  const provisional = fiscallyNamed(releaseQuarter(whole), whole) ?? { kind: 'instant' as const, date: '2100-12-31' };
  const { tables: all, skipped } = readTables(blocks, currency, provisional, (ts) => tableFacts(doc, lines, ts, new Map()));
  const found = ownPeriod(all, whole, blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])).join('\n'));
  const own = found ?? resultsSpan(whole); // else the span it says it reports results for: its undated tables are skipped
  if (!own) throw noQuarter(doc, all, skipped);
  const periodNames = own.kind === 'duration' && own.months !== 3 ? releaseNames(all, whole, own) : [];
  const tables = undatedNames(all, skipped, own, periodNames);
  // Table columns carry their own end dates; the prose names quarters in words ("the fourth quarter of 2003").
  // Columns named only by fiscal names ("Q2 FY27", "H1 FY27") end as the release dates its own quarter.
  const named = !tables.some((t) => t.columns.some((c) => c.period?.kind === 'duration' && c.period.months === 3 && !c.nominal));
  const label = fiscalCalendar(whole, own, named);
  const labelled = label?.(own);
  const calendarNames = labelled?.kind === 'duration' && !!labelled.fiscal?.calendar;
  // Beside dated quarter columns, they end as those do ("Q2 FY2026" beside "13 weeks to 23 Aug 2025"); else as the release dates its quarter, or
  // its year ("Fiscal 2026 ended October 31, 2026", or a release of a year by its end): so dated, they are the columns the prose's names are.
  const ownEnd = labelled ? (named && own.kind === 'duration' && own.months !== 12 ? (datedQuarterEnd(whole) ?? quarterEndByYearEnd(whole, own)) : periodEnd(labelled)) : null;
  for (const t of tables) for (const c of t.columns) if (c.period && label) c.period = c.nominal ? datedName(c.period, labelled!, ownEnd, calendarNames) : label(c.period);
  const quarter = labelled ? datedByRelease(labelled, labelled, ownEnd) : own;
  const dated = datedColumns(tables.flatMap((t) => t.columns).filter((c) => (!c.nominal || (label && ownEnd)) && c.period?.kind === 'duration').map((c) => c.period!));
  // A half or nine months the prose names that would end after the release's own quarter ("H1 FY27" read from January) is a fiscal name.
  // So is one named over two years ("Q3 2025/26", read as of an April–March year): dated as the release dates its own.
  const future = (p: Period) => p.kind === 'duration' && (((p.months === 6 || p.months === 9) && p.end > periodEnd(quarter)) || !!p.fiscal?.split);
  // A release of halves or years dates the fiscal names its sentences print ("FY25", "2H26") as it dates its columns.
  const columnPeriods = tables.flatMap((t) => t.columns.flatMap((c) => (c.period ? [c.period] : [])));
  const name = (p: Period, sentence = '') => {
    const n = label && fiscalNamed(p, sentence) ? datedName(p, quarter, ownEnd, calendarNames) : label ? proseName(p, dated, calendarNames, (q) => datedByRelease(q, quarter, ownEnd), spanDated(p, sentence) ? label : undefined) : proseNamed(p, periodNames, sentence);
    return label && n === p && future(p) ? datedName(p, quarter, ownEnd, calendarNames) : columnPeriod(n, columnPeriods, sentence);
  };
  const title = releaseTitle(blocks, lines, doc);
  const metrics: Release['metrics'] = new Map();
  const facts = quarterRates(yearToDateRows(tableFacts(doc, lines, tables, metrics), quarter), quarter, tables.flatMap((t) => t.columns.flatMap((c) => (c.period ? [c.period] : []))));
  const textBlocks = blocks.filter((b): b is TextBlock => b.kind !== 'table' && b.kind !== 'heading');
  // The segments its segment statements report ("Sears Canada"): sections so headed are theirs.
  const segments = new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.period && c.qualifier && !/^(?:non-gaap|adjusted|as adjusted|pro forma|core)$/i.test(c.qualifier) ? [c.qualifier.toLowerCase()] : []))));
  const { nonFigures, labelToMetric, blockFigures, placed } = narrativeFacts(doc, lines, textBlocks, quarter, facts, metrics, name, segments);
  statedWholes(lines, textBlocks, placed, facts, metrics);
  citeCellsBySentences(facts, MIN_QUOTE);
  for (const f of facts) citedOnLine(f, text, lines, read, Boolean(style));
  settleMinorUnits(facts, currency);
  homeDollars(facts, currency);
  settleSign(facts, currency);
  if (!facts.length) throw noFigures(doc, all, skipped, !found);
  checkFacts(doc, facts);
  const readText = readTexts(doc, lines, textBlocks, metrics, labelToMetric, blockFigures, termLeads(blocks, (t) => labelToMetric.has(slug(t)) || metrics.has(slug(t))));
  const texts = style ? readText.map((t) => asPrinted(t, lines, readLine(text, read))) : readText;
  const issuer = readIssuer(title, whole.slice(0, 20_000), currency);
  return { document: doc, format: text.format, title, issuer, quarter, facts, texts, metrics, tables, skipped, nonFigures, tableMismatches: mismatchesOf(tables, facts), periodNames, unreadFigures: unread, ...(decimal === ',' ? { decimalComma: true as const } : {}) };
}

/**
 * A release's sign for its home currency is settled for the whole release: a dollar issuer's amounts are
 * "$119.6 billion" (US$ stays for dollars beside another home currency), and a table's figures take the one
 * sign its prose prints ("Rs 812.30 crore" where the table's heading says only "Rs in crore").
 */
function settleSign(facts: Fact[], currency: string): void {
  const home = (f: Fact) => (f.unit.kind === 'money' || f.unit.kind === 'per_share') && f.unit.currency === currency;
  const printed = new Set(facts.flatMap((f) => (home(f) && 'symbol' in f.unit && f.unit.symbol ? [f.unit.symbol] : [])));
  const sign = currency === 'USD' ? '$' : printed.size === 1 ? [...printed][0]! : null;
  if (!sign) return;
  for (const f of facts) if (home(f) && (currency === 'USD' || !('symbol' in f.unit && f.unit.symbol))) f.unit = { ...f.unit, symbol: sign } as Fact['unit'];
}
