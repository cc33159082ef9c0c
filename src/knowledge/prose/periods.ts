// Period mentions in prose, read by the one period grammar (the questions' too), and the words that
// name a comparison's basis without naming a period ("year over year", "sequentially").
import { SIGN_SOURCE } from '../currencies.js';
import { datedName } from '../fiscal.js';
import { periodMentions, type PeriodMention } from '../period-grammar.js';
import { resolveRef } from '../period-resolvers.js';
import { periodEnd, priorQuarter, quarterOf, shift, yearAgo, endOf, type Period } from '../period.js';

/**
 * Grammar rules a sentence of a release does not use for a figure's period: "last year" (a full year
 * or the year-ago quarter?), a month alone, "the quarter" (the default anyway), a bare year (only in a
 * full-year context or with its preposition), "the December quarter" (of a fiscal issuer, named by
 * its calendar month, not its number: the release's own quarter by default), and what the release
 * cannot report.
 */
const UNUSED = /^(?:last year|month alone|this quarter|bare year|trailing twelve months|calendar-month quarter)/;
/** Words before a date or period that make it the other side of a comparison, not the figure's own. */
/** ("Decreased 0.7 percent from comparable store net sales for the prior year 13-week period ended ...": the other side named again.) */
const COMPARED = /\b(?:(?:from|since|than|compared\s+(?:to|with)|versus|vs\.?|over|on)\s+(?:the\s+)?(?:(?:number|level|figure)\s+(?:of|as of)\s+)?|(?:from|than|compared\s+(?:to|with))\s+(?:[a-z][a-z'’-]*\s+){1,6}(?:for|in|during)\s+(?:the\s+)?(?:(?:prior|previous|last)[- ]year\s+|same\s+|comparable\s+)?)$/i;
/**
 * A period that dates the other side's figure: "improving from 93.8% in 3Q2024", "compared with EUR 1.2 billion at 30 June 2025",
 * "compared with $69.4 million, or $1.36 per diluted share, in ...", "Rs 256.52 crore against Rs 162.60 crore in Q2 FY26" (as
 * Indian releases set a figure against its comparative, in crore or lakh).
 */
const COMPARED_FIGURE = new RegExp(String.raw`\b(?:from|since|than|compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:${SIGN_SOURCE}\s?)?[-\d.,]*\d%?(?:\s?(?:million|billion|bn|mn|m|crores?|cr|lakhs?|bps|basis points|percent))?(?:,?\s+or\s+[^,;]{1,40}?,?)?\s+(?:in|for|at|as of|on)\s+(?:the\s+)?$`, 'i');
/**
 * A period inside a bracket that opens on another figure: "168,420 million yen (162,905 million yen at March 31, 2026)",
 * "$0.11 per share ($0.10 in Q3 2025)", "2.84% (vs. 2.61% at December 31, 2025)": the bracket's figure's, never the one before it.
 */
export const BRACKETED_FIGURE = new RegExp(String.raw`\(\s*(?:(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+)?(?:${SIGN_SOURCE}\s?)?[-\d.,]*\d%?(?:\s?(?:million|billion|thousand|trillion|bn|mn|m|crores?|cr|lakhs?|bps|basis points|percent))?(?:\s+(?!of\b)[a-z]+){0,3}\s+(?:in|for|at|as at|as of|on)\s+(?:the\s+)?$`, 'i');
/** Words before a date that make it the date of an act ("a program announced in August 2024", "underwriting introduced in 2023", "payable December 13"), not the figure's period. */
// (And a plan's term: "a programme ... running until 31 December 2026", "available for further purchases through to 30 June
// 2028", dates no figure bought or left under it.)
const ACTED = /\b(?:(?:announced|approved|authori[sz]ed|adopted|launched|introduced|implemented|enacted|rolled\s+out|declared|payable|paid|effective|expiring|dated)\s+(?:(?:on|in|as of|from)\s+)?|(?:running|runs|valid|lasting)\s+(?:until|through|till|to)\s+|(?:purchases|buy-?backs?|repurchases)\s+(?:through\s+to|until|till)\s+)(?:the\s+)?$/i;
/** After a date, its clause's act ("In March 2026 the Group launched a programme of up to £25m"): the act's date, no figure's period. */
const ACT_FOLLOWS = /^\s*,?\s*(?:the\s+)?(?:[\w&'’.-]+\s+){0,4}?(?:announced|approved|authori[sz]ed|adopted|launched|declared|commenced|initiated)\b/i;
/** After a date, what makes it a dateline's ("PROVIDENCE, R.I., October 20, 2026 — ...", "May 5, 2025 /PRNewswire/"): the day of the release, no figure's period. */
const DATELINE = /^\s*(?:\*{1,2}|<\/b>)?\s*(?:[—–]|--|-\s|\/\s*[A-Z])/;
/** A period that labels a bracketed comparison: "(December 31, 2023: 39.8%)", "(Q3 2023: EUR 1,180 million)". */
export const BRACKET_LABEL = /\(\s*([^():]{2,40}?)\s*:\s*$/;
/** A whole bracketed comparison labelled by its period, "(Q2 FY26 interim: ₹3.00)": it dates the figure inside it, never one before it. */
export const LABELLED_BRACKET = /\(\s*[^():]{2,40}?\s*:[^()]*\)/g;

/**
 * Whether the figure `t` opens a bracket that closes on its own period ("168,420 million yen (162,905 million yen at March 31,
 * 2026)", "$0.11 per share ($0.10 in Q3 2025)"): a figure of that period, neither a translation nor of the figure before it.
 */
export function datedBracket(text: string, t: { start: number; end: number }, pre: string, anchor: Period): boolean {
  const close = text.indexOf(')', t.end);
  if (!/\(\s*$/.test(pre) || close < 0) return false;
  const inside = text.slice(text.lastIndexOf('(', t.start), close);
  return prosePeriods(inside, anchor).some((p) => BRACKETED_FIGURE.test(inside.slice(0, p.start)) && !inside.slice(p.end).trim());
}

/** Basis words: a change "year over year" is against the year-ago period; "sequentially" the prior quarter. */
const BASIS: [RegExp, (p: Period) => Period][] = [
  [/\b(?:year[- ](?:over|on)[- ]year|yoy|prior[- ]year|annual(?:ly)? (?:growth|increase|decrease))\b/i, yearAgo],
  [/\b(?:quarter[- ](?:over|on)[- ]quarter|qoq|sequential(?:ly)?|from the (?:previous|prior|preceding) quarter)\b/i, (p) => (p.kind === 'instant' ? endOf(priorQuarter(quarterOf(p))) : priorQuarter(p))],
];

export interface ProsePeriod {
  start: number;
  end: number;
  period: Period;
  /** True for "the same period of 2023", "a year ago": relative to the figure it is said of. */
  relative: boolean;
  /** A date with no year ("July 22", a dateline's): the last choice for a figure's own period. */
  yearless?: boolean;
}

/** The periods a text names, resolved against `anchor` (the period of the figure they are said of). */
export function prosePeriods(text: string, anchor: Period, wholeYears = anchor.kind === 'duration' && anchor.months === 12): ProsePeriod[] {
  const out: ProsePeriod[] = [];
  for (const m of periodMentions(text, anchor)) {
    // A bare year is a full year beside full years, or with its preposition ("during 2023").
    // "during the trailing twelve months": the twelve months ending with the release's period.
    if (/^trailing twelve months/.test(m.rule) && anchor.kind === 'duration') {
      out.push({ start: m.start, end: m.end, period: { kind: 'duration', end: anchor.end, months: 12 }, relative: false });
      continue;
    }
    if (UNUSED.test(m.rule) && !(/^bare year/.test(m.rule) && (wholeYears || /^(?:in|for|during)\s/i.test(m.ref.text)))) continue;
    if (/^annual/i.test(m.ref.text) || m.ref.kind === 'unsupported') continue;
    const period = resolveMention(m, anchor);
    const yearless = /^date:/.test(m.rule) && !/\d{4}/.test(m.ref.text);
    if (period) out.push({ start: m.start, end: m.end, period, relative: (m.ref.kind === 'relative' && m.ref.shift !== 'period_end') || /^same period of a year/.test(m.rule), ...(yearless ? { yearless } : {}) });
  }
  return out;
}

function resolveMention(m: PeriodMention, anchor: Period): Period | null {
  // "The same period of 2023" is the anchor's own kind of period, that year: a balance's date, a
  // half-year's half, not always a quarter.
  if (/^same period of a year/.test(m.rule)) {
    const year = Number(/(\d{4})/.exec(m.ref.text)![1]);
    return shift(anchor, (Number(periodEnd(anchor).slice(0, 4)) - year) * 12);
  }
  return resolveRef(m.ref, anchor);
}

/**
 * The period a bracketed comparison's label names ("Q1 2025", "prior year", "December 31, 2023"), said of a figure
 * of `anchor`. A year alone beside a shorter span ("39 weeks ... (2025/26: £251.4m)") is no year's figure: null.
 */
export function labelPeriod(label: string, anchor: Period): Period | null {
  // ("pcp", "prior corresponding period": Australian releases' name for the same span a year earlier.)
  const prior = /^(?:prior|previous|last)[- ]year(?:['’]s)?(?:\s+(?:period|quarter))?$|^(?:py|ly|pcp)$|^(?:the\s+)?prior corresponding (?:period|half|year)$/i.test(label.trim());
  const whole = anchor.kind === 'duration' && anchor.months === 12;
  if (prior) return anchor.kind === 'duration' ? yearAgo(anchor) : null;
  if (!whole && /^(?:19|20)\d{2}(?:\s*\/\s*\d{2})?$/.test(label.trim())) return null;
  const named = clausePeriod(label, anchor, whole);
  return named && !whole && anchor.kind === 'duration' && named.kind === 'duration' && named.months === 12 ? priorSpan(named, anchor) : named;
}

/**
 * A fiscal year named alone beside a shorter span, "interim dividend of 3.10p (FY26: 2.85p)": the comparative, that span of
 * the year before the figure's; never the whole year (its figure would be dated as a year's). Any other year: null.
 */
function priorSpan(year: Period & { kind: 'duration' }, anchor: Period & { kind: 'duration' }): Period | null {
  const own = anchor.fiscal?.year ?? Number(anchor.end.slice(0, 4));
  return (year.fiscal?.year ?? Number(year.end.slice(0, 4))) === own - 1 ? yearAgo(anchor) : null;
}

/** The first period a text names (a comparison's, after its figure), else the basis its words name; never an act's date ("a format introduced in 2025"). */
export function firstPeriod(text: string, anchor: Period): Period | null {
  return prosePeriods(text, anchor).find((p) => !ACTED.test(text.slice(Math.max(0, p.start - 90), p.start)))?.period ?? basisOf(text, anchor);
}

/** The basis a change's words name ("year over year", "sequentially"), relative to `anchor`. */
export function basisOf(text: string, anchor: Period): Period | null {
  for (const [re, to] of BASIS) if (re.test(text)) return to(anchor);
  return null;
}

const RANK = (p: ProsePeriod): number => (p.yearless ? 6 : p.relative ? 5 : p.period.kind === 'instant' ? 0 : p.period.months === 3 ? 1 : p.period.months === 12 ? 3 : 2);

/**
 * The period a clause names for its own figure ("as of March 31, 2024", "in the first quarter of
 * 2024", "for the first half of 2024"): a date before a quarter, a quarter before a span; never the
 * other side of a comparison ("from June 30, 2023", "compared with the first quarter").
 */
export function clausePeriod(text: string, current: Period, wholeYears?: boolean): Period | null {
  const own = prosePeriods(text, current, wholeYears).filter((p) => !p.relative && ![COMPARED, COMPARED_FIGURE, BRACKETED_FIGURE, ACTED].some((re) => re.test(text.slice(Math.max(0, p.start - 90), p.start))) && !labelsBracket(text, p) && !(p.period.kind === 'instant' && DATELINE.test(text.slice(p.end))) && !ACT_FOLLOWS.test(text.slice(p.end)));
  return own.sort((a, b) => RANK(a) - RANK(b))[0]?.period ?? null;
}

/** Where a new clause of a sentence starts: ", and net income was". */
export const CLAUSE_BREAK = /,\s+(?:and|while|but|whereas)\s/gi;

/**
 * The words of a text's last clause, after its last ";" or ", and": a period before either dated the figure before it
 * ("... than the Ps. 38,806.2 million of the first half of 2025, and net income was ...").
 */
export function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(';'), ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length - 1)) + 1);
}

/** The release's quarter said in words, which the grammar leaves to the default (UNUSED): "in the quarter", "this quarter". */
const OWN_QUARTER = /\b(?:in|during|for|over|this|the current)\s+(?:the\s+)?quarter\b(?!\s+(?:before|ago|earlier|ended|ending|of)\b)/i;

/**
 * The quarter a clause names in words alone ("repurchased 0.34 million shares in the quarter at an average price of $9.12 per
 * share, and 2.41 million shares for $21,830 in the first nine months"): `current` where it is a quarter, so that a span
 * another clause names never dates this clause's figures; else null.
 */
export function quarterInWords(clause: string, current: Period): Period | null {
  return current.kind === 'duration' && current.months === 3 && OWN_QUARTER.test(clause) ? current : null;
}

/** Whether a period stands inside an open bracket before a colon: the other side's label, "(Q3 2023: 4.1%)". */
function labelsBracket(text: string, p: ProsePeriod): boolean {
  const before = text.slice(0, p.start);
  return /^\s*:/.test(text.slice(p.end)) && before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Where a period phrase ends a name ("net sales for the 13-week fiscal quarter ended November 2, 2024"), the name without it. */
export function withoutTrailingPeriod(label: string): string {
  // "for the first nine months of 2024": the year, then the span.
  for (let prev = ''; prev !== label; ) {
    prev = label;
    label = trailingPeriodCut(label);
  }
  return label;
}

function trailingPeriodCut(label: string): string {
  const anchor: Period = { kind: 'duration', end: '2000-03-31', months: 3 };
  const last = periodMentions(label, anchor).at(-1);
  if (!last || label.slice(last.end).trim() || last.start === 0) return label;
  // With what the period's words leave behind: "for the 13-week fiscal (quarter ended ...)".
  return label.slice(0, last.start).replace(/\s+(?:(?:for|in|during|as of|as at|at|of)\s+)?(?:the\s+)?(?:(?:first|last|past)\s+)?(?:(?:\d+|[a-z]+(?:-[a-z]+)?)[- ]weeks?\s+)?(?:fiscal\s*)?$/i, '').trim();
}

/**
 * A quarter's fiscal name read from the months of a calendar year ("Q2 FY27" of an April–March year would end
 * June 2027) ends after the release's own quarter: it is dated as the release dates its quarter, so its figures and the
 * bases of its stated changes ("up 19.0% YoY and 9.5% QoQ") are the quarters the release means.
 */
export function asDated(p: Period | null, releasePeriod: Period): Period | null {
  if (!p || p.kind !== 'duration' || p.months !== 3 || releasePeriod.kind !== 'duration' || !releasePeriod.fiscal || periodEnd(p) <= periodEnd(releasePeriod)) return p;
  return datedName(p, releasePeriod, periodEnd(releasePeriod), !!releasePeriod.fiscal.calendar);
}

/** A board's act: what it declares, approves or authorises (a dividend, a buyback) is of the day it acts. */
const DECLARING = /\b(?:declar|approv|authori[sz]|adopt)(?:e|es|ed|ing)\b/i;
/** An act after the reported period, in words: "Subsequent to quarter end", "after the end of the quarter". */
const SUBSEQUENT = /\b(?:subsequent(?:ly)? to|after|following)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:quarter|period|(?:fiscal\s+)?year|half)(?:[- ]end)?\b/i;
/** Words that date an act: "On October 27, 2026, the Board declared", "declared on October 27, 2026" (not "payable on", "of record on"). */
const ACT_DATE = /(?:^|(?<!\b(?:record|payable|paid|effective|expir\w*|due|business|distributed|settled|closing)\s+)\b(?:on|dated)\s+|\b(?:declar|approv|authori[sz]|adopt)ed\s+(?:on\s+)?)$/i;

/**
 * The day of a board's act after the reported period ends ("On October 27, 2026, the Board declared a quarterly
 * dividend of $0.24 per share"): its figures are that day's, not the period's. "undated" for an act said to follow
 * the period with no date ("Subsequent to quarter end"), null for none.
 */
export function actedAfter(text: string, reported: Period): Period | 'undated' | null {
  if (!DECLARING.test(text)) return null;
  const day = prosePeriods(text, reported).find((p) => p.period.kind === 'instant' && !p.yearless && p.period.date > periodEnd(reported) && ACT_DATE.test(text.slice(Math.max(0, p.start - 40), p.start).trimEnd() + (p.start ? ' ' : '')) && !DATELINE.test(text.slice(p.end)));
  return day?.period ?? (SUBSEQUENT.test(text) ? 'undated' : null);
}

/** A change's words ending on the day it is measured from: "from June 30, 2026", "since December 31". */
const FROM_DAY = /\b(?:from|since)\s+(?:the\s+)?$/i;

/**
 * Whether the clause after a change ("up $314.3 million, or 6.4% annualized, from June 30, 2026") measures it from a
 * day: what changed is then a balance, held at its period's end, never a flow of the quarter.
 */
export function changedFromDay(clause: string, anchor: Period): boolean {
  const first = prosePeriods(clause, anchor)[0];
  return first?.period.kind === 'instant' && FROM_DAY.test(clause.slice(0, first.start));
}
