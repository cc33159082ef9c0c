// Narrative text → figures. A sentence is read by the shape of its facts, not one template: a metric
// phrase, a figure with its unit, the period it belongs to, and comparisons ("compared to X in the same
// period of 2023", "an increase of 12.5% from X a year ago", "between X and Y"). Numbers that are not
// figures (dates, years, times, product names) are classified, so coverage can account for every number.
import { Decimal } from 'decimal.js';
import type { Unit } from './fact.js';
import { lineAt, type TextBlock } from './blocks.js';
import { SCALE_WORDS, parseNumber } from './numbers.js';
import { MONTHS, endOf, monthNumber, parseDate, priorQuarter, quarter, quarterEnding, yearAgo, type Period } from './period.js';
import { quoteOf } from './markup.js';

export interface NarrativeFigure {
  label: string;
  period: Period;
  value: Decimal;
  unit: Unit;
  decimals: number;
  role: 'value' | 'change' | 'low' | 'high';
  line: number;
  sentence: string;
  /** For stated changes: the period compared against. */
  basis?: Period;
  /** Offset of the figure in its line's sentence, to find the footnote marks that follow it. */
  offset: number;
}

/** A number in the text that is deliberately not a figure, with the reason. */
export interface NonFigure {
  text: string;
  line: number;
  reason: string;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const SPAN = /\b(three|six|nine|twelve|3|6|9|12)[- ]months?\s+ended\s+([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/;
const SPAN_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };
const MONTH_RE = MONTHS.map((m) => m.slice(0, 3)).join('|');
// A number with its currency, scale and percent sign. "US$575.2 million", "RMB-2.2 million", "3.35%".
const NUMBER = new RegExp(
  String.raw`(?:(RMB|US\$|USD|\$)\s?(?=-?\d)|(?<![\w.-]))(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\s?(?:thousand|million|billion)s?(?![a-z]))?(\s?%|\s?percent\b)?`,
  'gi',
);
const COUNT_NOUN = /^\s*(?:["“]?[A-Za-z-]+["”]?\s+){0,3}?(loans?|partners?|users?|consumers?|borrowers?|ADSs?|shares?|customers?|employees?|merchants?|institutions?)\b/i;

interface Token {
  start: number;
  end: number;
  text: string;
  currency: 'RMB' | 'USD' | null;
  value: Decimal;
  decimals: number;
  scale: number;
  percent: boolean;
}

const split = new Map<string, { start: number; text: string }[]>();

/** Splits text into sentences, keeping abbreviations (Mr., Inc., U.S.) and decimals intact. */
export function sentences(text: string): { start: number; text: string }[] {
  const cached = split.get(text);
  if (cached) return cached;
  const out: { start: number; text: string }[] = [];
  // A release's lines are split again for each figure's quote: remember them (boundedly).
  if (split.size < 10_000) split.set(text, out);
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Inc|Co|Ltd|No|vs|U\.S|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?]["”]?\s+(?=["“(]?[A-Z0-9])/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].trimEnd().length;
    out.push({ start, text: text.slice(start, end) });
    start = m.index! + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const cur = m[1] ? (m[1].toUpperCase() === 'RMB' ? 'RMB' : 'USD') : null;
    const { value, decimals } = parseNumber(m[2]!);
    const scaleWord = (m[3] ?? '').trim().toLowerCase();
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      currency: cur,
      value,
      decimals,
      scale: scaleWord ? SCALE_WORDS[scaleWord]! : 1,
      percent: Boolean(m[4]),
    });
  }
  return out;
}

/** Why a number is not a figure, or null when it is one. */
function notAFigure(sentence: string, t: Token): string | null {
  if (t.currency || t.percent || t.scale > 1) return null;
  const before = sentence.slice(Math.max(0, t.start - 12), t.start);
  const after = sentence.slice(t.end, t.end + 40);
  const word = `${/\S*$/.exec(sentence.slice(0, t.start))![0]}${t.text}${/^\S*/.exec(sentence.slice(t.end))![0]}`;
  if (/@|:\/\/|\bwww\.|\w\.(?:com|cn|net|org|tech|hk)\b/i.test(word)) return 'part of a web or e-mail address';
  if (new RegExp(`\\b(${MONTH_RE})[a-z]*\\.?\\s*$`, 'i').test(before) || new RegExp(`^\\s*(${MONTH_RE})`, 'i').test(after)) return 'a date';
  if (/^(19|20)\d{2}$/.test(t.text.trim())) return 'a year';
  if (/^:\d\d|^\s*(AM|PM)\b/i.test(after) || /\d:\s*$/.test(before)) return 'a time of day';
  if (/^[-\s]*(?:calendar\s+)?(month|minute|day|hour|year)s?\b(?!\+|\s+(?:delinquency|collection)\b)/i.test(after) && !/^\s*months\b.*?(?:compared|in the)/i.test(after)) return 'a duration or time window in prose';
  if (/^\s*(?:to|-|–)\s*\d+\s+(?:calendar\s+)?days?\b/i.test(after)) return 'a duration or time window in prose';
  if (/^\s*months?\b/i.test(after)) return null;
  if (/^[-\s]*(day|dpd)\b/i.test(after)) return 'part of a metric name (e.g. "90 day+", "Day-1", "30-day")';
  if (/\b(NASDAQ|HKEx|H\.|Rule|Section)[:\s]*$/i.test(before) || /^\.\d+\b/.test(after)) return 'a ticker, code or reference';
  if (/^\s*["“]?[A-Z][a-z]+["”]?\s*(APP|app)\b|^\s+Jietiao/.test(after)) return 'part of a product name';
  if (/^\s*US\$?$/.test(before) || /^\s*(to|per)\s*$/.test(after)) return null;
  if (COUNT_NOUN.test(after)) return null;
  return 'a number in prose that names no figure (a list mark, an ordinal, a name)';
}

const CHANGE_BEFORE = /(?:an?\s+)?(?:year-(?:over|on)-year\s+|sequential\s+)?(increase|decrease|growth|decline|rise|drop|gain|fall)\s+of\s*$|\b(up|down|grew|rose|fell|declined|increased|decreased)(?:\s+by)?\s*$/i;
/** Between two stated changes: "7.6% year-over-year and 7.1% quarter-over-quarter". */
const CHAINED = /^\s*(?:(?:year|quarter)[-\s](?:over|on)[-\s](?:year|quarter)|yoy|qoq|sequentially)?\s*(?:,\s*)?and\s*$/i;
const COMPARE_BEFORE = /(compared\s+(?:to|with)|from|versus|vs\.?|against)\s*$/i;
const RANGE_LOW = /\bbetween\s*$/i;
const AND = /^\s*,?\s*(?:and|to|-|–)\s*$/i;

/** The period a phrase names, relative to the release's quarter; null when it names none. */
export function periodPhrase(text: string, current: Period): Period | null {
  const t = text.toLowerCase();
  const asOf = /\bas of\s+([a-z]+\.?\s+\d{1,2},?\s+\d{4})/.exec(t);
  if (asOf) {
    const d = parseDate(asOf[1]!);
    if (d) return { kind: 'instant', date: d };
  }
  const q = /\b(first|second|third|fourth)\s+quarter(?:\s+(?:of|ended\s+[a-z]+\s+\d{1,2},?))?\s+(\d{4})/.exec(t);
  if (q) return quarter(Number(q[2]), ORDINAL[q[1]!]!);
  // "Our fourth quarter revenue": the latest such quarter by the period spoken of.
  const bare = /\b(first|second|third|fourth)\s+quarter\b/.exec(t);
  if (bare) {
    const end = current.kind === 'duration' ? current.end : current.date;
    const n = ORDINAL[bare[1]!]!;
    const y = Number(end.slice(0, 4));
    const same = quarter(y, n);
    return same.kind === 'duration' && same.end <= end ? same : quarter(y - 1, n);
  }
  // "the six months ended June 30, 2024", "the first half of 2024": a span of months, not the quarter.
  // Without a year, the span ends in the release's own year.
  const span = SPAN.exec(t);
  if (span) {
    const month = monthNumber(span[2]!);
    const year = span[4] ? Number(span[4]) : Number((current.kind === 'duration' ? current.end : current.date).slice(0, 4));
    const end = month ? quarterEnding(year, month) : null;
    if (end?.kind === 'duration') return { kind: 'duration', end: end.end, months: SPAN_MONTHS[span[1]!]! };
  }
  // "For the full year 2024", "the year ended December 31, 2023", "fiscal year 2023".
  const fullYear = /\b(?:full|fiscal)[- ]year(?:\s+of)?\s+(\d{4})\b|\byear ended december 31,?\s+(\d{4})\b/.exec(t);
  if (fullYear) return { kind: 'duration', end: `${fullYear[1] ?? fullYear[2]}-12-31`, months: 12 };
  // Beside a full year, "in 2022" is the year 2022.
  const bareYear = current.kind === 'duration' && current.months === 12 ? /\b(?:in|for|of)\s+((?:19|20)\d{2})\b(?!\s*(?:q[1-4]|quarter|-))/.exec(t) : null;
  if (bareYear) return { kind: 'duration', end: `${bareYear[1]}-12-31`, months: 12 };
  const half = /\b(first|second) half of (?:the year\s+)?(\d{4})\b/.exec(t);
  if (half) return { kind: 'duration', end: half[1] === 'first' ? `${half[2]}-06-30` : `${half[2]}-12-31`, months: 6 };
  if (/\bsame (?:period|quarter) (?:of|in|last)\s*(?:\d{4}|year)|\ba year (?:ago|earlier)|\bprior[- ]year\b|\byear[- ](?:over|on)[- ]year\b/.test(t)) return yearAgo(current);
  if (/\b(?:prior|previous|last|preceding) quarter\b|\bsequential|\bquarter[- ](?:over|on)[- ]quarter\b/.test(t)) return priorQuarter(current);
  if (/\bat the (?:quarter|period) end(?:ing)?\b|\bat the end of the (?:quarter|period)\b/.test(t)) return endOf(current);
  return null;
}

const LEAD_IN = /^\s*(?:and|but|while|(?:in|during|for|as of|out of|on)\b(?:[^,]*?\d{1,2}, \d{4}|[^,]*),)\s*/i;
// A period phrase at the end of a metric phrase belongs to the figure, not to the metric's name.
const TRAILING_PERIOD = /\s+(?:(?:in|for|during) the \w+ quarter(?: of \d{4})?|(?:in|for|during) the (?:three|six|nine|twelve) months ended [A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|(?:in|for|during) the (?:first|second) half(?: of \d{4})?|as of [A-Z][a-z]+ \d{1,2},? \d{4}|at the (?:quarter|period) end(?:ing)?)$/i;
const QUALIFIER = /^\s*(?:was|were)?\s*((?:for|through|under)\s+(?!the \w+ quarter|the (?:same )?period|the year)["“]?[\w\s-]+?["”]?)(?=\s+and\b|\s+of which\b|[,.]|$)/i;
const PART_SUFFIX = /\s+(?:through|for|under)\s+.*$/i;
const VERB_BEFORE = /(.*?)\s*\b(?:was|were|is|are|to be(?:\s+between)?|reached|totaled|totalled|amounted to|stood at|of|to|between)\s+(?:approximately\s+|about\s+|around\s+|up to\s+)?$/i;
const COUNT_AFTER = /^\s*(?:["“]?[\w-]+["”]?\s+){0,4}?(?:loans?|partners?|users?|consumers?|borrowers?|ADSs?|shares?)\b(?:\s+(?:across|with|through|under|for)\s+["“]?[\w\s-]+?["”]?(?=[,.]|\s+and\b|$))?/i;

/**
 * A clause shortened to its metric phrase: "the Company announced a plan ... with an aggregate value"
 * → "aggregate value"; "in the open market for a total amount" → "total amount".
 */
function head(label: string): string {
  // "the board of directors approved a dividend": what was approved is the subject.
  // (An article follows the verb: "users with approved credit lines" is a name, not an act.)
  const acted = /\b(?:approved|declared|authori[sz]ed|announced)\s+(?:an?|the)\s+(?:(?:new|special|semi-annual|annual|quarterly|cash)\s+)*(.+)$/i.exec(label);
  if (acted) return acted[1]!;
  const clausal = /\b(?:whereby|which|that|had|has|have|announced)\b/i.test(label) || /^(?:in|for|at|with|on|by)\b/i.test(label);
  if (!clausal) return label;
  const m = /.*\b(?:with|for|at|of)\s+(?:an?\s+|the\s+)?(.+)$/i.exec(label);
  return m ? m[1]! : label;
}

/**
 * The metric phrase a figure belongs to: "X was|were|reached <figure>", else "<figure> noun phrase",
 * else "<figure> was under|through X" about the block's topic. `clause` is the text since the
 * previous figure (or the sentence start).
 */
function subjectLabel(text: string, post: string, topic: string, term: string): string {
  const clause = text.split(/,\s+and\s+|;\s*/).pop()!.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  const verb = VERB_BEFORE.exec(clause);
  let label = verb ? verb[1]! : '';
  for (let prev = ''; prev !== label; ) {
    prev = label;
    label = label.replace(LEAD_IN, '').replace(/^\s*(?:the|our|its|a|an)\s+/i, '').replace(/^.*\b(?:expects? to generate|expects?|generate)\s+(?:an?\s+)?/i, '');
  }
  label = head(label.replace(/["“”]/g, '').trim().replace(TRAILING_PERIOD, ''));
  if (label && !/^(it|this|that|which|they)$/i.test(label)) return term && !label.includes(term) ? `${term} ${label}` : label;
  const noun = /^\s*of\b/i.test(post) ? null : COUNT_AFTER.exec(post);
  if (noun) return `${term ? `${term} ` : ''}${noun[0].replace(/["“”]/g, '').replace(/\s+/g, ' ').trim()}`;
  const under = /^\s*(?:of such loan balance\s+)?(?:was|were)\s+((?:under|through|for)\s+[^,]*(?:,\s*[^,]*?\band\s+[^,.]*)?)/i.exec(post);
  if (under) return `${topic} ${under[1]!.replace(/\([^)]*\)\s*/g, '').replace(/["“”]/g, '')}`.replace(/\s+/g, ' ').trim();
  const phrase = /^\s*([a-z][a-z\s-]{2,40}?)(?=[,.;]|\s+and\b|$)/.exec(post);
  return phrase ? phrase[1]!.trim() : '';
}

/** The absolute period a clause names for its own figure ("as of March 31, 2024", "in the first quarter of 2024"). */
function ownPeriod(text: string, current: Period): Period | null {
  const p = periodPhrase(text.replace(/\b(?:same (?:period|quarter)|a year (?:ago|earlier)|prior[- ]year|(?:prior|previous|last|preceding) quarter|sequential|year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter)\b/gi, ''), current);
  return p;
}

function unitFor(t: Token, label: string, after: string): Unit {
  if (t.percent) return { kind: 'percent' };
  if (t.currency) {
    const per = /^\s*per\s+(?:class [a-z] )?(?:ordinary )?(ADS|share)/i.exec(after) ?? /\bper\b.*?\b(ADSs?|American deposit[ao]ry shares?|shares?)\b/i.exec(label);
    if (per) return { kind: 'per_share', currency: t.currency, basis: /^shares?$/i.test(per[1]!) ? 'share' : 'ADS' };
    return { kind: 'money', currency: t.currency, scale: t.scale };
  }
  if (/^\s*months?\b/i.test(after)) return { kind: 'months' };
  const noun = /(loans?|partners?|users?|consumers?|borrowers?|ADSs?|shares?)\b/i.exec(`${after.slice(0, 40)} ${label}`);
  return { kind: 'count', scale: t.scale, noun: noun ? noun[1]!.toLowerCase() : 'count' };
}

export interface NarrativeResult {
  figures: NarrativeFigure[];
  nonFigures: NonFigure[];
}

/** Reads the figures of one text block. `current` is the release's own quarter. */
export function readNarrative(block: TextBlock, releasePeriod: Period): NarrativeResult {
  // The highlights listed under a heading for another period ("Full Year 2023 Financial Highlights")
  // are of that period.
  const current = (block.kind === 'bullet' ? periodPhrase(block.section, releasePeriod) : null) ?? releasePeriod;
  const figures: NarrativeFigure[] = [];
  const nonFigures: NonFigure[] = [];
  const topic = /loan balance/i.test(block.text) ? 'outstanding loan balance' : /loan|volume/i.test(block.text) ? 'loan volume' : '';
  for (const s of sentences(block.text)) {
    const all = tokens(s.text);
    // Digits joined to a word ("Day-1", "H.10") are never figures; they are listed so that every
    // number of the text is accounted for.
    for (const m of s.text.matchAll(/(?<=[A-Za-z][.-]?)\d+(?:\.\d+)?/g)) {
      if (all.some((t) => t.start < m.index! + m[0].length && m.index! < t.end)) continue;
      nonFigures.push({ text: m[0], line: lineAt(block, s.start + m.index!), reason: 'joined to a word: part of a name or code (e.g. "Day-1", "H.10")' });
    }
    const toks: Token[] = [];
    for (const t of all) {
      const why = notAFigure(s.text, t);
      if (why) nonFigures.push({ text: t.text.trim(), line: lineAt(block, s.start + t.start), reason: why });
      else toks.push(t);
    }
    // The plan or programme a sentence is about ("the 2024 Share Repurchase Plan") qualifies its figures.
    const termMatch = /\(the ["“]([^"”]+)["”]\)|pursuant to the ([A-Z0-9][\w ]+Plan)/.exec(s.text);
    const term = termMatch ? (termMatch[1] ?? termMatch[2])! : '';
    let subject: { label: string; base: string; period: Period } | null = null;
    let last: NarrativeFigure | null = null;
    let lastKind: 'subject' | 'part' | 'compare' | 'change' | 'low' | 'usd' | 'other' = 'other';
    let prevEnd = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const pre = s.text.slice(prevEnd, t.start);
      const post = s.text.slice(t.end, toks[i + 1]?.start ?? s.text.length);
      const line = lineAt(block, s.start + t.start);
      const push = (f: Omit<NarrativeFigure, 'line' | 'sentence' | 'value' | 'decimals' | 'offset'>) => {
        const negative = f.role === 'change' && /(decrease|decline|drop|fall|down|fell|declined|decreased)\b/i.test(pre);
        const fig: NarrativeFigure = { ...f, value: negative ? t.value.negated() : t.value, decimals: t.decimals, line, sentence: s.text, offset: s.start + t.start };
        figures.push(fig);
        last = fig;
        return fig;
      };
      prevEnd = t.end;
      if (/^\s*\(\s*$/.test(pre) && t.currency === 'USD' && last && (last as NarrativeFigure).unit.kind !== 'percent') {
        const prev = last as NarrativeFigure;
        const unit: Unit = prev.unit.kind === 'per_share' ? { ...prev.unit, currency: 'USD' } : { kind: 'money', currency: 'USD', scale: t.scale };
        push({ label: prev.label, period: prev.period, unit, role: prev.role });
        last = prev;
        lastKind = 'usd';
        continue;
      }
      // "US$0.30 per ordinary share, or US$0.60 per ADS": the same figure per ADS.
      if (last && t.currency && (last as NarrativeFigure).unit.kind === 'per_share' && /^\s*per\s[^,;.]{1,40},?\s*or\s*$/i.test(pre)) {
        const prev = last as NarrativeFigure;
        push({ label: prev.label, period: prev.period, unit: unitFor(t, prev.label, post), role: prev.role });
        continue;
      }
      if (t.currency === 'RMB' && /^\s*to\s+US\$\s*1(?:\.0+)?\b/i.test(s.text.slice(t.end))) {
        push({ label: 'RMB to USD exchange rate', period: current, unit: { kind: 'fx', from: 'RMB', to: 'USD' }, role: 'value' });
        i++; // the "US$1.00" that follows is the other side of the rate
        const one = toks[i];
        if (one) nonFigures.push({ text: one.text.trim(), line: lineAt(block, s.start + one.start), reason: 'the one-dollar side of an exchange rate' });
        prevEnd = one?.end ?? prevEnd;
        continue;
      }
      // "an increase of 7.6% year-over-year and 7.1% quarter-over-quarter": the second is a change too.
      if (subject && t.percent && (CHANGE_BEFORE.test(pre) || (lastKind === 'change' && CHAINED.test(pre)))) {
        const rest = s.text.slice(t.end);
        const basis = periodPhrase(rest.slice(0, 80), subject.period) ?? undefined;
        push({ label: subject.label, period: subject.period, unit: { kind: 'percent' }, role: 'change', ...(basis ? { basis } : {}) });
        lastKind = 'change';
        continue;
      }
      if (subject && (COMPARE_BEFORE.test(pre) || (/\band\s*$/i.test(pre) && lastKind === 'compare'))) {
        const period = periodPhrase(post, subject.period);
        if (period) {
          // "as of March 31, 2023" compares a balance: the subject is then a balance too, at its quarter end.
          if (period.kind === 'instant' && subject.period.kind === 'duration') {
            const at = endOf(subject.period);
            for (const f of figures) if (f.label === subject.label && f.period === subject.period) f.period = at;
            subject.period = at;
          }
          push({ label: subject.label, period, unit: unitFor(t, subject.label, post), role: 'value' });
          lastKind = 'compare';
          continue;
        }
      }
      if (subject && /\brepresenting\s*$/i.test(pre) && t.percent) {
        push({ label: `${subject.label} as a share of the total`, period: subject.period, unit: { kind: 'percent' }, role: 'value' });
        lastKind = 'other';
        continue;
      }
      if (RANGE_LOW.test(pre) || (AND.test(pre) && lastKind === 'low')) {
        const high: boolean = lastKind === 'low';
        const ctx = s.text.slice(0, t.start);
        const growth = t.percent ? /(year-(?:on|over)-year growth|growth|increase|decrease)\s+between\s*$/i.exec(ctx) : null;
        const lastLabel: string = (last as NarrativeFigure | null)?.label ?? '';
        const base: string = high ? lastLabel : growth ? `${subject?.label ?? ''} ${growth[1]}` : subjectLabel(pre, post, topic, term);
        const period = ownPeriod(s.text, current) ?? current;
        push({ label: base, period, unit: unitFor(t, base, post), role: high ? 'high' : 'low' });
        if (!high && !t.percent) subject = { label: base, base, period };
        lastKind = high ? 'other' : 'low';
        continue;
      }
      // "... for ICE and RMB37,565 million for other technology solutions", "of which RMB513 million was
      // through Total Solutions": a list of parts of the subject, each named by its qualifier.
      const qualifier = QUALIFIER.exec(post);
      const part: boolean | null = subject && qualifier && (/\bof which\s*$/i.test(pre) || (/\band\s*$/i.test(pre) && lastKind === 'part'));
      const label: string = part ? `${subject!.base} ${qualifier![1]!.replace(/["“”]/g, '')}` : subjectLabel(pre, post, topic, term);
      if (!label) {
        nonFigures.push({ text: t.text.trim(), line, reason: 'no metric phrase found for this figure' });
        continue;
      }
      // Its own period: stated before it, or right after it up to the first comparison.
      const after = s.text.slice(t.end).split(/,?\s*\b(?:compared|an? (?:increase|decrease)|from|representing|up|down)\b/i)[0]!;
      const period = ownPeriod(`${s.text.slice(0, t.start)} ${after}`, current) ?? current;
      const unit = unitFor(t, label, post);
      push({ label, period, unit, role: 'value' });
      // The noun of a count ("3.4 million ADSs") is not part of the next figure's phrase.
      if (unit.kind === 'count') prevEnd += COUNT_AFTER.exec(post)?.[0].length ?? 0;
      if (part) {
        subject = { ...subject!, label, period };
        lastKind = 'part';
      } else {
        // The part-less name of the subject: "outstanding loan balance" for "... for ICE".
        const q = label.includes(qualifier?.[1]?.replace(/["“”]/g, '') ?? '\u0000') ? null : qualifier;
        const base = label.replace(PART_SUFFIX, '');
        subject = { label: q ? `${label} ${q[1]!.replace(/["“”]/g, '')}` : label, base, period };
        if (q) figures[figures.length - 1]!.label = subject.label;
        lastKind = q ? 'part' : 'subject';
      }
    }
  }
  return { figures, nonFigures };
}

/** The release's own quarter: "the first quarter ended March 31, 2024", else the latest table quarter. */
export function releaseQuarter(text: string): Period | null {
  const m = /\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:ended\s+)?([A-Z][a-z]+\s+\d{1,2},?\s+)?(\d{4})/i.exec(text);
  return m ? quarter(Number(m[3]), ORDINAL[m[1]!.toLowerCase()]!) : null;
}

export { quoteOf };
