// Question text → normalised text and content tokens (stems), the form every matcher works on.
import { stem } from '../nlp.js';
import { ABBREVIATIONS } from './catalog.js';
import { memo } from './memo.js';

/** Words that carry no metric meaning in a question. */
export const STOPWORDS = new Set(
  ('a an the of to in for from by and or on at with its our their what whats was were is are be been how much many did does do ' +
    "me show tell give please get got company company's companies inc fully s it this that these those they them " +
    'came come generated generate earn earned make made had have has report reported see value figure amount ' +
    'level about around approximately roughly exactly just only there here we you i can could would should will ' +
    'as per cent q1 q2 q3 q4 vs versus rmb usd us dollars dollar million billion thousand release releases press used ' +
    // Chatter and yes/no framing around a figure: "hey bot, quick one", "was revenue above 4 billion?".
    'hey hi hello bot ok okay so pls plz thx ty unrelated btw fyi um uh then like actually really correct right ' +
    'when go goes going went above below exceed exceeded exceeds millions billions thousands w q incl totally different ' +
    // Reporting verbs and pointers: "did they recognize", "pull up", "the non-GAAP one", "how'd".
    'one ones portion recognize recognized recognise recognised record recorded post posted book booked provide expressed ' +
    'express pull bring look d u relative contributed contribute gaap hold held holds carry carried carries back pile position land landed lands')
    .split(/\s+/)
    .filter((w) => !w.endsWith('?')),
);

/** Lowercase, plain quotes and dashes, abbreviations expanded ("S&M" → "sales and marketing"). */
export const normalise = memo((question: string): string => {
  let t = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ');
  if (ANY_ABBREVIATION.test(t)) for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  return t.trim();
}, { weigh: (t) => t.length });
/** One pass to tell whether any abbreviation occurs, so most texts skip the rewrites. */
const ANY_ABBREVIATION = new RegExp(ABBREVIATIONS.map(([re]) => re.source).join('|'));

export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Word tokens with their stems and offsets; "90 day+" keeps its plus, "non-gaap" is one word (so "GAAP" alone is not it). */
// A question's text is tokenised by several steps; names and recurring questions, many times.
export const tokens = memo((text: string): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(/non-gaap|[a-z0-9]+\+?/g)) {
    const word = m[0];
    out.push({ word, stem: stem(word.replace(/\+$/, '')) + (word.endsWith('+') ? '+' : ''), start: m.index!, end: m.index! + word.length });
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
