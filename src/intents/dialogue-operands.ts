// Dialogue's operands: a follow-up that works on the thread's result. One naming a single line right after an
// operator's words ("ratio to net income", "net of DTL?") sets the thread's line against it; one after a sum
// ("change vs Dec on that total", "% of rev") works on that sum, its inputs cited, never on each line alone.
// dialogue.ts runs these rules first in its tables: they are what such a follow-up means whatever else it cues.
import type { OpInput, Rule, Said } from './dialogue.js';
import { RATE_WORD } from './rates.js';
import { against, comparedAgain, THEM } from './dialogue-periods.js';
import type { Answer } from './answer.js';
import { shownLines, type Turn } from './context.js';
import type { Intent } from './recognisers/index.js';
import type { Lexicon } from './lexicon.js';
import { NEUTRAL } from './catalog.js';
import type { Terms } from './refiners/terms.js';
import { DIFFERENCE, isPlanMetric, PAIRED, WHOLE_BEFORE, type Operation } from './recognisers/operations.js';
import type { Frame } from './frame.js';
import { EXCLUSION_WORDS, isExpression, isPartOf } from './recognisers/expressions.js';
import { reconciledOut } from './handlers/adjusted-for.js';
import { rankedWithout } from './recognisers/ranked-out.js';

/** What may stand before an operator's words: "and", "so what's the", "its". */
const LEAD_IN = String.raw`^\W*(?:(?:and|so|ok|now)\s+)?(?:(?:what(?:'s| is| was)\s+)?(?:the|its|it)\s+)?`;
/** "ratio to", "as a multiple of", "x of", "relative to", "over", "divided by": the line after is the denominator. */
const RATIO_LEAD = new RegExp(`${LEAD_IN}(?:(?:as\\s+)?(?:an?\\s+)?(?:ratio|multiple)\\s+(?:to|of|over|against|vs\\.?)|x\\s+of|(?:relative|compared)\\s+to|over|divided\\s+by|/|÷)\\s*$`);
/** "net of", "less", "minus", "diff to": the line after is taken from the thread's. */
const NET_LEAD = new RegExp(`${LEAD_IN}(?:net\\s+of|less|minus|(?:difference|diff|gap)\\s+(?:to|vs\\.?|with|from))\\s*$`);

const LEADS: { lead: RegExp; op: Operation }[] = [
  { lead: RATIO_LEAD, op: 'ratio' },
  { lead: NET_LEAD, op: 'compare' },
];

/** The operation a question asks of one line it names right after an operator's words, or null. */
export function operandOp(intent: Intent): Operation | null {
  if (intent.metrics.length !== 1) return null;
  const before = intent.text.slice(0, intent.metrics[0]!.start);
  return LEADS.find((l) => l.lead.test(before))?.op ?? null;
}

/** "together as % of total volume" after lines shown one by one: a follow-up on their total, naming only its whole. */
export const togetherOfShown = (intent: Intent, last: Turn) => intent.metrics.length === 1 && intent.ops.includes('share') && totalOfShown(intent, last);

/** The one line a thread is about: its only line, or a ratio's or share's numerator ("as a multiple of NI" after CFO to revenue). */
const subject = (s: Said) => (s.last?.metrics.length === 1 || (s.last && ['ratio', 'share'].includes(s.last.op)) ? s.last.metrics[0] : undefined);

/** A follow-up of that kind after one line: the thread's line, then the one named. */
const onThreadLine = (s: Said) => s.ids.length === 1 && subject(s) !== undefined && subject(s) !== s.ids[0] && operandOp(s.intent) !== null;

/** Words pointing at the thread's sum: "that total", "the sum", "the total's", "combined". */
const THREAD_TOTAL = /\b(?:(?:that|the|this|its)\s+(?:total|sum)(?:['’]s)?|combined|together)\b/;

/** Those words after two or more lines shown one by one: their total. */
const totalOfShown = (intent: Intent, last: Turn) => THREAD_TOTAL.test(intent.text) && shownLines(last).length >= 2;

const afterSum = (s: Said) => s.last?.op === 'sum' && s.last.metrics.length >= 2;

/** The lines a figure takes away: a difference's second ("A less B"), a signed sum's minus lines. */
export function takenBy(frame: Pick<Frame, 'op' | 'metrics' | 'signs'>, intent: Intent): string[] | undefined {
  if (frame.op === 'compare') return frame.metrics.length === 2 && DIFFERENCE.test(intent.rest) ? [frame.metrics[1]!] : undefined;
  const minus = frame.metrics.filter((id) => frame.signs.get(id) === 'minus');
  return frame.op === 'sum' && minus.length ? minus : undefined;
}

/**
 * "yoy?", "vs last year?" naming no line after a difference (NOI = rental revenue less operating expenses): that
 * difference again, as a signed sum, at the periods asked; its change, never each line's alone (hl29-m-07).
 */
const onThreadDifference = (s: Said) =>
  s.last?.op === 'compare' && Boolean(s.last.taken?.length) && !s.ids.length && (s.intent.basis !== null || comparedAgain(s)) && s.intent.ops.every((o) => o === 'change' || o === 'compare' || o === 'value');

/** The lines a follow-up works on as one total: the thread's sum, or the lines just shown one by one said "together" ("together as % of total"). */
const summed = (s: Said): string[] | null => (afterSum(s) ? s.last!.metrics : s.last && totalOfShown(s.intent, s.last) ? shownLines(s.last) : null);

/**
 * "change vs Dec on that total", "yoy?" after a sum, naming no line: that sum again, at the periods asked. (One
 * period named and no basis, "same total at YE23, and the growth?", leaves the change to the change rules.)
 */
const onThreadSum = (s: Said) =>
  afterSum(s) && !s.ids.length && (THREAD_TOTAL.test(s.intent.text) || s.intent.ops.includes('change') || s.intent.basis !== null) && !(s.named.length === 1 && !against(s) && !s.intent.basis);

/** "% of rev", "as % of total volume" after a sum, naming its whole: the line named, the sum's whole. */
export function wholeOfThreadSum(s: Said): string | null {
  const lines = summed(s);
  if (!lines || s.ids.length !== 1 || lines.includes(s.ids[0]!) || !s.intent.ops.includes('share')) return null;
  return WHOLE_BEFORE.test(s.intent.text.slice(0, s.at.get(s.ids[0]!))) ? s.ids[0]! : null;
}

/** "mix of (the total)" right before a line's name: the whole a mix is asked of. */
const MIX_OF = /\bmix\s+of\s+(?:(?:the|all|total|overall)\s+)*$/;

/**
 * "mix of total rev" after one of its parts: the whole named, whose mix asked of that part is its share. Null where
 * the thread's line is no part of it (the whole itself, another line): a mix of the whole alone is its breakdown.
 */
export function mixOfThreadWhole(lex: Lexicon, intent: Intent, last: Turn | undefined): string | null {
  const [m] = intent.metrics;
  if (intent.metrics.length !== 1 || m!.ids.length !== 1 || last?.metrics.length !== 1 || !intent.modifiers.has('mix')) return null;
  return MIX_OF.test(intent.text.slice(0, m!.start)) && isPartOf(lex.kb, last.metrics[0]!, m!.ids[0]!) ? m!.ids[0]! : null;
}

export const OPERAND_METRICS: Rule<string[]>[] = [
  {
    name: '"mix of total rev" after one of its parts: that part as a share of the whole named',
    applies: (s) => s.ids.length === 1 && mixOfThreadWhole(s.lex, s.intent, s.last) === s.ids[0],
    produce: (s) => [s.last!.metrics[0]!, s.ids[0]!],
  },
  { name: '"ratio to net income", "net of DTL" after one line: the thread\'s line and the one named', applies: onThreadLine, produce: (s) => [subject(s)!, s.ids[0]!] },
  { name: '"% of rev" after a sum: the sum\'s lines and the whole named', applies: (s) => wholeOfThreadSum(s) !== null, produce: (s) => [...summed(s)!, s.ids[0]!] },
];

/**
 * A follow-up adding lines to the thread's figure: "plus ST and LT investments", "and add the current portion", "+ restricted
 * cash", "also adding ICE". ("add X and Y together", "add up X and Y" sum the lines named alone.)
 */
const ADD_TO = /^\W*(?:(?:and|ok|now|also|then|so)\s+)*(?:add(?:ing)?|plus|\+)\s(?![\s\S]*\b(?:together|up)\b)/;

/** A question opening on a bare "add" that names two lines or more ("add S&M and G&A") sums those lines, as a new question does. */
const ADD_BARE = /^\W*add\s/;

export const addsToThread = (intent: Intent) => intent.ops[0] === 'sum' && ADD_TO.test(intent.text) && !(ADD_BARE.test(intent.text) && intent.metrics.length > 1);

/**
 * "plus ST and LT investments" after cash: the thread's figure (its one line, or its sum's lines) and the lines named, added;
 * "add them to op CF" after lines shown one by one: every line shown ("them" is never the last alone). After lines shown
 * apart ("revenue and net income", then "plus other income"), which figure it adds to is unsaid: none, so the sum asks.
 */
export const ADDED_TO_THREAD: Rule<string[]> = {
  name: '"plus ST and LT investments", "add the current portion", "add them to op CF" after a line, a sum or lines shown: the thread\'s lines and those named',
  applies: (s) => addsToThread(s.intent) && s.ids.length > 0 && s.last !== undefined,
  produce: (s) => {
    const shown = THEM.test(s.intent.text) ? shownLines(s.last!) : [];
    const held = shown.length >= 2 ? shown : s.last!.metrics.length === 1 || s.last!.op === 'sum' ? s.last!.metrics : [];
    return held.length ? [...new Set([...held, ...s.ids])] : [];
  },
};

/** Whether a line may be a part of another: the same kind and timing, and two of the whole's words in its name. */
function partOf(lex: Lexicon, part: string, whole: string): boolean {
  if (part === whole || lex.kindOf(part) !== lex.kindOf(whole) || lex.timingOf(part) !== lex.timingOf(whole)) return false;
  const own = new Set(lex.matcher.contextOf(part));
  return lex.matcher.contextOf(whole).filter((s) => !NEUTRAL.has(s) && own.has(s)).length >= 2;
}

/** "in %", "as a percentage": the figure just shown asked in percent, which of a part is its share of the whole shown before it. */
const IN_PERCENT = /^\W*(?:(?:and|so|ok)\s+)?(?:in|as)\s+(?:an?\s+)?(?:%|percent(?:age)?)(?:\s+terms)?\s*[?.!]*$/;

/** "what % is that", "in %" after a part ("how much of that is Total Solutions"): the part as a share of the line shown before it. */
const partShare = (s: Said) =>
  !s.ids.length && (s.intent.ops[0] === 'share' || IN_PERCENT.test(s.intent.text)) && s.last?.metrics.length === 1 && s.last.earlier.length === 1 && partOf(s.lex, s.last.metrics[0]!, s.last.earlier[0]!);

export const PART_SHARE: Rule<string[]> = { name: '"what % is that", "in %" after a part: the part as a share of the line shown before it', applies: partShare, produce: (s) => [s.last!.metrics[0]!, s.last!.earlier[0]!] };

/** "what was that margin a yr ago" after a share or ratio: the rate pointed at by its word (rates.ts), a figure of its own. */
const rateOfPaired = (s: OpInput) =>
  PAIRED.includes(s.last?.op ?? 'value') && !s.ids.length && RATE_WORD.test(s.intent.text) && s.metrics.length === 1 && s.lex.kindOf(s.metrics[0]!) === 'percent' && !s.intent.ops.some((o) => PAIRED.includes(o));

/** What of a plan was used or is left ("how much executed so far", "what % used"), asked after it naming no line: the plan's arithmetic. */
const PLAN_PROGRESS = ['spent', 'remaining', 'of-plan'] as const;

export const OPERAND_OPERATIONS: Rule<Operation>[] = [
  { name: '"how much executed so far", "what % used" after a buyback plan or one of its figures: that plan\'s', applies: (s) => (s.last?.op === 'buyback' || Boolean(s.last?.metrics.some(isPlanMetric))) && s.ids.every(isPlanMetric) && PLAN_PROGRESS.some((m) => s.intent.modifiers.has(m)), produce: () => 'buyback' },
  { name: '"in %" after a part: its share of the line shown before it', applies: (s) => partShare(s) && s.intent.ops[0] !== 'share', produce: () => 'share' },
  { name: '"that margin a year ago" after a share: the rate, as a value at the period asked (never a share of one line)', applies: (s) => rateOfPaired(s as OpInput), produce: () => 'value' },
  { name: '"ratio to net income" after one line: a ratio; "net of DTL": a difference', applies: onThreadLine, produce: (s) => operandOp(s.intent)! },
  { name: '"% of rev", "change vs Dec on that total" after a sum: the sum, worked on', applies: (s) => wholeOfThreadSum(s) !== null || onThreadSum(s), produce: () => 'sum' },
  { name: '"yoy?" after a difference: the difference, worked again as a signed sum', applies: onThreadDifference, produce: () => 'sum' },
  // (A term the recognisers left to the refiners, "total debt" of "total debt minus cash and short-term investments", is one of them.)
  // (A ranking with a family left out, "smallest opex line excluding provisions", ranks the rest: dialogue.ts's rule.)
  { name: 'more than two lines with an operator between them: a sum, each with its sign', applies: (s) => (s as OpInput).metrics.length > 2 && isExpression(s.intent.text, [...(s as OpInput).names].sort((a, b) => a.start - b.start)) && !rankedWithout(s.intent.text, (s as OpInput).names, (s as OpInput).signs), produce: () => 'sum' },
];

/** The terms of a sum with the whole a follow-up names after it ("% of rev" after "combined") signed so. */
export function withThreadWhole(s: Said, terms: Terms | Answer): Terms | Answer {
  const whole = wholeOfThreadSum(s);
  if (whole && 'signs' in terms) terms.signs.set(whole, 'whole');
  // The lines the thread's difference or signed sum took away stay taken away when it is worked again.
  if ((onThreadDifference(s) || onThreadSum(s)) && 'signs' in terms) for (const id of s.last!.taken ?? []) terms.signs.set(id, 'minus');
  return terms;
}

/** A follow-up opening on an exclusion ("ex-provisions?", "and excluding funding costs?"): no whole of its own. */
const EXCLUDING_FIRST = new RegExp(`^\\W*(?:(?:and|so|ok|now|what about|how about)\\s+)*(?=(?:${EXCLUSION_WORDS})(?:[\\s-]))`, 'i');

/**
 * "ex-provisions?" after one line shown ("total opex this quarter"): the question asked of that line, its whole
 * ("Total operating costs and expenses ex-provisions?"), so the lines taken out are read as parts of it. Read alone,
 * "provisions" was asked as a line of its own (which of two?) and "excluding funding costs" had nothing to sum.
 */
export function excludedFromThread(lex: Lexicon, thread: Turn | undefined, intent: Intent, question: string): string | null {
  const lead = EXCLUDING_FIRST.exec(question);
  if (!lead || !thread || thread.declined || thread.metrics.length !== 1 || !['value', 'change'].includes(thread.op)) return null;
  // (Only parts of it named: "excluding SBC, what was net income?" names its own whole.)
  const whole = thread.metrics[0]!;
  // (Or an item the release's reconciliation takes out of it: "ex-SBC" after the operating margin, handlers/adjusted-for.ts.)
  if (!intent.metrics.every((m) => m.ids.some((id) => isPartOf(lex.kb, id, whole) || reconciledOut(lex.kb, id, whole)))) return null;
  return `${lex.matcher.label(thread.metrics[0]!)} ${question.slice(lead[0].length)}`;
}
