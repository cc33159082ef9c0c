// What the lines just above a table tell of it: a caption naming its columns' length ("Three months ended:"),
// or, in a text with no headings, a short line of its own that is its title ("2026 GUIDANCE").
import type { Block } from './blocks.js';
import { stripMarkup } from './markup.js';
import { parseDate } from './period.js';
import { chunks } from './text-columns.js';
import { RULE_LINE } from './text-figures.js';
import { unitFree } from './row-units.js';

/** A line that names only how long the columns below run: "Three months ended:", "For the 13 weeks ended". */
const PERIOD_CAPTION = /^(?:for the\s+)?(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[- ](?:months?|weeks?)\s+(?:ended|ending)\s*(?:\(unaudited\))?\s*:?$/i;

/** Words by which a header names its own period's length or kind, leaving a caption above nothing to add. */
const LENGTH_WORDS = /\b(?:months?|weeks?|quarters?|years?|ended|ending|as of|at|Q[1-4]|[1-4]Q|FY|H[12]|YTD)\b/i;

/** A column header under a caption: one that gives only a date ("June 30, 2025") is headed by it ("Three months ended June 30, 2025"). */
export const captioned = (header: string, caption?: string) => (caption && parseDate(header) && !LENGTH_WORDS.test(header) ? `${caption} ${header.trim()}` : header);

/** A span named in a table's title by its length and end day, its year left to the columns ("six months ended June 30, dollars in millions"). */
const TITLE_SPAN = /\b(?:(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[- ](?:months?|weeks?)|(?:fiscal\s+)?(?:quarters?|years?))\s+(?:ended|ending)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s*(?:19|20)\d{2})/i;

/**
 * A column headed by a year alone ("2026") under a title that names the span and its end day but no year: that
 * span in that year ("six months ended June 30, 2026"). Any other header is kept as printed, but for a fiscal name
 * with no year under a title of one fiscal year (below).
 */
export function yearUnderTitle(header: string, title: string): string {
  const year = /^\s*((?:19|20)\d{2})\s*(?:\(unaudited\))?\s*$/i.exec(header)?.[1];
  const span = year ? TITLE_SPAN.exec(title)?.[0] : undefined;
  if (span) return `${span}, ${year}`;
  // A fiscal quarter or half named with no year ("2Q (Jul-Sep)") under a title naming one fiscal year ("QUARTERLY TREND
  // (FY2025, three-month periods)"): that year's ("2Q FY2025 (Jul-Sep)"), dated as the release dates its fiscal names.
  const name = /^\s*([1-4]Q|Q[1-4]|[12]H|H[12])(\s*\([^()]*\))?\s*$/i.exec(header);
  const years = [...new Set([...title.matchAll(/\bFY\s?((?:19|20)\d{2})\b/gi)].map((m) => m[1]))];
  return name && years.length === 1 ? `${name[1]} FY${years[0]}${name[2] ?? ''}` : header;
}

/** The caption the block before a table gives its columns, if that block is one (a paragraph of a period length only). */
export function captionOf(before: Block | undefined): { caption?: string } {
  const text = before?.kind === 'paragraph' ? stripMarkup(before.text).trim() : '';
  return PERIOD_CAPTION.test(text) ? { caption: text.replace(/\s*(?:\(unaudited\))?\s*:?$/i, '') } : {};
}

/** In a text with no headings, a short line of its own right above the table ("2026 GUIDANCE") is its title. */
export function lineTitle(before: Block | undefined, blankRun: number): string {
  return blankRun <= 1 && before?.kind === 'paragraph' && before.segments.length === 1 && before.text.length <= 60 && !/[.:;!?]$/.test(before.text) ? before.text : '';
}

/** A span by its length and end date, as a table's top-left cell states it ("£ million, 39 weeks to 21 November 2026"). */
const SPAN = String.raw`\b(?:three|six|nine|thirteen|twenty-six|thirty-nine|\d{1,2})[- ](?:months?|weeks?)\s+(?:ended|ending|to)\s+(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d{2}|[a-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\b`;
const YTD = String.raw`\b(?:ytd|year[-\s]to[-\s]date)\b`;
/** (Only a span the text itself calls the year to date, beside it: a quarter's heading over a "Q3 | YTD" table dates no YTD.) */
const STUB_SPAN = new RegExp(`(${SPAN})\\s*[(,:]?\\s*${YTD}|${YTD}\\s*[(,:]?\\s*(${SPAN})`, 'i');

/**
 * A column headed only as a year to date ("YTD FY27") under a top-left cell that states the span ("39 weeks to
 * 21 November 2026 (year to date)"): headed by that span, as counting months to the date would misdate a fiscal year's.
 */
export function spanOverYearToDate(header: string, stub: string): string {
  const m = new RegExp(YTD, 'i').test(header) && !parseDate(header) ? STUB_SPAN.exec(stub) : null;
  const span = m?.[1] ?? m?.[2];
  return span ? `${span} ${header.trim()}` : header;
}

/**
 * The measure a table's label column is headed by ("Underlying EBITDA | 1H FY26 | 1H FY25"), where it is one of the
 * measures the heading over the table joins ("Revenue and underlying EBITDA by segment" over a table of revenue, then
 * one of EBITDA, by segment): what this table's lines measure, its title. '' for any other corner ("Format" under
 * "REVENUES BY FORMAT" names the lines' kind, not their measure).
 */
export function joinedMeasure(corner: string, heading: string): string {
  const name = corner.replace(/:$/, '').trim().toLowerCase();
  const measures = heading.replace(/\s+(?:by|per)\s.*$/i, '').split(/\s*(?:,|&|\band\b)\s*/i);
  return name && measures.length > 1 && measures.some((m) => m.toLowerCase() === name) ? corner.replace(/:$/, '').trim() : '';
}

/**
 * A fixed-width table's corner: the one chunk in the label column of its last header line, over its figure columns.
 * (A line of units alone under the headers, "£m  £m  %", is no header line: the corner stands on the line above it.)
 */
export function textCorner(headers: string[], labelEnd: number): string {
  const units = (l: string) => chunks(l).every((c) => c.start > labelEnd && unitFree(`x (${c.text})`) === 'x');
  const last = headers.filter((l) => l.trim() && !RULE_LINE.test(l) && !units(l)).at(-1) ?? '';
  const spans = chunks(last);
  const own = spans.filter((c) => c.end <= labelEnd);
  return own.length === 1 && spans.length > 1 ? own[0]!.text : '';
}
