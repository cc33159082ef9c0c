// Dialogue: how a question merges with its thread's last turn, as tables of named rules. Each table is
// tried in order and the first rule that applies decides: which periods, which metrics, which
// operation. A follow-up says so ("and ...", "what about ...") or names no metric and uses only words
// the bot knows ("and a year earlier?", "in USD?"); "What is the weather" is not one.
import { periodKey, type Period } from '../knowledge/period.js';
import { asksAmount, shownLines, type Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { EACH_RATE, numeratorOf, RATE_WORD, rateOf } from './rates.js';
import { basisOnly, onThreadBasis, otherBasis, otherUnit, unitAsked, unitOnly, versusBasis } from './other-basis.js';
import { smallestFamily } from './families.js';
import { BOTH_PERIODS } from './recognisers/periods.js';
import { rankedWithout } from './recognisers/ranked-out.js';
import { contentTokens } from './text.js';
import { NEUTRAL } from './catalog.js';
import { ISSUER_WORDS } from './vocabulary.js';
import { beforeInclusion } from './preliminaries.js';
import { amountOf } from './refiners/amount.js';
import { threadPart } from './refiners/thread-part.js';
import { ADDED_TO_THREAD, addsToThread, mixOfThreadWhole, OPERAND_METRICS, OPERAND_OPERATIONS, operandOp, PART_SHARE, togetherOfShown } from './dialogue-operands.js';
import { against, AGAIN, alike, comparedAgain, listed, PERIOD_RULES, pointed, priorOfThread, shownPair, TOTAL_ONLY } from './dialogue-periods.js';
import { AMOUNT_WORD, DIFFERENCE, FOLLOW_UP, isTopicMetric, LINELESS, NAME_BEFORE_TO, NET_OF_SHOWN, TO_HOLDER, PART_ASKED, PER_PERIOD, RATIO_JOIN, RANKING, SAME_OP, segmentWordOnly, TOTALS, WHOLE_BEFORE, WORDS_OPS, type Operation } from './recognisers/operations.js';

/** What the dialogue rules read: the question, the thread's last turn (for a follow-up only), what was named. */
export interface Said {
  intent: Intent;
  last: Turn | undefined;
  /**
   * The thread's last turn, whether or not the question leans on it: a question naming a new line ("diluted eps?")
   * is no follow-up, but keeps the thread's period, segment and currency where it names none of its own.
   */
  context?: Turn;
  /** Periods the question names, resolved against the thread's period in a follow-up. */
  named: Period[];
  /** Metric ids named (settled), in question order, and where each was named. */
  ids: string[];
  at: Map<string, number>;
  current: Period;
  lex: Lexicon;
}

export interface Rule<T> {
  name: string;
  applies(s: Said): boolean;
  produce(s: Said): T;
}

/** The first rule of a table that applies. */
function first<T>(rules: Rule<T>[], s: Said): T {
  return rules.find((r) => r.applies(s))!.produce(s);
}

/** What a follow-up may ask of the thread's guidance without naming it: its progress, its revision, the earlier outlook ("previous?"). */
const GUIDANCE_OPS = ['progress', 'revision', 'prior'] as const;

/** Whether a question leans on the thread's last turn. */
export function isFollowUp(lex: Lexicon, intent: Intent, last: Turn | undefined): boolean {
  if (!last) return false;
  if (FOLLOW_UP.test(intent.text) || addsToThread(intent) || operandOp(intent) !== null || togetherOfShown(intent, last) || mixOfThreadWhole(lex, intent, last) !== null) return true;
  // "ETR then?": "then" is the thread's period, so the question leans on the thread.
  if (intent.periods.some((p) => p.kind === 'relative' && p.shift === 'then')) return true;
  // "restricted cash at both dates?": the dates are the thread's.
  if (BOTH_PERIODS.test(intent.text)) return true;
  // "prior dividend?" after the dividend: the thread's line a period back.
  if (priorOfThread(intent, last)) return true;
  // "op income, same calc": the operation is the thread's.
  if (SAME_OP.test(intent.text)) return true;
  // "what % of the FY midpoint have they booked?" after guidance, naming no line: that guidance's progress.
  if (last.op === 'guidance' && !intent.metrics.length && GUIDANCE_OPS.some((m) => intent.modifiers.has(m))) return true;
  // "how much was capital light" after the loan volume: words naming a part of the thread's line lean on it.
  if (intent.metrics.length === 1 && threadPart(lex, intent, last, intent.metrics[0]!)) return true;
  // "per diluted ADS?" after non-GAAP net income, "on a cash basis?" after same-store NOI: the thread's line on that unit or basis.
  if ((unitOnly(intent.text) && !intent.periods.length) || basisOnly(intent.text) !== undefined) return true;
  const strays = lex.matcher.unexplained(intent.bare, intent.metrics).filter((t) => !lex.matcher.knows(t.word) && !/^\d/.test(t.word) && !lex.isCue(intent.text)(t)); // (a cue's word, as "net?", is no stray)
  // "diluted?" after basic EPS per share: a bare name that fits several lines leans on the thread's line.
  const bareAmbiguous = intent.metrics.length === 1 && intent.metrics[0]!.ids.length > 1 && !intent.periods.length && !intent.opExplicit;
  return (intent.metrics.length === 0 || bareAmbiguous) && strays.length === 0;
}

/**
 * Whether the thread's operation carries over: a follow-up naming only another metric ("and G&A?")
 * keeps a share's whole or a change's basis; one naming only a period keeps a share, ratio or sum, and one setting a
 * period against a share or ratio ("vs 4Q23?") compares that figure at both, never a new ratio of its lines; "same
 * comparison" says so whatever its noun cues. A topic about no line (the exchange rate, a buyback plan) is
 * left by a follow-up naming a line, and words (a reason, a definition) by one asking a currency or an amount, which
 * only a figure has ("in USD?", "and how much were cap-heavy fees" after what drove a line: a figure, never a sentence).
 */
export function keepsOperation(s: Said): boolean {
  const { last, intent } = s;
  if (!last || last.op === 'value') return false;
  const leavesTopic = LINELESS.includes(last.op) && s.ids.some((id) => !isTopicMetric(id));
  const leavesWords = WORDS_OPS.includes(last.op) && (intent.currency !== null || intent.modifiers.has('amount-asked'));
  // ("and 4Q23 opex in usd" after a change: one period's figure translated, never a change in USD, which is declined.)
  const leavesChange = last.op === 'change' && intent.currency !== null && intent.currency !== last.currency && s.named.length === 1 && !intent.basis;
  // ("how much of that was Total Solutions" after a sum: the part's own figure, never a sum of it alone.)
  const partOfTotal = TOTALS.includes(last.op) && s.ids.length > 0 && PART_ASKED.test(intent.text);
  const asked = !intent.opExplicit || SAME_OP.test(intent.text) || (AGAIN.includes(last.op) && comparedAgain(s));
  return asked && !leavesTopic && !leavesWords && !leavesChange && !partOfTotal && !(s.named.length && !s.ids.length && !PER_PERIOD.includes(last.op));
}

/** "as a % of net income" after the NCI line: the last line is the part, the one named the whole. */
const wholeOnly = (s: Said) => s.last?.metrics.length === 1 && s.ids.length === 1 && s.last.metrics[0] !== s.ids[0] && s.intent.ops[0] === 'share' && WHOLE_BEFORE.test(s.intent.text.slice(0, s.at.get(s.ids[0]!)));

/** Follow-ups naming no line that point at the thread's lines. */
const POINTING_RULES: Rule<string[]>[] = [
  EACH_RATE,
  {
    name: '"add them up", "diff between them", "net of the two", "diff?": the lines the thread just showed',
    applies: (s) => Boolean(s.last) && pointed(s) && shownLines(s.last!).length >= 2 && !namesMore(s),
    produce: (s) => shownLines(s.last!),
  },
  {
    name: '"so the rate is?", "margin?": the named ratio over the two lines just shown (tax over income before tax), or whose numerator was just shown (gross profit)',
    applies: (s) => Boolean(s.last) && RATE_WORD.test(s.intent.text) && rateOf(s.lex, s.last!, shownLines(s.last!), s.intent.text) !== null,
    produce: (s) => [rateOf(s.lex, s.last!, shownLines(s.last!), s.intent.text)!],
  },
  {
    name: '"and last year, the amount?" after a ratio: the line it was computed from',
    applies: (s) => Boolean(s.last) && AMOUNT_WORD.test(s.intent.text) && numeratorOf(s.lex, s.last!) !== null,
    produce: (s) => [numeratorOf(s.lex, s.last!)!],
  },
  {
    name: '"for how much?", "and the max amount in NT$?" after a count: the amount stated with it (refiners/amount.ts)',
    applies: (s) => amountOfCount(s) && paidFor(s).length === 1,
    produce: (s) => paidFor(s),
  },
  {
    // Never the count again: the amount asked is not the figure shown.
    name: '"for how much?", "in NT$?" after a count stated with no amount: none',
    applies: (s) => amountOfCount(s) && s.last?.metrics.length === 1 && s.lex.kindOf(s.last.metrics[0]!) === 'count',
    produce: () => [],
  },
  {
    name: '"and GAAP?", "the non-GAAP one": the same lines on the other basis',
    applies: (s) => Boolean(s.last?.metrics.length) && (s.intent.modifiers.has('gaap') || s.intent.modifiers.has('non-gaap')) && otherBasis(s).length === s.last!.metrics.length,
    produce: (s) => [...new Set(otherBasis(s))],
  },
  {
    name: '"and per ordinary share?" after a per-ADS figure: the same lines per the unit asked',
    applies: (s) => Boolean(s.last?.metrics.length) && unitAsked(s.intent.text) !== null && otherUnit(s).length === s.last!.metrics.length,
    produce: (s) => [...new Set(otherUnit(s))],
  },
  {
    // Never the thread's own line again: the basis asked is not the one shown, or ("what's adjusted out?" after adjusted
    // PBT) asks no figure of it again.
    name: '"and GAAP?" where no line is the twin on that basis: none',
    applies: (s) => Boolean(s.last?.metrics.length) && s.intent.modifiers.has('gaap') !== s.intent.modifiers.has('non-gaap'),
    produce: () => [],
  },
];

export const METRIC_RULES: Rule<string[]>[] = [
  ...OPERAND_METRICS,
  { name: "a whole after a share's part: the last line of the named one", applies: (s) => wholeOnly(s), produce: (s) => [s.last!.metrics[0]!, s.ids[0]!] },
  {
    name: "another line for a share: its part, the thread's whole",
    applies: (s) => keepsOperation(s) && s.last!.op === 'share' && s.ids.length === 1 && s.last!.metrics.length === 2,
    produce: (s) => [s.ids[0]!, s.last!.metrics[1]!],
  },
  { name: '"per diluted ADS?" after a non-GAAP line: the line named on the thread\'s basis, or none', applies: (s) => onThreadBasis(s) !== null, produce: (s) => onThreadBasis(s)! },
  ADDED_TO_THREAD,
  { name: '"adjusted EPS vs the GAAP one": the line named and its twin on that basis, or none', applies: (s) => versusBasis(s) !== null, produce: (s) => versusBasis(s)! },
  { name: 'the lines named', applies: (s) => s.ids.length > 0, produce: (s) => s.ids },
  ...POINTING_RULES,
  PART_SHARE,
  // (Not one named after an inclusion asked: "how's that defined - does it include ICE loans?" defines the thread's line.)
  { name: 'a term the release defines, named ("and ICE?"): no line of the thread', applies: (s) => s.lex.namesTerm(beforeInclusion(s.intent.text)), produce: () => [] },
  { name: "the thread's lines", applies: (s) => Boolean(s.last), produce: (s) => s.last!.metrics },
  { name: 'none', applies: () => true, produce: () => [] },
];

/** An amount asked naming no line ("for how much?", "the amount?", "in NT$?"): of a count, never the count itself. */
const amountOfCount = (s: Said) => s.intent.modifiers.has('amount-paid') || (!s.intent.metrics.length && asksAmount(s.intent));

/** The amounts stated with the thread's one line, a count, for its period. */
const paidFor = (s: Said) => (s.last?.metrics.length === 1 && s.lex.kindOf(s.last.metrics[0]!) === 'count' ? amountOf(s.lex, s.last.metrics[0]!, s.last.periods[0] ?? s.current) : []);


/** Whether a follow-up says a line's words besides its pointer ("the provision for them"): not the lines shown themselves. */
function namesMore(s: Said): boolean {
  const isCue = s.lex.isCue(s.intent.text);
  return s.lex.matcher.unexplained(s.intent.bare, s.intent.metrics).some((t) => s.lex.matcher.isNameWord(t.word) && !isCue(t) && !NEUTRAL.has(t.stem));
}

/** How many lines a run of one-line turns keeps for "add them up". */
const MAX_SHOWN = 6;

/** The lines a run of figure turns for one period has shown, this turn's last: "add them up" takes them all, never the last two. */
export function shownAfter(last: Turn | undefined, turn: Turn): string[] {
  const samePeriods = last && last.periods.map(periodKey).join() === turn.periods.map(periodKey).join();
  const before = last && samePeriods && last.op === 'value' && turn.op === 'value' ? (last.shown ?? last.metrics) : [];
  return [...new Set([...before, ...turn.metrics])].slice(-MAX_SHOWN);
}

/** "which operation had the lowest AISC", "which cost line grew fastest": a ranking of parts, declined where the one line has none, never answered by its total. */
const RANK_PARTS = /\bwhich\s+(?!(?:one|quarters?|years?|periods?|halves|half|months?|dates?|was|is|were|had|did|of)\b)[a-z]+\s+(?:\w+\s+){0,3}(?:the\s+)?(?:lowest|highest|biggest|largest|smallest|best|worst|fastest|slowest)\b/i;
/** Whether an operation can work with the metrics named. */
export function fits(op: Operation, metrics: string[], lex: Lexicon, text: string): boolean {
  switch (op) {
    case 'compare':
      // One line compares its parts only when asked to rank them: "revenue vs last year" is a change;
      // a family named by its head word is ranked as a set ("rank the provision lines"); RANK_PARTS above.
      if (!metrics.length) return RANKING.test(text.replace(/\bwhich\b/g, '')) && smallestFamily(lex.kb, contentTokens(text)).length >= 2;
      return metrics.length >= 2 || (metrics.length === 1 && ((lex.kb.metrics.get(metrics[0]!)?.children.length ?? 0) > 1 || RANK_PARTS.test(text)) && RANKING.test(text));
    case 'breakdown':
      return !segmentWordOnly(text, metrics, lex.kb.metrics);
    case 'share':
    case 'ratio':
    case 'change':
    case 'reason':
    case 'value':
      return metrics.length >= 1;
    default:
      return true;
  }
}

/** What the operation rules read beyond Said: the metrics chosen and the names as qualified. */
export interface OpInput extends Said {
  metrics: string[];
  names: { start: number; end: number }[];
  signs?: ReadonlyMap<string, string>;
}

/** "net margin Q1 2023 vs Q1 2024", "equity from Dec 31, 2023 to March 31, 2024": one metric at two named periods. */
export const between = (s: OpInput) =>
  s.named.length >= 2 &&
  s.metrics.length === 1 &&
  !ranksParts(s) &&
  (s.intent.ops.includes('compare') || (s.intent.ops[0] === 'value' && (alike(s.named) || !listed(s.intent))) || /\bfrom\b.+\bto\b|\bbetween\b.+\band\b/.test(s.intent.text));
/**
 * "which asset line grew most from YE23 to 1Q24": the parts of the one line named, ranked, not the line's own change.
 * "Which was higher", "which quarter" between two periods named chooses between the periods: the line's own change.
 */
const ranksParts = (s: OpInput) => RANKING.test(s.intent.text) && fits('compare', s.metrics, s.lex, s.intent.text) && !(s.named.length >= 2 && PERIOD_CHOICE.test(s.intent.text));
const PERIOD_CHOICE = /\bwhich\s+(?:(?:one|quarters?|years?|periods?|dates?)\b|(?:of\s+(?:the|them|these|those)(?:\s+two)?|was|is|were|had|did)\s+(?:higher|lower|bigger|larger|smaller|greater|better|worse|more|less)\b)/;
/** One figure "vs Q4": the change between the two periods. */
export const versusPeriod = (s: OpInput) => against(s) && s.metrics.length === 1 && !RANKING.test(s.intent.text);

/** One line at two periods, named or set against each other. */
export const twoPeriods = (s: OpInput) => between(s) || versusPeriod(s);

/** The issuer named after a name that takes "to" ("... attributable to the company"): that name's, no ratio's "to". */
const ISSUER_AFTER = new RegExp(`^\\s*(?:to|of)\\s+(?:the\\s+)?(?:${[...ISSUER_WORDS].join('|')})\\b`);

export const OPERATION_RULES: Rule<Operation>[] = [
  ...OPERAND_OPERATIONS,
  { name: "the thread's operation", applies: (s) => keepsOperation(s), produce: (s) => s.last!.op },
  { name: '"vs 4Q23?" after lines shown or set against each other: each line\'s change, never a ratio of the lines', applies: comparedAgain, produce: () => 'change' },
  {
    // Its share cue ("what % of the FY midpoint") names no operation of its own: the guidance is the thread's.
    name: '"what % of the FY midpoint have they booked?", "how much did they raise it?", "previous?" after guidance: an operation of that guidance',
    applies: (s) => s.last?.op === 'guidance' && GUIDANCE_OPS.some((m) => s.intent.modifiers.has(m)),
    produce: () => 'guidance',
  },
  { name: '"largest revenue line other than financing income": a ranking with lines left out, never their sum', applies: (s) => rankedWithout(s.intent.text, (s as OpInput).names, (s as OpInput).signs), produce: () => 'compare' },
  {
    name: 'a difference of the two lines: A − B',
    applies: (s) => (s as OpInput).metrics.length === 2 && DIFFERENCE.test(s.intent.rest) && !s.intent.basis,
    produce: () => 'compare',
  },
  { name: '"net of the three": more lines than a difference has, netted: their sum, each with its sign', applies: (s) => (s as OpInput).metrics.length > 2 && NET_OF_SHOWN.test(s.intent.text), produce: () => 'sum' },
  { name: '"total?" after lines shown: their sum', applies: (s) => (s as OpInput).metrics.length >= 2 && TOTAL_ONLY.test(s.intent.text), produce: () => 'sum' },
  {
    // The guided figures' growth is the guidance's own ("up x% to y% on the prior year"), never a change of past quarters.
    name: '"implied yoy growth?" after guidance, naming no period: the guidance, which states it',
    applies: (s) => s.last?.op === 'guidance' && s.intent.ops.includes('change') && !s.named.length,
    produce: () => 'guidance',
  },
  { name: 'one line at two periods: the change between them', applies: (s) => between(s as OpInput) || versusPeriod(s as OpInput) || shownPair(s) !== null, produce: () => 'change' },
  {
    // ("net income attributable to NCI", "profit to NCI" are one figure's name, not a ratio.)
    name: '"A to B", "A/B", "A per B" with no other operation: a ratio',
    applies: (s) => {
      const { names, intent, metrics, lex } = s as OpInput;
      // ("per" only before a count: "volume per loan" is an amount per thing; "revenue per loan book" is no ratio asked.)
      const said = names.length === 2 ? intent.text.slice(names[0]!.end, names[1]!.start) : '';
      // ("attributable to the company / revenue": the issuer after the first name is that name's "to"; the operator follows.)
      const gap = said.replace(ISSUER_AFTER, '');
      const per = /^\s*per\s*$/.test(gap) && metrics.length === 2 && lex.kindOf(metrics[1]!) === 'count';
      return !intent.opExplicit && (per || RATIO_JOIN.test(gap)) && (gap !== said || !NAME_BEFORE_TO.test(intent.text.slice(0, names[0]!.end))) && !TO_HOLDER.test(intent.text.slice(names[0]!.end));
    },
    produce: () => 'ratio',
  },
  {
    name: 'the first operation cued that the metrics can serve',
    applies: () => true,
    produce: (s) => {
      const { metrics, lex, intent } = s as OpInput;
      return intent.ops.find((o) => fits(o, metrics, lex, intent.text)) ?? 'value';
    },
  },
];

export const chooseMetrics = (s: Said) => first(METRIC_RULES, s);

/** Whether a follow-up points at the thread's lines ("them", "the rate", "the GAAP one"), so its words are no names to refine. */
export const pointsBack = (s: Said) => !s.intent.metrics.length && POINTING_RULES.some((r) => r.applies(s));
export const choosePeriods = (s: Said) => first(PERIOD_RULES, s);
export const chooseOperation = (s: OpInput) => first(OPERATION_RULES, s);
