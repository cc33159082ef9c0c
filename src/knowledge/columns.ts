// A table's column header → the column's period, currency and kind. Periods are read by the one period
// grammar (shared with questions); what else the header says decides the column's kind: a figure
// column (maybe qualified: "Non-GAAP", "Adjusted"), or a column the reader leaves out by name (a change,
// a share of a total, an adjustment). A header with words the reader does not know makes the table
// unreadable rather than guessed at.
import { findPeriods } from './period-grammar.js';
import { MONTHS, parseDate, periodEnd, type Period } from './period.js';

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
}

export class TableSkip extends Error {
  constructor(
    public readonly line: number,
    public readonly reason: string,
  ) {
    super(reason);
  }
}

const CURRENCY: [RegExp, string][] = [
  [/\bRMB\b|\brenminbi\b|\bCNY\b/i, 'RMB'],
  [/\bUS\$|\bUSD\b|\$|\bdollars?\b/i, 'USD'],
  [/€|\bEUR\b|\beuros?\b/i, 'EUR'],
  [/£|\bGBP\b|\bpounds? sterling\b/i, 'GBP'],
  [/¥|\bJPY\b|\byen\b/i, 'JPY'],
  [/\bHK\$|\bHKD\b/i, 'HKD'],
];

/** The currency a header, cell or unit note names, or null. RMB before $ ("US$" beside RMB columns). */
export function currencyIn(text: string): string | null {
  for (const [re, code] of CURRENCY) if (re.test(text)) return code;
  return null;
}

const CHANGE = /\b(?:change|chg|increase|decrease|growth|yoy|y\/y|variance|constant currency|favou?rable|unfavou?rable)\b|%\s*(?:inc|dec|chg)/i;
const SHARE = /%\s*of\b|\bpercent(?:age)? of\b|\bas a % of\b|\bmargin\b/i;
const ADJUSTMENT = /^(?:adj\.?|adjustments?|reconciling items?|eliminations?)$/i;
const QUALIFIER = /\b(non-gaap|adjusted|as adjusted|pro forma|core)\b/i;
/** Words a period header may hold beside its period. */
const PERIOD_WORDS = new Set(['for', 'the', 'twenty', 'thirty', 'fifty', 'two', 'seven', 'weeks', 'week', 'period', 'periods', 'fiscal', 'three', 'six', 'nine', 'twelve', 'thirteen', 'fourteen', 'twenty-six', 'twenty-seven', 'thirty-nine', 'forty', 'fifty-two', 'fifty-three', 'months', 'month', 'weeks', 'week', 'ended', 'ending', 'quarter', 'quarters', 'first', 'second', 'third', 'fourth', 'fiscal', 'year', 'years', 'full', 'as', 'of', 'at', 'and', 'unaudited', 'audited', 'restated', 'reported', 'as reported', 'gaap', 'u.s.', 'us', 'period', 'actual', 'total', 'in', 'q1', 'q2', 'q3', 'q4', 'fy', 'ytd', 'year-to-date', ...MONTHS, ...MONTHS.map((m) => m.slice(0, 3))]);

/** "July 3, 2004 and June 28, 2003" over a year row "2004": the date of that year. */
function pickDated(h: string): string {
  const m = /([A-Z][a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d{2}))\s+and\s+([A-Z][a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d{2}))\s+((?:19|20)\d{2})\s*$/.exec(h);
  if (!m) return h;
  const chosen = m[2] === m[5] ? m[1]! : m[4] === m[5] ? m[3]! : null;
  return chosen ? `${h.slice(0, m.index)}${chosen}` : h;
}

/** The period a header names, with its own end date kept (a quarter ended December 30 ends on the 30th). */
function headerPeriod(h: string, current: Period): { period: Period; text: string } | null {
  if (!/\b(?:19|20)\d{2}\b|\bFY\s*'?\d{2}\b|\b[1-4]Q\s*'?\d{2}\b|\bQ[1-4]\s*'?\d{2}\b/i.test(h)) return null;
  const refs = findPeriods(h, current).filter((r) => r.kind === 'period');
  const ref = refs.find((r) => r.period.kind === 'duration') ?? refs[0];
  if (!ref || ref.kind !== 'period') return null;
  const period = ref.period;
  const date = parseDate(h);
  if (period.kind === 'duration' && date && Math.abs(Date.parse(date) - Date.parse(period.end)) <= 10 * 864e5) return { period: { ...period, end: date }, text: ref.text };
  return { period, text: ref.text };
}

/** Reads one column's header. `currency` is the column's from its cells or the table's unit note. */
export function readColumn(header: string, currency: string, current: Period, line: number): Column {
  const h = pickDated(header.replace(/\s+/g, ' ').trim());
  const cur = currencyIn(h.replace(/\(\d\)/g, '')) ?? currency;
  const base: Column = { period: null, currency: cur, header: h, qualifier: '' };
  if (CHANGE.test(h)) return { ...base, exclusion: 'a change column (changes are computed from the figures)' };
  if (SHARE.test(h)) return { ...base, exclusion: 'a share-of-total column' };
  if (/\badj(?:\.|ustments?\b)/i.test(h)) return { ...base, exclusion: 'an adjustments column' };
  const found = headerPeriod(h, current);
  // A year alone ("2021") does not say which twelve months (a fiscal year may end in May).
  if (found && /^\s*(?:(?:19|20)\d{2})\s*$/.test(h.replace(/\([^)]*\)|\*+/g, ''))) return { ...base, exclusion: 'a year alone does not say which period' };
  if (!found) {
    const rest = h.replace(/\([^)]*\)/g, '').trim();
    if (ADJUSTMENT.test(rest) || /\badj\./i.test(rest)) return { ...base, exclusion: 'an adjustments column' };
    return { ...base, exclusion: 'no period in the column header' };
  }
  const rest = h
    .replace(found.text, ' ')
    .replace(/\((?:\d{1,2}|[a-z]|\*+)\)|\*+/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b|\d{1,2},?/g, ' ')
    .replace(/US\$|RMB|USD|\$|€|£|¥|\b(?:in )?(?:thousands|millions|billions)\b|\bdollars\b/gi, ' ');
  const qualifier = QUALIFIER.exec(rest)?.[1] ?? '';
  const unknown = rest
    .replace(QUALIFIER, ' ')
    .toLowerCase()
    .split(/[\s,:;()\-–—/.]+/)
    .filter((w) => w && /[a-z]/.test(w) && !PERIOD_WORDS.has(w));
  if (unknown.length) throw new TableSkip(line, `column header "${h}" has words the reader does not know as a period or a kind of figure: ${unknown.join(' ')}`);
  return { ...base, period: found.period, ...(parseDate(h) ? {} : { nominal: true }), qualifier: qualifier.replace(/^non-gaap$/i, 'Non-GAAP').replace(/^adjusted$/i, 'Adjusted') };
}

/** The latest end a set of columns reaches: the reference for headers without a year. */
export function latestEnd(columns: Column[]): string {
  return columns.reduce((a, c) => (c.period && periodEnd(c.period) > a ? periodEnd(c.period) : a), '');
}
