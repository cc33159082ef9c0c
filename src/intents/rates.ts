// A ratio a follow-up asks for by its word alone ("so the rate is?", "margin?", "margins for both"): the
// formula over the lines the thread just showed (knowledge/formulas.ts), or the printed line that states it.
import { formulaLines, type FormulaLines } from '../knowledge/formulas.js';
import type { Answer } from './answer.js';
import { shownLines, type Turn } from './context.js';
import type { Rule, Said } from './dialogue.js';
import { THEM } from './dialogue-periods.js';
import type { Lexicon } from './lexicon.js';
import { inline, unknown } from './reply.js';
import { onBasisOf } from './other-basis.js';

/** The words a ratio's name ends in. */
const RATE_NAMES = 'rate|ratio|margin';
/** The word of a ratio's name a follow-up says for it ("margins" of several lines too). */
export const RATE_WORD = new RegExp(`\\b(?:${RATE_NAMES})s?\\b`);
/** The ratio's word a question says, in the singular ("margins for both": margin). */
const rateWord = (text: string) => RATE_WORD.exec(text.toLowerCase())?.[0].replace(/s$/, '');

type Formulas = [string, FormulaLines][];
const idOf = ([id, x]: [string, FormulaLines]) => x.stated ?? `formula:${id}`;

/**
 * The ratio whose numerator is the line and whose name ends in the word said ("margin" of operating income: the
 * operating margin), or a segment's printed one over the segment's sales ("margin?" after Valves' net sales); null where not exactly one.
 */
function rateOver(lex: Lexicon, formulas: Formulas, line: string, said: string): string | null {
  const word = rateWord(said);
  const of = (x: FormulaLines) => x.numerator.includes(line) || (x.segment !== undefined && x.stated !== undefined && x.denominator.includes(line));
  const over = formulas.filter(([id, x]) => of(x) && lex.matcher.label(`formula:${id}`).toLowerCase().endsWith(` ${word}`));
  return over.length === 1 ? idOf(over[0]!) : null;
}

/** The ratio of the two lines shown, one its numerator and the other its denominator (tax over income before tax). */
const ratioOfPair = (formulas: Formulas, shown: string[]) => {
  const of = (ids: string[]) => ids.some((id) => shown.includes(id));
  const f = shown.length === 2 ? formulas.find(([, x]) => of(x.numerator) && of(x.denominator)) : undefined;
  return f ? idOf(f) : null;
};

/**
 * The thread's one line where it is itself a ratio going by the word said ("prior year margin?" after the operating
 * margin): that ratio kept, never another line whose name ends in the word (the gross margin).
 */
function rateItself(lex: Lexicon, line: string, said: string): string | null {
  const word = rateWord(said);
  return word && lex.kindOf(line) === 'percent' && new RegExp(`(?:^|\\s)${word}s?$`).test(lex.matcher.label(line).toLowerCase()) ? line : null;
}

/** The ratio whose two lines the thread just `shown`, or whose numerator alone it showed and whose name's word `said` says, or the thread's one line where it is that ratio, as a formula id. */
export function rateOf(lex: Lexicon, last: Turn, shown: string[], said: string): string | null {
  const formulas = [...formulaLines(lex.kb)];
  const line = last.metrics.length === 1 ? last.metrics[0]! : null;
  return ratioOfPair(formulas, shown) ?? (line ? (rateOver(lex, formulas, line, said) ?? rateItself(lex, line, said)) : null);
}

/** "ratio between the two", "the ratio of them": one ratio of the lines shown to each other, no ratio of each. */
const ONE_BETWEEN = /\b(?:ratio|multiple)\s+(?:between|of)\s+(?:the\s+two|the\s+pair|them|these\s+two|those\s+two|both)\b/;

/** "margins for both", "the rate of each": the ratio named over every line the thread showed, each one's (null for a line with none), where those lines are no ratio's two parts. */
function ratesOfEach(s: Said): (string | null)[] | null {
  const { last, intent, lex } = s;
  const shown = last ? shownLines(last) : [];
  if (shown.length < 2 || !RATE_WORD.test(intent.text) || !THEM.test(intent.text) || ONE_BETWEEN.test(intent.text)) return null;
  const formulas = [...formulaLines(lex.kb)];
  return ratioOfPair(formulas, shown) ? null : shown.map((line) => rateOver(lex, formulas, line, intent.text));
}

export const EACH_RATE: Rule<string[]> = {
  name: '"margins for both", "the rate of each": that ratio over each line the thread showed (never the last line\'s alone)',
  applies: (s) => ratesOfEach(s)?.every((id) => id !== null) ?? false,
  produce: (s) => ratesOfEach(s) as string[],
};

/** A ratio's word alone after one line ("and the margin?", "margin on that?", "what's the margin there"): the whole question, its connectives and pointers aside. */
const RATE_ALONE = new RegExp(`^\\s*(?:and|so|what about|how about|what'?s|whats)?\\s*(?:the|its|their)?\\s*(?:${RATE_NAMES})\\s*(?:(?:on|of|for|in)\\s+(?:that|it|this)|there)?\\s*[?.!]*\\s*$`, 'i');

/**
 * "and the margin?" after a part's line ("Adjusted EBITA, Grid Solutions") with no ratio over it and no line
 * holding its words and the ratio's: declined naming it. The group's "Adjusted EBITA margin" had been answered,
 * another line's figure given as the part's.
 */
function rateOfOneMissing(s: Said): Answer | null {
  const line = s.last?.metrics.length === 1 ? s.last.metrics[0]! : null;
  if (!line || !RATE_ALONE.test(s.intent.text) || rateOf(s.lex, s.last!, shownLines(s.last!), s.intent.text)) return null;
  const word = rateWord(s.intent.text)!;
  if (s.lex.matcher.goingBy([...s.lex.matcher.labelStems(line), word]).some(onBasisOf(s.lex, s.last!, s.intent.modifiers))) return null;
  return unknown(`I know no ${word} of ${inline(s.lex.matcher.label(line))}: the release states none and gives no line to work one out over. Ask for the ${word} of a line by its name.`, 'not-in-release');
}

/** "margins for both" where a line the thread showed has no such ratio: declined naming it, never answered with the others alone. */
export function rateMissing(s: Said): Answer | null {
  const each = ratesOfEach(s);
  if (!each) return rateOfOneMissing(s);
  if (!each.includes(null)) return null;
  const without = shownLines(s.last!).filter((_, k) => each[k] === null).map((id) => inline(s.lex.matcher.label(id)));
  const word = rateWord(s.intent.text)!;
  return unknown(`I know no ${word} of ${without.join(' or ')}, so I can't give one for each line shown. Ask for the ${word} of a line by its name.`, 'not-in-release');
}

/**
 * The line a ratio the thread just showed was computed from ("margin?" then "and last year, the amount?"):
 * the formula's numerator, the one the thread showed before if it did. None where the ratio has no
 * numerator line of its own (revenue less cost): that would be a figure the release does not print.
 */
export function numeratorOf(lex: Lexicon, last: Turn): string | null {
  if (last.metrics.length !== 1) return null;
  const id = last.metrics[0]!;
  const lines = [...formulaLines(lex.kb)].find(([f, x]) => id === `formula:${f}` || id === x.stated)?.[1];
  if (!lines?.numerator.length) return null;
  return lines.numerator.find((n) => last.earlier.includes(n)) ?? lines.numerator[0]!;
}
