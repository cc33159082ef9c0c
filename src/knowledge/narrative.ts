// Narrative text → figures. A sentence is read by the shape of its facts, not one template: figure
// mentions (prose/mentions), period mentions by the one period grammar (prose/periods), the metric
// phrase of each clause (prose/subject) and the relation cues between them (prose/relations), put
// together sentence by sentence (prose/sentence). Footnote marks of any form are blanked first.
import { lineAt, type TextBlock } from './blocks.js';
import { codeOfSign } from './currencies.js';
import { quoteOf } from './markup.js';
import { parseDate, periodEnd, periodKey, quarter, type Period } from './period.js';
import { blankMarks } from './prose/marks.js';
import { FORWARD, forwardLooking, readOutlook } from './prose/outlook.js';
import { allDatedAt } from './prose/dated-at.js';
import { FORWARD_HEADING, outlookHeading } from './prose/outlook-heading.js';
import { EARLIER_IN_BRACKETS } from './prose/bracketed-earlier.js';
import { tokens, unreadScaleReason, unsettledScales } from './prose/mentions.js';
import { unnamed } from './prose/names.js';
import { leadPart, sectionMarket } from './prose/parts.js';
import { actedAfter, asDated, clausePeriod } from './prose/periods.js';
import { SentenceReader } from './prose/sentence.js';
import type { BlockContext, NarrativeFigure, NonFigure } from './prose/types.js';

export type { NarrativeFigure, NonFigure };

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const split = new Map<string, { start: number; text: string }[]>();

/**
 * Where a clause ends and the next begins: a semicolon, a comma (with "and", "while" or "but"), or "and"
 * before a verb that looks ahead ("... in the quarter and expects to retire ...").
 */
const CLAUSE_BREAK = /\s*;\s*|,\s+(?:and\s+|while\s+|but\s+)?|\s+and\s+(?=(?:now\s+)?(?:expects?|anticipates?|raises?|reaffirms?|reiterates?)\b)/g;
/** An amount or a rate, not a date's or a period's number ("the quarter ending January 31, 2026"). */
const HAS_FIGURE = (t: string) => tokens(t).some((k) => k.currency || k.percent);

/**
 * Only a clause that states an expectation is guidance: "Diluted EPS of $0.84; the company now expects
 * $3.10 to $3.30", "Building on a margin of 14.2% in the quarter, the company expects 14.5% to 15.0%",
 * "retired $600 million of debt in the quarter and expects to retire an additional $200 million": the
 * figures before the first words that look ahead are read as results, the rest as outlook. The break taken
 * is the last before those words with a figure ahead of it ("For the full year, the company expects ..."
 * keeps its period with its figures).
 */
function readClauses(s: { start: number; text: string }, read: (c: { start: number; text: string }) => { figures: NarrativeFigure[]; nonFigures: NonFigure[] }) {
  const ahead = FORWARD.exec(s.text);
  const at = ahead ? [...s.text.matchAll(CLAUSE_BREAK)].filter((m) => m.index! < ahead.index && HAS_FIGURE(s.text.slice(0, m.index))).pop() : undefined;
  if (!at) return read(s);
  const next = at.index! + at[0].length;
  const [a, b] = [read({ start: s.start, text: s.text.slice(0, at.index) }), read({ start: s.start + next, text: s.text.slice(next) })];
  return { figures: [...a.figures, ...b.figures], nonFigures: [...a.nonFigures, ...b.nonFigures] };
}

/** The figures of a sentence about an act after the quarter, kept as statements. */
function asStatements(read: { figures: NarrativeFigure[]; nonFigures: NonFigure[] }): { figures: NarrativeFigure[]; nonFigures: NonFigure[] } {
  const reason = 'an act after the reported period with no date (a dividend declared after quarter end): kept as a statement';
  return { figures: [], nonFigures: [...read.nonFigures, ...read.figures.map((f) => ({ text: f.value.toString(), line: f.line, reason }))] };
}

/** The figures whose metric phrase names a line; the others (a fragment, "including", "up from the") kept as statements. */
function named(read: { figures: NarrativeFigure[]; nonFigures: NonFigure[] }): { figures: NarrativeFigure[]; nonFigures: NonFigure[] } {
  // ("restructuring charges of between $12 and $15 million": the phrase's "of" leads to its figure, no part of its name.)
  for (const f of read.figures) f.label = f.label.replace(/\s+of$/i, '');
  const figures = read.figures.filter((f) => !unnamed(f.label));
  const dropped = read.figures.filter((f) => unnamed(f.label)).map((f) => ({ text: f.value.toString(), line: f.line, reason: unnamed(f.label)! }));
  return { figures, nonFigures: [...read.nonFigures, ...dropped] };
}

/** Splits text into sentences, keeping abbreviations (Mr., Inc., U.S., a time's "a.m.", a hedge's "approx." or "c.") and decimals intact. */
export function sentences(text: string): { start: number; text: string }[] {
  const cached = split.get(text);
  if (cached) return cached;
  const out: { start: number; text: string }[] = [];
  // A release's lines are split again for each figure's quote: remember them (boundedly).
  if (split.size < 10_000) split.set(text, out);
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Inc|Co|Ltd|No|vs|adj|Adj|U\.S|[ap]\.m|approx|ca?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?]["”]?\s+(?=["“(]?[A-Z0-9])/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    // "Ps. 2,364.1 million", "Rs. 412 crore": a currency sign's full stop ends no sentence.
    if (m[0][0] === '.' && codeOfSign(/\S*$/.exec(text.slice(0, m.index! + 1))![0])) continue;
    const end = m.index! + m[0].trimEnd().length;
    out.push({ start, text: text.slice(start, end) });
    start = m.index! + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

/**
 * The plan a sentence's figures fall under: "(the "2024 Share Repurchase Plan")", "pursuant to the 2024
 * Share Repurchase Plan", "under its US$100 million share repurchase program".
 */
const TERM = /\(the ["“]([^"”]+)["”]\)|pursuant to the ([A-Z0-9][\w ]+Plan)|\bunder (?:its|the|our|their) (?:(?:US\$|\$|RMB\s?)[\d.,]+ (?:million|billion) )?((?:[a-z]+ ){0,3}(?:plan|program|programme|authori[sz]ation))\b/;

export interface NarrativeResult {
  figures: NarrativeFigure[];
  nonFigures: NonFigure[];
}

/**
 * Reads the figures of one text block. `releasePeriod` is the release's own quarter; `lead` the sentence that
 * introduces a list the block is an item of ("For the fourth quarter of fiscal 2027, the company expects:").
 */
export function readNarrative(block: TextBlock, releasePeriod: Period, segments: ReadonlySet<string> = new Set(), brackets: Brackets = {}, lead = ''): NarrativeResult {
  const ctx = { ...blockContext(block, releasePeriod), priorInBrackets: Boolean(brackets.prior) };
  const figures: NarrativeFigure[] = [];
  const nonFigures: NonFigure[] = [];
  const text = blankMarks(block.text);
  // A sentence that names no period of its own continues a span the sentence before named ("Fiscal
  // year 2022 GAAP operating income was $10.9 billion. Non-GAAP operating income was $19.6 billion.";
  // "Net sales for the twenty-six weeks ... increased 4.4%. Net income was $79.6 million").
  let carried = ctx;
  // The last sentence of the block that looks ahead: a guidance sentence naming no period guides the one it names.
  let before = '';
  for (const s of sentences(text)) {
    const prior = before;
    if (forwardLooking(s.text, block.section) || FORWARD.test(lead)) before = s.text;
    const own = asDated(clausePeriod(s.text, ctx.current), releasePeriod);
    const sctx = own ? ctx : carried;
    const carries = own?.kind === 'duration' && own.months > 3 ? { ...ctx, current: own } : own ? ctx : carried;
    // A sentence with no digit states no figure (every figure mention has one): only its period is read.
    if (!/\d/.test(s.text)) {
      carried = carries;
      continue;
    }
    // The plan or programme a sentence is about ("the 2024 Share Repurchase Plan") qualifies its figures.
    const termMatch = TERM.exec(s.text);
    const term = termMatch ? (termMatch[1] ?? termMatch[2] ?? termMatch[3])! : '';
    // Guidance is read apart: its figures are ranges for the period guided, never actuals.
    // A list's items look ahead where the sentence introducing them does ("... expects:").
    // (A clause whose figures are all balances at a date already reported, "the order backlog of EUR 4.870,3 million at 30 June 2026", states results.)
    const ahead = (c: { text: string }) => (forwardLooking(c.text, block.section) || FORWARD.test(lead)) && !allDatedAt(c.text, releasePeriod);
    // A board's act after the quarter ("On October 27, the Board declared a dividend of $0.24"): its figures are of
    // that day, never the quarter's; undated, they stay statements.
    const late = actedAfter(s.text, releasePeriod);
    const actx = late && late !== 'undated' ? { ...sctx, current: late } : sctx;
    const read = named(readClauses(s, (c) => (ahead(c) ? readOutlook(block, c, releasePeriod, lead, prior, brackets.earlier) : late === 'undated' ? asStatements(new SentenceReader(sctx, c, term).read()) : new SentenceReader(actx, c, term).read())));
    // Only a span the sentence dates a figure by carries on ("the Macintosh in 1984. ... 100,000 employees" is no 1984 headcount;
    // "5.61% from 6.12% a year earlier as underwriting introduced in 2023 took effect" dates no figure 2023).
    if (carries === ctx || read.figures.some((f) => periodKey(f.period) === periodKey(carries.current))) carried = carries;
    // Dated by default only (a heading naming the quarter is as weak: "Results for the Second Quarter" over a
    // half's figures): the tables may show it is a longer span's (undated-span.ts).
    if (!own && carried === ctx && periodKey(ctx.current) === periodKey(releasePeriod) && !late) for (const f of read.figures) f.undated = true;
    // "In the Americas, revenue increased 4.2%": the part's revenue, not the group's.
    const part = leadPart(s.text, ctx.current);
    if (part) for (const f of read.figures) if (!f.label.toLowerCase().includes(part.replace(/^the\s+/i, '').toLowerCase())) f.label = `${f.label} in ${part}`;
    figures.push(...read.figures);
    nonFigures.push(...read.nonFigures);
    for (const u of unsettledScales(s.text)) nonFigures.push({ text: s.text.slice(0, u.start + u.text.length).trim(), line: lineAt(block, s.start + u.start), reason: unreadScaleReason(u.word) });
  }
  // A section for a market or segment ("Business Highlights (China Market)") qualifies names that name none.
  const market = sectionMarket(block.section);
  if (market) for (const f of figures) if (!f.label.toLowerCase().includes(market.toLowerCase().split(/\s+/)[0]!)) f.label = `${f.label} in the ${market}`;
  // A section headed by a segment the tables report ("Sears Canada" over its paragraphs) is that segment's:
  // its figures are the segment's lines, never the company's.
  const segment = block.section.trim();
  if (segments.has(segment.toLowerCase())) for (const f of figures) if (!f.label.toLowerCase().includes(segment.toLowerCase())) f.label = `${segment} ${f.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
  return { figures, nonFigures };
}

/** What a release says its bracketed figures are: the prior year's (narrative), the earlier outlook (guidance rows). */
export interface Brackets {
  prior?: boolean;
  earlier?: boolean;
}

/** A release's own note that its bracketed figures are the prior year's: "Prior-year figures are shown in parentheses". */
const PRIOR_IN_BRACKETS = /\b(?:prior|previous)[- ]year(?:['’]s)? figures (?:are )?(?:shown |given |stated |presented )?in (?:parentheses|brackets)|\bfigures in (?:parentheses|brackets) (?:refer|relate|are)(?: to)? (?:the )?(?:corresponding|same|prior|previous)\b[^.]*\b(?:previous|prior|last) year\b/i;

export function inBrackets(blocks: TextBlock[]): Brackets {
  return { prior: blocks.some((b) => PRIOR_IN_BRACKETS.test(b.text)), earlier: blocks.some((b) => EARLIER_IN_BRACKETS.test(b.text)) };
}

/** A headline's words of its results, its clauses about the outlook left out ("... AND RAISES REVENUE OUTLOOK FOR 2026": 2026 is the outlook's year). */
const resultsOf = (section: string) => (outlookHeading(section) ? section : section.split(/[;,]|\band\b/i).filter((c) => !FORWARD_HEADING.test(c)).join(' '));

function blockContext(block: TextBlock, releasePeriod: Period): BlockContext {
  // The text under a heading for another period ("Full Year 2023 Financial Results") is of that period;
  // not under a report's name that spans the year to date ("Interim report January–June 2026"), which
  // covers the quarter too: there a figure's period is its sentence's, else the release's quarter.
  const named = asDated(clausePeriod(resultsOf(block.section), releasePeriod), releasePeriod);
  const reportName = named?.kind === 'duration' && named.months > 3 && named.months < 12 && named.end === periodEnd(releasePeriod) && /\breport\b/i.test(block.section);
  const current = (!reportName && named) || releasePeriod;
  const topic = /loan balance/i.test(block.text) ? 'outstanding loan balance' : /loan|volume/i.test(block.text) ? 'loan volume' : '';
  return { block, current, topic, about: /^about\b/i.test(block.section) };
}

/** A quarter dated by its end: "the thirteen weeks ended September 28, 2024" (UK: "13 weeks to 28 November 2026"), "the nine months ended December 31, 2026" (nine months to date end with the third quarter; six, a half-year, an interim period or a first half may be a release of halves; "the three and six months ended" dates the quarter first), "fourth quarter and fiscal year ended ...", "second quarter of fiscal 2026, ended July 31, 2025" (the date, not the fiscal name, says when). */
const DATED_QUARTER = /\b(?:quarter|thirteen[- ]weeks|13[- ]weeks|three(?:\s+and\s+(?:six|nine))?[- ]months|(?:(?:six|nine)[- ]months|half[- ]year|interim\s+period|first\s+half)(?=\s+end|\s+of\s+fiscal))(?:\s+\([^()]{1,20}\))?(?:\s+of\s+fiscal(?:\s+year)?\s+\d{4},?)?(?:\s+and\s+(?:the\s+)?(?:(?:fiscal|full|half)[- ]year|year|(?:six|nine)[- ]months|first\s+half)(?:\s+\([^()]{1,20}\))?)?\s+(?:ended|to)\s+([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})/;

const DATED_QUARTER_ANY_CASE = new RegExp(DATED_QUARTER.source, 'i');
// (In any case: a release's title may date its own span in capitals, "HALF-YEAR ENDED 31 DECEMBER 2025".)
const DATED_QUARTERS = new RegExp(DATED_QUARTER.source, 'gi');

/** The end date the release gives its own quarter ("the quarter and half year ended 30 September 2026"), or null. */
export function datedQuarterEnd(text: string): string | null {
  const m = DATED_QUARTER.exec(text) ?? DATED_QUARTER_ANY_CASE.exec(text);
  return parseDate(m?.[1] ?? '');
}

/**
 * The release's own quarter: "the first quarter ended March 31, 2024", else a quarter its text dates by
 * its end (a fiscal quarter keeps its own end date, so the fiscal calendar can name it), else null.
 */
export function releaseQuarter(text: string): Period | null {
  const m = /\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:ended\s+)?([A-Z][a-z]+\s+\d{1,2},?\s+)?(\d{4})/i.exec(text);
  if (m) return quarter(Number(m[3]), ORDINAL[m[1]!.toLowerCase()]!);
  // A release that dates only a half or nine months ("the six months ended 31 December 2025", "the half-year ended ...",
  // "the interim period ended ...") is of the latest such span (the first may be the comparative), never a quarter of it.
  const spans = [...text.matchAll(DATED_QUARTERS)].map((x) => ({ head: x[0], end: parseDate(x[1] ?? '') }));
  const span = spans.every((x) => !/^(?:quarter|thirteen|13|three)/i.test(x.head)) ? spans.sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0] : undefined;
  if (span?.end) return { kind: 'duration', months: /^nine/i.test(span.head) ? 9 : 6, end: span.end };
  const end = datedQuarterEnd(text);
  return end ? { kind: 'duration', months: 3, end } : null;
}

export { quoteOf };
