// The role each figure of a buyback sentence takes (the plan's size, what was bought, what is left), read from
// the words right beside that figure, never from the sentence as a whole: "share buy-back of up to $150 million:
// $41.3 million completed" prints the plan's size and what was done in one sentence, and its "up to" says nothing
// of the $41.3 million. Pinned by test/corpus/buyback-roles.jsonl.
import type { Decimal } from 'decimal.js';
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { memo } from '../../knowledge/memo.js';
import { toPointStyle } from '../../knowledge/number-style.js';
import { tokens as figuresOf, type Token } from '../../knowledge/prose/mentions.js';
import type { Ask } from '../frame.js';
import { raw } from '../format.js';
import { BOUGHT_FOR, isPrice } from './buyback-parts.js';
import { commaGrouped, PLAN_WORD, PROGRESS } from './buyback-words.js';
import { labelOf } from './plan-years.js';

/** The figures a sentence of the release prints: the same few sentences are read for every buyback question. */
export const tokens = memo(figuresOf, { weigh: (ts) => 40 * ts.length });

/** What a plan's figure is: its size (authorised), what was bought or spent under it, what is left of it. */
export type Role = 'size' | 'spent' | 'left';

/** A named rule: the words ending where the figure starts (`before`), or starting where it ends (`after`). */
interface RoleRule {
  name: string;
  role: Role;
  before?: RegExp;
  after?: RegExp;
}

const BUYBACK = String.raw`(?:(?:on-market|open[- ]market|share|stock)\s+)*(?:(?:re)?purchase|buy-?\s?back)`;
/** A count's noun after its number ("12.6 million shares were bought back"). */
const NOUN = String.raw`(?:\s+(?:(?:ordinary|common|class \w)\s+)?(?:shares|ADSs|units|stock))?`;
const BOUGHT = String.raw`(?:(?:re)?purchased|bought(?:\s+back)?|acquired)`;
const ABOUT = String.raw`(?:(?:approximately|about|around|nearly)\s+)?`;

export const ROLE_RULES: RoleRule[] = [
  { name: 'a ceiling', role: 'size', before: /\b(?:up to|a maximum of|not (?:to )?exceed(?:ing)?)\s*$/i },
  { name: "the plan's amount", role: 'size', before: new RegExp(String.raw`\b${PLAN_WORD}\s+(?:of|for)\s+${ABOUT}$`, 'i') },
  { name: 'an amount authorised', role: 'size', before: /\bauthori[sz]ed\s+(?:(?:an?|the)\s+)?(?:additional\s+)?$/i },
  // (Or for the plan's word alone where the sentence is the buyback's: "remained under the $650 million authorization".)
  { name: 'named for the plan', role: 'size', after: new RegExp(String.raw`^\s+(?:${BUYBACK}\s+)?${PLAN_WORD}\b`, 'i') },
  { name: 'bought for', role: 'spent', before: new RegExp(String.raw`\b${BOUGHT}\b(?:(?![;:]|\.\s)[^])*\b(?:for|at)\s+(?:an?\s+)?(?:(?:total|aggregate)\s+)?(?:(?:cost|amount|consideration)\s+)?(?:of\s+)?${ABOUT}$`, 'i') },
  // (Or set after the price, "bought back 12.4 million shares ... at an average price of A$7.10 per share, a cost of A$88.0 million".)
  { name: 'at a cost of', role: 'spent', before: new RegExp(String.raw`\b${BOUGHT}\b(?:(?![;:]|\.\s)[^])*,\s*(?:at\s+)?(?:an?\s+)?(?:(?:total|aggregate)\s+)?cost\s+of\s+${ABOUT}$`, 'i') },
  // (Or said as it goes on: "completed the £100m buyback ..., repurchasing 38.2m shares at an average price of 261.8p".)
  { name: 'the count bought', role: 'spent', before: new RegExp(String.raw`\b(?:${BOUGHT}|(?:re)?purchasing|buying\s+back|acquiring)\s+(?:a total of\s+)?${ABOUT}$`, 'i') },
  { name: 'said to be done', role: 'spent', after: new RegExp(String.raw`^${NOUN}\s+(?:(?:has|had|have)\s+been\s+|(?:was|were)\s+)?(?:completed|spent|used|utili[sz]ed|executed|deployed|${BOUGHT})\b`, 'i') },
  // (A plan's progress said of the plan: "the share buyback programme of up to CHF 400 million ... had reached CHF 152 million".)
  { name: 'reached', role: 'spent', before: new RegExp(String.raw`\b(?:has|had|have)\s+(?:so\s+far\s+)?reached\s+${ABOUT}$`, 'i') },
  { name: 'left', role: 'left', before: new RegExp(String.raw`\b(?:leaving|left\s+with)\s+${ABOUT}$`, 'i') },
  { name: 'said to remain', role: 'left', after: /^\s+(?:(?:is|was|were)\s+(?:still\s+)?)?(?:remain\w*|available|left|unused)\b/i },
];

/** The rules a figure of a sentence matches, by the words beside it. */
export const rulesBeside = (sentence: string, t: Token): RoleRule[] =>
  ROLE_RULES.filter((r) => (!r.before || r.before.test(sentence.slice(0, t.start))) && (!r.after || r.after.test(sentence.slice(t.end))));

/** One role, or null where the words beside it say none or say two. */
export const roleOfToken = (sentence: string, t: Token): Role | null => {
  const roles = new Set(rulesBeside(sentence, t).map((r) => r.role));
  return roles.size === 1 ? [...roles][0]! : null;
};

/**
 * The role of a figure (its value, money or a count) in its sentence: undefined where the sentence does not print
 * it as read, null where the figure is there but the words beside it (or its several places) give no one role.
 */
export function roleBeside(sentence: string, value: Decimal, money: boolean): Role | null | undefined {
  const at = tokens(sentence).filter((t) => !t.percent && Boolean(t.currency) === money && t.value.abs().equals(value.abs()));
  if (!at.length) return undefined;
  const roles = new Set(at.map((t) => roleOfToken(sentence, t)));
  return roles.size === 1 ? [...roles][0]! : null;
}

/** The amounts and counts of shares a sentence prints in a role ("up to $150 million" of a plan's size). */
export const tokensIn = (sentence: string, role: Role): Token[] => tokens(sentence).filter((t) => !t.percent && roleOfToken(sentence, t) === role);

/** A plan's size ("aggregate value", "authorized") and the amount spent under it ("total amount"), by their labels. */
const SIZE = /\b(?:aggregate value|authori[sz]ed|up to|size)\b/i;
const SPENT = /\b(?:total amount|spent|purchased for|consideration)\b/i;

/**
 * A plan's size or its amount spent, by its label, else by the words beside it in its sentence. (A figure named for
 * the plan, "the $40.0 million share repurchase program", is its size; "amount repurchased under the program" is not.)
 * A figure its sentence does not print as read (a decimal comma) is read by its clause as a whole. (A price per
 * share under the plan is no size of it, though its sentence says "up to".)
 */
export const isSize = (ask: Ask, f: Fact) => !isPrice(f) && roleOf(ask, f) === 'size';
export const isSpent = (ask: Ask, f: Fact) => roleOf(ask, f) === 'spent';
/** The amounts spent and the counts of shares bought, by the figures' own words. */
export const spentOf = (ask: Ask, fs: Fact[]) => fs.filter((f) => f.unit.kind === 'money' && isSpent(ask, f));
export const boughtOf = (ask: Ask, fs: Fact[]) => fs.filter((f) => f.unit.kind === 'count' && isSpent(ask, f));
const roleOf = (ask: Ask, f: Fact): Role | null => {
  const sentence = sentenceOf(ask, f);
  const money = f.unit.kind === 'money';
  const beside = roleBeside(sentence, f.value, money);
  // (Where its words beside say nothing, the clause's words are its own only if it is the clause's one figure of its kind.)
  const alone = (clause: string) => tokens(clause).filter((t) => !t.percent && Boolean(t.currency) === money).length === 1;
  const clause = clauseOf(sentence, f);
  return byLabel(labelOf(ask, f)) ?? (beside === undefined || (beside === null && alone(clause)) ? bySentence(clause) : beside === 'left' ? null : beside);
};
/** The clause of a sentence that prints a figure ("up to 5 million shares; 1.2 million shares were bought back"). */
const clauseOf = (sentence: string, f: Fact, held = sentence.split(';').filter((c) => commaGrouped(c).includes(raw({ ...f, value: f.value.abs() })))) =>
  held.length === 1 ? held[0]! : sentence;
const byLabel = (label: string) => (SIZE.test(label) || namesPlan(label) ? 'size' : SPENT.test(label) ? 'spent' : null);
const namesPlan = (label: string) => PLAN_AT_END.test(label) && !SPENT.test(label) && !PROGRESS.test(label);
const PLAN_AT_END = new RegExp(String.raw`\b${PLAN_WORD}$`, 'i');
/** What a plan's clause states: its size, or what was bought for how much (never both at once). */
const bySentence = (s: string) => (SIZE.test(s) === BOUGHT_FOR.test(s) ? null : SIZE.test(s) ? 'size' : 'spent');

/** Whether a sentence, over every line it is wrapped onto, stands on a fact's line and prints its figure. */
export const holds = (t: TextFact, f: Fact) => t.citation.document === f.citation.document && t.citation.line <= f.citation.line && f.citation.line <= (t.continued?.at(-1)?.line ?? t.citation.line) && held(t.text, raw({ ...f, value: f.value.abs() }));
/** A sentence holds a figure as read, or, kept as a decimal-comma release prints it ("4,2 million"), read in the point style. */
const held = (text: string, figure: string) => commaGrouped(text).includes(figure) || toPointStyle(text).includes(figure);
/** The sentence a fact stands in: the release's sentence over its line that prints its figure, else the line. */
export const sentenceOf = (ask: Ask, f: Fact): string => (ask.kb.texts.find((t) => holds(t, f) && t.citation.line === f.citation.line) ?? ask.kb.texts.find((t) => holds(t, f)))?.text ?? f.citation.quote;
