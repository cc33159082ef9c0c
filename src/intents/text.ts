// Question text → normalised text and content tokens (stems), the form every matcher works on.
import { stem } from '../nlp.js';
import { CASED_ABBREVIATIONS } from './cased-abbreviations.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { memo } from '../knowledge/memo.js';
import { mayMatch } from '../knowledge/prefilter.js';
import { FILLER_WORDS } from './vocabulary.js';

/** Words that carry no metric meaning in a question: the filler list (data, vocabulary.ts). */
export const STOPWORDS = new Set(FILLER_WORDS);

/** Lowercase, plain quotes and dashes, abbreviations expanded ("S&M" → "sales and marketing"). */
export const normalise = memo((question: string): string => {
  let t = CASED_ABBREVIATIONS.reduce((q, [re, to]) => q.replace(re, to), question.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    // "current+noncurrent" adds two words; "90 day+" keeps its plus.
    .replace(/([a-z])\+(?=[a-z])/g, '$1 + ');
  // Each rewrite on its own (none matching leaves the text as it was): one pattern joining them all,
  // to skip them, took twice as long to compile as they all take to run once (a fresh process's first question).
  // Those that cannot match are not even run (a pattern is compiled on its first run).
  for (const [re, to] of ABBREVIATIONS) if (mayMatch(re, t)) t = t.replace(re, to);
  return t.trim();
}, { weigh: (t) => t.length });

export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** An owner's stake ("minority interests", "non-controlling interest"): no interest on money, whatever it stands beside. */
const STAKE_BEFORE = /\b(?:non-?\s?controlling|minority)\s+$/;
const STAKE = 'minority-interest';

/**
 * Word tokens with their stems and offsets; "90 day+" keeps its plus, "non-gaap" is one word (so "GAAP" alone is not it), and so is "r&d".
 * The "interests" of an owner's stake stem apart from interest on money ("interest income").
 */
// A question's text is tokenised by several steps; names and recurring questions, many times.
export const tokens = memo((text: string): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(/non-gaap|\b[a-z]{1,3}&[a-z]{1,3}\b|[a-z0-9]+\+?/g)) {
    const word = m[0];
    const own = stem(word.replace(/\+$/, ''));
    const held = own === 'interest' && STAKE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!));
    out.push({ word, stem: held ? STAKE : own + (word.endsWith('+') ? '+' : ''), start: m.index!, end: m.index! + word.length });
  }
  return out;
}, { weigh: (ts) => 40 * ts.length });

/** Tokens that may name a metric: not stop words. */
export function contentTokens(text: string): Token[] {
  return tokens(text).filter((t) => !STOPWORDS.has(t.word) && !/^(?:19|20)\d{2}$/.test(t.word));
}

/** The text with these spans blanked out (offsets kept): what it says besides them. */
export function blank(text: string, spans: { start: number; end: number }[]): string {
  let t = text;
  for (const s of spans) t = t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end);
  return t;
}

/** Content stems of a name, in order. */
export function nameStems(name: string): string[] {
  return contentTokens(normalise(name)).map((t) => t.stem);
}
