// The dividend topic: a question that names the dividend and nothing else a line could be chosen by ("what about
// the dividend?", "and dividends?", "what dividend did they declare?"). It asks the company's own dividend, a topic
// of its own: never the thread's guidance or buyback carried on, never another dividend line (preferred stock's).
// A word that says which dividend or when ("interim", "preferred", "Q2 2025", "paid") leaves it to the line's name.
import { STOPWORDS } from '../text.js';

/** The topic's own word: a dividend, or Brazil's interest on capital (JCP) paid in its stead. */
export const DIVIDEND_WORD = /\b(?:dividends?|jcp|interest on (?:own )?capital)\b/;
/** The topic's words the spelling corrector must keep as said ("dividend" had become "divided", "declare" "decline"). */
export const KEPT_AS_SAID = /^(?:dividends?|jcp|declared?|declares|payout)$/;
/** Words the topic may carry besides fillers: none of them says which line or which period. */
const TOPIC_WORDS = new Set('dividend dividends jcp interest own capital per share common ordinary cash quarterly regular declare declared declares payout about'.split(' '));

/** Whether a question asks the dividend as a topic: its words are the topic's and fillers only. */
export function dividendTopic(text: string): boolean {
  const lower = text.toLowerCase();
  if (!DIVIDEND_WORD.test(lower)) return false;
  // (A period said, "Q3 dividend per share", asks that period's dividend line: no topic.)
  return (lower.match(/[a-z0-9']+/g) ?? []).every((w) => !/\d/.test(w) && (TOPIC_WORDS.has(w) || STOPWORDS.has(w.replace(/'s$/, ''))));
}
