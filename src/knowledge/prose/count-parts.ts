// A count split into its parts in one breath: "412 restaurants: 389 company-owned and 23 franchised", "5,210
// employees (4,800 full-time and 410 part-time)", "1,996 stores, of which 538 were bodegas and 1,458 ...". The parts
// leave the whole's noun unsaid; each is a count of its own, named by its qualifier and that noun ("franchised
// restaurants"), never a number that names nothing, and never the whole's figure under the part's name. And the
// numbers that only say which class is counted: a rank ("the top 10 clients") or a threshold ("clients with
// revenue above USD 100 million", "customers with ARR of $100,000 or more"), never a count or an amount of them.
import { COUNT_NOUNS, type Token } from './mentions.js';
import type { NarrativeFigure } from './types.js';

/** The whole before its parts: a bare count, its noun (one to three words), then a colon, a bracket, a dash or "of which". */
const WHOLE = /(?<![\w$€£¥.,])(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*(?::|\(|—|–|\s-|,\s*(?:of which|including|comprising|consisting of))\s*$/i;
/** One part of the list: a bare count and its qualifier of one or two words, up to the next part or the list's end. */
const PART = /^(\s*)(\d[\d,]*(?:\.\d+)?)\s+(?:(?:were|are|was|is)\s+)?(?!(?:in|at|for|of|from|to|by|on|with|during|as|than|and|or)\b)([a-z][\w-]*(?:\s+(?!and\b|or\b)[a-z][\w-]*)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+|(?=[).;]|$))/i;
/** Words that make a part no qualifier: a period, a unit, a verb of change. */
const NO_QUALIFIER = /\b(?:quarters?|years?|months?|weeks?|days?|percent|basis|points?|million|billion|thousand|increased?|decreased?|rose|fell|grew|new|net|more|fewer|less)\b/i;

/** A part of a split count: the part's own name ("franchised restaurants"), and where the whole's count starts. */
export interface CountPart {
  label: string;
  whole: number;
}

/** The part of a count split into parts that `t` is, or null: a list of at least two parts after the whole. */
export function countPart(sentence: string, t: Pick<Token, 'start'>): CountPart | null {
  // The list's start: the nearest whole before the token, with nothing but parts between.
  const before = sentence.slice(0, t.start);
  for (const sep of [...before.matchAll(/:|\(|—|–|\s-|,\s*(?:of which|including|comprising|consisting of)/gi)].reverse()) {
    const head = WHOLE.exec(before.slice(0, sep.index! + sep[0].length));
    if (!head) continue;
    const parts = partsAt(sentence, sep.index! + sep[0].length);
    const own = parts.find((p) => p.start === t.start);
    if (parts.length < 2 || !own) return null;
    const noun = head[2]!.replace(/^total\s+/i, '').toLowerCase();
    return { label: `${own.qualifier} ${noun}`, whole: head.index };
  }
  return null;
}

/** The parts listed from `from`, each with where its count starts and its qualifier. */
function partsAt(sentence: string, from: number): { start: number; qualifier: string }[] {
  const parts: { start: number; qualifier: string }[] = [];
  for (let at = from; ; ) {
    const m = PART.exec(sentence.slice(at));
    if (!m || NO_QUALIFIER.test(m[3]!)) return parts;
    parts.push({ start: at + m[1]!.length, qualifier: m[3]!.toLowerCase() });
    at += m[0].length;
  }
}

/** The part `t` is of a split count in sentence `s`, with the whole's figure where it was read (its period is the part's). */
export function partOfCount(s: { start: number; text: string }, t: Pick<Token, 'start'>, figures: NarrativeFigure[]): { label: string; whole: NarrativeFigure | undefined } | null {
  const part = countPart(s.text, t);
  return part && { label: part.label, whole: figures.find((f) => f.offset === s.start + part.whole) };
}

/** A threshold after its amount: "$100,000 or more", "and above", "1m+". */
const OR_MORE = /^\s*(?:or (?:more|greater|higher|above)|and (?:above|over)|\+(?!\d))/i;
/** A rank before its number: "the top 10 clients", "our largest 20 customers". */
const RANK = /\b(?:top|bottom|largest|biggest|leading)[\s-]*$/i;
/** A threshold before its amount, of things counted: "clients with annual revenue above", "customers over". (Built at its first use: mentions.ts imports this module.) */
let thresholdOf: RegExp | undefined;
/** The things counted named before the count: "Active clients grew to 1,284", "clients above USD 50 million numbered 89". */
let countedBefore: RegExp | undefined;

/** Whether a bare number is a count of things its clause names before it ("... clients ... rose to 42"). */
export function namedBefore(sentence: string, t: Pick<Token, 'start'>): boolean {
  countedBefore ??= new RegExp(String.raw`\b(?:${COUNT_NOUNS})\b[^.;:]{0,80}?\b(?:(?:rose|grew|increased|fell|declined|decreased|climbed|dropped)\s+to|numbered)\s*$`, 'i');
  return countedBefore.test(sentence.slice(Math.max(0, t.start - 120), t.start));
}

/** Why a number only says which class of things is counted, or null. */
export function notACount(sentence: string, t: Pick<Token, 'start' | 'end' | 'currency' | 'percent'>): string | null {
  const before = sentence.slice(0, t.start);
  if (OR_MORE.test(sentence.slice(t.end, t.end + 40))) return 'a threshold ("or more"), not a figure';
  if (!t.currency && !t.percent && RANK.test(before)) return 'a rank ("the top 10 clients"): which things are counted, not a count of them';
  thresholdOf ??= new RegExp(String.raw`\b(?:${COUNT_NOUNS})\b[^,.;:]{0,60}?\b(?:above|over|exceeding|greater than|in excess of)\s*$`, 'i');
  return t.currency && thresholdOf.test(before) ? 'a threshold ("clients above USD 100 million"): which things are counted, not a figure' : null;
}
