// Figure mentions in prose: an amount with its currency and scale ("RMB4,153.2 million", "RMB 51.1
// billion", "US$160.7 million"), a percentage, a count with its noun ("19,112,187 loans", "162.2
// million users"), a per-share amount, months. Numbers that are not figures (dates, years, times,
// names, basis points) are classified with the reason, so coverage can account for every number.
import { countPart, namedBefore, notACount } from './count-parts.js';
import type { Decimal } from 'decimal.js';
import type { Currency, Unit } from '../fact.js';
import { MINOR_AFTER, MINOR_UNTOLD, SIGN_MAX_LENGTH, SIGN_SOURCE, WORDS_SOURCE, codeOfSign, currencyIn, ownSign } from '../currencies.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS, parseNumber } from '../numbers.js';
import { MONTHS } from '../period.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  currency: Currency | null;
  /** The sign as the release prints it, where answers should print it so ("Rs.", "EUR "). */
  symbol?: string;
  value: Decimal;
  decimals: number;
  scale: number;
  percent: boolean;
  /** A change of a rate in percentage points (read from basis points as hundredths): prose/points.ts. */
  points?: true;
}

/** Nouns that make a number a count of things. */
export const COUNT_NOUNS =
  'loans?|partners?|users?|consumers?|borrowers?|ADSs?|shares?|units?|customers?|employees?|merchants?|institutions?|transactions?|accounts?|investors?|members?|subscribers?|clients?|orders?|' +
  // Sites, fleets and people as operators report them: "412 stores", "1,240 trucks", "18,300 associates".
  'stores?|restaurants?|locations?|branch(?:es)?|outlets?|hotels?|clinics?|warehouses?|trucks?|tractors?|trailers?|vehicles?|aircraft|vessels?|rigs?|associates?|workers?|households?|patients?|policyholders?';
const MONTH_RE = `${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')}|sept`; // (whole: "margin 12.8–13.2 %" names no date)
// A number with its currency (a sign of the one currency table), scale and percent sign. "US$575.2
// million", "RMB-2.2 million", "Ps.1,100 million", "3.35%", "€2.31 bn", "EUR 340 mn", "$3.45bn", "$212m",
// "SEK 371.5 m", "184,532 million yen" (the currency in words after a scale word) ("m" or "k" only after a currency, or before a count's noun, "25.3m shares": "9M 2023" is a period). Digits grouped in lakhs and crores
// ("4,12,385") are one number; a number is never read short of a digit group that goes on (",12").
// (A dash right after a figure joins a range, "4%-6%", "$320-$345": the figure after it is no negative; a scale after a currency's range, "SEK 850–950 m", is the range's.)
// Scale words other languages print after an amount, read only after a currency sign ("R$ 248,6 bi", "US$ 12 MM",
// "Rp 5,2 miliar", "₹ 7,312.90 cr", "$1.2tn"): alone, "mi", "mil" or "cr" is a mile, a word or a credit.
const FOREIGN_SCALE_WORDS: Record<string, number> = {
  bi: 1e9, bilhões: 1e9, bilhoes: 1e9, miliar: 1e9, mi: 1e6, milhões: 1e6, milhoes: 1e6, mm: 1e6, juta: 1e6, mil: 1e3, cr: 1e7, tn: 1e12, trn: 1e12, trillion: 1e12, trillions: 1e12,
};
const FOREIGN_SCALES = Object.keys(FOREIGN_SCALE_WORDS).sort((a, b) => b.length - a.length).join('|');
const NUMBER = new RegExp(
  String.raw`(?:(${SIGN_SOURCE})\s?(?=-?\.?\d)|(?<![\w.,]|(?<![\d%])-)(?!(?<=[\d%])-))(-?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!,\d)|(?<=\$)\.\d+)(\s?(?:thousand|million|billion|crore|lakh)s?(?![a-z])|\s?(?:bn|mn|mln|bln)(?![a-z])|(?<=${SIGN_SOURCE}\s?-?[\d.,]+(?:\s?(?:-|–|—|to)\s?[\d.,]+)?)\s?(?:${FOREIGN_SCALES})(?![a-zà-ÿ])|(?<=${SIGN_SOURCE}\s?-?[\d.,]+(?:\s?(?:-|–|—|to)\s?[\d.,]+)?)\s?(?:m|k)(?![a-z²³])|(?:m|bn|k)(?=\s+(?:[a-z-]+\s+)?(?:${COUNT_NOUNS})\b))?(\s?%|\s?percent\b)?((?<=(?:thousand|million|billion|crore|lakh)s?)\s+(?:${WORDS_SOURCE})(?![a-z]))?`,
  'gi',
);
/** NUMBER tried at one place only. */
const NUMBER_AT = new RegExp(NUMBER.source, 'iy');
/** How far before its first digit a figure may start: a sign, a space, a minus sign or a decimal point. */
const MAX_LEAD = SIGN_MAX_LENGTH + 3;

/**
 * NUMBER's matches left to right, as `matchAll` finds them, trying the pattern only at the few places before each
 * digit a figure holding it could start at: tried at every character of the words between, the currency signs'
 * alternation was most of a release's prose reading. (A match holds a digit at most MAX_LEAD places after its start.)
 */
function numberMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const digit = /\d/g;
  let from = 0;
  for (let d = digit.exec(text); d; d = digit.exec(text)) {
    for (let at = Math.max(from, d.index - MAX_LEAD); at <= d.index; at++) {
      NUMBER_AT.lastIndex = at;
      const m = NUMBER_AT.exec(text);
      if (!m) continue;
      out.push(m);
      from = at + m[0].length;
      break;
    }
    from = Math.max(from, d.index + 1);
    digit.lastIndex = from;
  }
  return out;
}

/** The currency a sign names: as printed, else (the pattern ignores case) a table's code in other letters ("Rmb", "usd"). */
const currencyOf = (sign: string): Currency | null => codeOfSign(sign, true);
/** Scales as releases abbreviate them. */
const SCALE: Record<string, number> = { ...SCALE_WORDS, ...FOREIGN_SCALE_WORDS, ...SCALE_ABBREVIATIONS };
/** A month's name ending the words before a number, or opening those after it: the number is a date's. */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_RE})\\b\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTH_RE})\\b`, 'i');
const ANY_COUNT_NOUN = new RegExp(`(${COUNT_NOUNS})\\b`, 'i');
const COUNT_NOUN = new RegExp(String.raw`^\s*(?:["“]?[A-Za-z-]+["”]?\s+){0,3}?(${COUNT_NOUNS})\b`, 'i');

// A unit of measure right after a number ("15,000 TEU vessels", "500 MW plants", "120,000 sq ft stores", "40 km of
// lines"): the number is a size in that unit, never a count of a noun that follows.
const MEASURE = /^[\s-]*(TEU|dwt|MWh?|GWh?|kWh?|sq\.?\s?(?:ft|m)\b|square\s+(?:feet|foot|met(?:re|er)s?)|tonnes?|tons?|kt|mtpa|mt|km|kilomet(?:re|er)s?|miles?|acres?|hectares?|barrels?|bbl|boe|ounces?|k?oz|moz|m?lbs?)(?![\w²³])/i;
/** A count's noun after a measure: what is measured, not counted. */
const MEASURED_NOUN = new RegExp(String.raw`^\s*(?:of\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:${COUNT_NOUNS})\b`, 'i');

/** A multiple after its figure: "3.4 times", "3.4x", "1.8×" (never "times as large", which compares). */
const MULTIPLE = /^(?:\s*times\b(?!\s+(?:as|more|larger|higher|greater|bigger|smaller|less|lower)\b)|[x×](?![\w]))/i;


/** A money figure whose scale word the reader did not settle: the figure and words before it, and that word. */
export interface UnsettledScale { start: number; text: string; word: string }

export const tokens = (sentence: string): Token[] => readTokens(sentence).tokens;
/** The money figures of a sentence left unread for a scale word not settled ("R$ 231.5 xq"). */
export const unsettledScales = (sentence: string): UnsettledScale[] => readTokens(sentence).unsettled;

function readTokens(sentence: string): { tokens: Token[]; unsettled: UnsettledScale[] } {
  const out: Token[] = [];
  const unsettled: UnsettledScale[] = [];
  // Every figure has a digit; the pattern is costly to run over a sentence with none.
  if (!/\d/.test(sentence)) return { tokens: out, unsettled };
  for (const found of numberMatches(sentence)) {
    const m = signOrWord(found);
    if (!m) continue;
    const cur = m[1] ? currencyOf(m[1]) : m[5] ? currencyIn(m[5]) : null;
    const symbol = cur && m[1] ? ownSign(m[1]) : undefined;
    const { value, decimals } = parseNumber(m[2]!);
    const scaleWord = (m[3] ?? '').trim().toLowerCase();
    const end = m.index! + m[0].length;
    // "781.1 cents", "3.9p": a minor unit, whose currency only the release tells (build.ts settles it); its word kept.
    // So is "R$ 42.18 cents" (a sign before, the minor unit's word after): cents, never R$42.18.
    const minor = !m[3] && !m[4] ? MINOR_AFTER.exec(sentence.slice(end)) : null;
    // A money figure whose scale is not settled is never a bare amount: no figure, rather than one 10⁹ times too small.
    const word = cur && !m[4] && !minor ? unsettledScale(m[1] ?? '', scaleWord, sentence.slice(end)) : null;
    if (word) {
      // (A range's low end before it, "$520 to $560 mil", is no point of its own: read alone it was the range's guidance.)
      if (out.length && TIGHT_JOIN.test(sentence.slice(out.at(-1)!.end, m.index!))) out.pop();
      unsettled.push({ start: m.index!, text: `${m[0].trim()}${scaleWord ? '' : ` ${word}`}`, word });
      continue;
    }
    out.push({
      start: m.index!,
      end: end + (minor?.[0].length ?? 0),
      text: m[0] + (minor?.[0] ?? ''),
      currency: minor ? MINOR_UNTOLD : cur,
      ...(minor ? { symbol: (minor[1] ?? minor[2])! } : symbol ? { symbol } : {}),
      ...atScale(value, decimals, scaleWord ? SCALE[scaleWord]! : 1),
      percent: Boolean(m[4]),
    });
  }
  return { tokens: signedRanges(sentence, out), unsettled };
}

/** Words an amount is printed before that are no scale of it ("$5 per share", "R$ 12 in fees", "$3 or more"). */
const AFTER_AMOUNT = new Set(('to in up and is or as vs the at for a an on of was but per each with plus only not also last past par paid ' +
  'rate avg from by net less more over than into yoy qoq arr ltm ttm are were has had be its this that so if due gain loss cash fee ' +
  'fees off down new now all both when then year day days x p via tax debt cost loan note bond deal rise fell grew rose drop set one nil ' +
  'left yet ex incl excl will may can').split(' '));

/**
 * The word after a money figure with no scale read, when it may be one the reader does not know: a short word
 * ("R$ 5 bi" before "bi" was read, "USD 575 T") or one like a scale ("miliardi", "millones", "Mrd"); "mil" after a
 * dollar sign, which is a million to an American reader and a thousand to a Latin American one. Null when settled.
 */
export function unsettledScale(sign: string, scaleWord: string, after: string): string | null {
  if (scaleWord === 'mil' && /^(?:US)?\$$|^USD$/i.test(sign.trim())) return scaleWord;
  if (scaleWord) return null;
  const word = /^\s?([A-Za-zÀ-ÿ]+)(?![\wÀ-ÿ])/.exec(after)?.[1];
  if (!word || (word !== word.toLowerCase() && word !== word.toUpperCase())) return null;
  if (/^(?:mil|bil|tril|mrd|md$|mio$)/i.test(word)) return word;
  return word.length <= 4 && !AFTER_AMOUNT.has(word.toLowerCase()) ? word : null;
}

/** Why such a figure is no figure, naming its word (intents/unread-scale.ts names it in a decline). */
export const unreadScaleReason = (word: string) => `a money figure whose scale word "${word}" was not read: no figure`;
export const UNREAD_SCALE = /^a money figure whose scale word "(.+)" was not read/;

/** A trillion as a thousand billions ("$1.2tn": $1,200 billion): answers print no scale above billions. */
const atScale = (value: Decimal, decimals: number, scale: number) =>
  scale > 1e9 ? { value: value.times(scale / 1e9), decimals: Math.max(0, decimals - Math.log10(scale / 1e9)), scale: 1e9 } : { value, decimals, scale };

/**
 * A match whose "sign" is a word in other letters ("all 3 segments", "top 5": ISO codes only in capitals) is
 * the bare number after it; one glued to such a word ("top5") is no figure.
 */
function signOrWord(m: RegExpMatchArray): RegExpMatchArray | null {
  if (!m[1] || currencyOf(m[1])) return m;
  const at = m[0].indexOf(m[2]!, m[1].length);
  if (at === m[1].length) return null;
  return Object.assign([m[0].slice(at), undefined, ...m.slice(2)], { index: m.index! + at, input: m.input }) as unknown as RegExpMatchArray;
}

/**
 * A range's high end printed without the currency sign its low end carries ("A$2.72–2.75 billion", "$1.2-1.3
 * billion") is in that currency: it had been read as a bare number, so the range broke apart and the low end
 * was taken into the figure's name. A high end that counts something ("$5 to 6 stores") is left as printed.
 * Likewise a low end printed without the percent sign its high end carries ("4–6%", "3 to 5 percent").
 */
function signedRanges(sentence: string, out: Token[]): Token[] {
  return out.map((t, i) => {
    const high = out[i + 1];
    if (high && bareLowEnd(sentence, t, high)) return { ...t, percent: true };
    const low = out[i - 1];
    if (!low?.currency || t.currency || t.percent || low.percent || !TIGHT_JOIN.test(sentence.slice(low.end, t.start))) return t;
    if (COUNT_NOUN.test(sentence.slice(t.end))) return t;
    return { ...t, currency: low.currency, ...(low.symbol ? { symbol: low.symbol } : {}) };
  });
}

/**
 * Whether a bare number is the low end of a percentage range ("4–6%", "23 – 26 %", "between 23 and 26%"): a dash
 * or "to" alone between them (or "and" after "between"), and no larger than the high end. A year or a date's day
 * before a dash ("2026 – 6%", "June 30 - 5%") is none.
 */
function bareLowEnd(sentence: string, low: Token, high: Token): boolean {
  if (!high.percent || low.percent || low.currency || low.scale !== 1 || low.value.gt(high.value)) return false;
  const gap = sentence.slice(low.end, high.start);
  if (!TIGHT_JOIN.test(gap) && !(/^\s*and\s*$/i.test(gap) && /\bbetween\s*$/i.test(sentence.slice(0, low.start)))) return false;
  return !/^(?:19|20)\d{2}$/.test(low.text.trim()) && !MONTH_BEFORE.test(sentence.slice(Math.max(0, low.start - 12), low.start));
}

/** A sentence that prices one currency in another: "US$1 = ¥148.2", "¥146.8 to the U.S. dollar". */
const EXCHANGE_RATE = /(?:\b(?:us\$|usd|eur|gbp)|[$€£¥])\s?1(?:\.0+)?\s*=|\b(?:to|per|against)\s+(?:the|one|a)\s+(?:u\.?s\.?\s+)?(?:dollar|euro)\b/i;

/** A unit on a range's low end, after it and before the dash ("810,000oz - 840,000oz"), and before one on its high end: a range the reader does not pair, neither end a point of it. */
const [UNIT_JOIN, UNIT_JOINED] = [/^\s?[A-Za-z]{1,4}\s*(?:to|-|–|—)\s*\d/, /\d\s?[A-Za-z]{1,4}\s*(?:to|-|–|—)\s*$/];
/** Whether a number is a count in its unit or a range's low end before one ("121 – 126 kt"), as guidance states things (elsewhere notAFigure leaves it out). */
export function countedAfter(sentence: string, t: Token): boolean {
  const printed = sentence.slice(t.end, t.end + 60);
  if (t.currency || t.percent || UNIT_JOIN.test(printed) || UNIT_JOINED.test(sentence.slice(0, t.start))) return false;
  const after = printed.replace(/^\s*(?:to|-|–|—)\s*\d[\d,]*(?:\.\d+)?/, '');
  return after !== printed ? MEASURE.test(after) || COUNT_NOUN.test(after) : MEASURE.test(after);
}

/** Why a number is not a figure, or null when it is one. */
export function notAFigure(sentence: string, t: Token): string | null {
  const after = sentence.slice(t.end, t.end + 40);
  if (/^\s*(?:basis points?|bps)\b/i.test(after)) return 'a change in basis points: kept as a statement, not a figure';
  const counted = notACount(sentence, t);
  if (counted) return counted;
  // "¥146.8 to the U.S. dollar (prior year: ¥152.6)", "US$1 = ¥148.2": the price of a currency, never an amount of
  // the line the sentence speaks of; an amount with its scale ("an FX impact of ¥6.8 billion") still is one.
  if (t.currency && t.scale === 1 && EXCHANGE_RATE.test(sentence)) return 'an exchange rate, not a figure';
  if (t.currency || t.percent) return null;
  const measure = MEASURE.exec(after);
  if (measure && MEASURED_NOUN.test(after.slice(measure[0].length))) return `a size in ${measure[1]} of the things it names, not a count of them`;
  if (t.scale > 1) return null;
  const before = sentence.slice(Math.max(0, t.start - 12), t.start);
  const word = `${/\S*$/.exec(sentence.slice(0, t.start))![0]}${t.text}${/^\S*/.exec(sentence.slice(t.end))![0]}`;
  if (/@|:\/\/|\bwww\.|\w\.(?:com|cn|net|org|tech|hk)\b/i.test(word)) return 'part of a web or e-mail address';
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return 'a date';
  if (/^(19|20)\d{2}$/.test(t.text.trim())) return 'a year';
  if (/^:\d\d|^\s*(AM|PM)\b/i.test(after) || /\d:\s*$/.test(before)) return 'a time of day';
  if (/^[-\s]*(?:calendar\s+)?(month|minute|day|hour|year)s?\b(?!\+|\s+(?:delinquency|collection)\b)/i.test(after) && !/^\s*months\b.*?(?:compared|in the|versus|vs\b)/i.test(after)) return 'a duration or time window in prose';
  if (/^\s*(?:to|-|–)\s*\d+\s+(?:calendar\s+)?days?\b/i.test(after)) return 'a duration or time window in prose';
  if (/^\s*months?\b/i.test(after)) return null;
  if (/^[-\s]*(day|dpd)\b/i.test(after)) return 'part of a metric name (e.g. "90 day+", "Day-1", "30-day")';
  // ("Stage 3 loans were 1.6% of gross loans": the stage names the line, never 3 loans; intents/naming/name-numbers.ts reads the same words.)
  if (/\b(?:stage|tier|level|phase|class)[\s-]*$/i.test(before)) return 'part of a line\'s name (e.g. "Stage 3", "Tier 1")';
  if (/\b(NASDAQ|NYSE|HKEx|H\.|Rule|Section)[:\s]*$/i.test(before) || /^\.\d+\b/.test(after)) return 'a ticker, code or reference';
  if (/^\s*["“]?[A-Z][a-z]+["”]?\s*(APP|app)\b|^\s+Jietiao/.test(after)) return 'part of a product name';
  // "four A220-300 aircraft": a variant joined to a model's name of letters and digits, never 300 aircraft.
  if (/[A-Za-z][A-Za-z\d]*\d-$/.test(before)) return 'part of a product name';
  if (/^\s*US\$?$/.test(before) || /^\s*(to|per)\s*$/.test(after)) return null;
  // "improved to 3.4 times", "3.4x": a multiple, as a table's "(x)" row is.
  if (MULTIPLE.test(after)) return null;
  if (COUNT_NOUN.test(after) || countPart(sentence, t) || namedBefore(sentence, t)) return null;
  return 'a number in prose that names no figure (a list mark, an ordinal, a name)';
}

/** The unit of a figure: %, money or money per share, months, or a count of the noun it names. */
/**
 * A range's low end printed without the scale its high end carries ("$1,650 to $1,700 million") is at that
 * scale: it had been read as $1,650. One printed larger than the high end ("$500,000 to $1 million") is as printed.
 */
export const lowEnd = (low: Token, high: Token): Token => (low.scale === 1 && high.scale > 1 && low.value.lte(high.value) ? { ...low, scale: high.scale } : low);

/** A dash or "to" between a range's two ends. */
const DASH_OR_TO = 'to|-|–|—';
/** Between the two ends of a range; the low end may carry the unit both are per ("US$1,690/oz to US$1,760/oz"), read else as two points. */
export const RANGE_JOIN = new RegExp(`^(?:\\s?\\/\\s?[A-Za-z]{1,6})?\\s*(?:${DASH_OR_TO}|and)\\s*$`, 'i');
/** RANGE_JOIN without "and": "$5.2 million and 3,000 stores" is no range. */
const TIGHT_JOIN = new RegExp(`^\\s*(?:${DASH_OR_TO})\\s*$`, 'i');

export function unitFor(t: Token, label: string, after: string): Unit {
  if (t.percent) return { kind: 'percent' };
  if (t.currency) {
    const sign = t.symbol ? { symbol: t.symbol } : {};
    // (A figure printed with a scale word, "$662.4 million", is never one share's: the label's "per share" is another noun's.)
    const per = t.scale !== 1 ? null : /^\s*(?:gross\s+|net\s+)?per\s+(?:(?:fully\s+)?(?:diluted|basic)\s+)?(?:class [a-z] )?(?:common\s+|ordinary\s+)?(ADS|share)/i.exec(after) ?? /\bper\b.*?\b(ADSs?|American deposit[ao]ry shares?|shares?)\b/i.exec(label);
    if (per) return { kind: 'per_share', currency: t.currency, basis: /^shares?$/i.test(per[1]!) ? 'share' : 'ADS', ...sign };
    // "Diluted EPS of $0.52", "adjusted EPS was $1.51": EPS is per share (per ADS where the name says so).
    if (t.scale === 1 && /\bEPS\b/i.test(label)) return { kind: 'per_share', currency: t.currency, basis: /\bADS\b/i.test(label) ? 'ADS' : 'share', ...sign };
    return { kind: 'money', currency: t.currency, scale: t.scale, ...sign };
  }
  if (/^\s*months?\b/i.test(after)) return { kind: 'months' };
  if (MULTIPLE.test(after)) return { kind: 'count', scale: 1, noun: 'times' };
  // "2.5 million tonnes across 40 vessels": a number of tonnes, never of the vessels named later.
  const measure = MEASURE.exec(after);
  if (measure) return { kind: 'count', scale: t.scale, noun: measure[1]! };
  const noun = ANY_COUNT_NOUN.exec(`${/^[\s\S]{0,40}(?=\W|$)/.exec(after)![0]} ${label}`); // (whole words: "clients" cut at 40 characters is no "client")
  return { kind: 'count', scale: t.scale, noun: noun ? noun[1]!.toLowerCase() : 'count' };
}

/**
 * The name of a per-share figure stated after an amount's name ("Core FFO of $0.47 per diluted share"): the
 * amount per share, never the amount's own line ("Core FFO" is the amount the tables print). A price is per share already.
 */
export function perShareName(label: string, after: string): string {
  if (/\b(?:per|eps|dividends?|distributions?|prices?)\b/i.test(label)) return label;
  const per = /^\s*per\s+((?:fully\s+)?(?:diluted|basic)\s+)?(?:class [a-z] )?(?:common\s+|ordinary\s+)?(share|ADS)/i.exec(after);
  return `${label} per ${per?.[1]?.toLowerCase() ?? ''}${per?.[2] ?? 'share'}`;
}
