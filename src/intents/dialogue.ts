// Dialogue: how a question merges with its thread's last turn, as tables of named rules. Each table is
// tried in order and the first rule that applies decides: which periods, which metrics, which
// operation. A follow-up says so ("and ...", "what about ...") or names no metric and uses only words
// the bot knows ("and a year earlier?", "in USD?"); "What is the weather" is not one.
import { periodEnd, periodKey, priorQuarter, yearAgo, type Period } from '../knowledge/period.js';
import { resolveRef } from '../knowledge/period-grammar.js';
import type { Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { COMPARED, FOLLOW_UP, NAME_BEFORE_TO, PER_PERIOD, RANKING, WHOLE_BEFORE, type Operation } from './recognisers/operations.js';

/** What the dialogue rules read: the question, the thread's last turn (for a follow-up only), what was named. */
export interface Said {
  intent: Intent;
  last: Turn | undefined;
  /** Periods the question names, resolved against the thread's period in a follow-up. */
  named: Period[];
  /** Metric ids named (settled), in question order, and where each was named. */
  ids: string[];
  at: Map<string, number>;
  current: Period;
}

interface Rule<T> {
  name: string;
  applies(s: Said): boolean;
  produce(s: Said): T;
}

/** The first rule of a table that applies. */
function first<T>(rules: Rule<T>[], s: Said): T {
  return rules.find((r) => r.applies(s))!.produce(s);
}

/** Whether a question leans on the thread's last turn. */
export function isFollowUp(lex: Lexicon, intent: Intent, last: Turn | undefined): boolean {
  if (!last) return false;
  if (FOLLOW_UP.test(intent.text)) return true;
  const strays = lex.matcher.unexplained(intent.text, intent.metrics).filter((t) => !lex.matcher.knows(t.word) && !/^\d/.test(t.word));
  return intent.metrics.length === 0 && strays.length === 0;
}

/** The periods named, resolved: relative ones ("a year earlier", "then") against the thread's period. */
export function namedPeriods(intent: Intent, last: Turn | undefined, current: Period): Period[] {
  const anchor = last ? last.periods[last.periods.length - 1]! : current;
  return intent.periods.map((p) => resolveRef(p, anchor)).filter((p): p is Period => p !== null);
}

/** "up compared to Q1 2023": one earlier period named beside a comparison word is the basis. */
const against = (s: Said) =>
  s.named.length === 1 && COMPARED.test(s.intent.text) && periodEnd(s.named[0]!) < periodEnd(s.current) && (s.intent.ops.includes('change') || s.intent.ops.includes('compare'));

/** The period just shown, when the last turn showed one figure for one period. */
const shown = (s: Said) => (s.last?.op === 'value' && s.last.periods.length === 1 ? s.last.periods[0]! : null);

export const PERIOD_RULES: Rule<Period[]>[] = [
  { name: 'vs a period: the one named is the basis, this quarter the other', applies: against, produce: (s) => [s.named[0]!, s.current] },
  {
    // "and a year earlier?" then "growth?": the change from the period just shown to the release's own
    // ("YoY change?" after the same quarter a year earlier was shown is that change too).
    name: 'a change after an earlier period was shown: from it to this quarter',
    applies: (s) => {
      const p = shown(s);
      const basisOfShown = !s.intent.basis || (p && periodKey(p) === periodKey(s.intent.basis === 'yoy' ? yearAgo(s.current) : priorQuarter(s.current)));
      return Boolean(p && !s.named.length && basisOfShown && s.intent.ops.includes('change') && periodEnd(p) < periodEnd(s.current));
    },
    produce: (s) => [shown(s)!, s.current],
  },
  { name: 'periods named', applies: (s) => s.named.length > 0, produce: (s) => s.named },
  { name: "the thread's periods", applies: (s) => Boolean(s.last), produce: (s) => s.last!.periods },
  { name: 'this quarter', applies: () => true, produce: (s) => [s.current] },
];

/**
 * Whether the thread's operation carries over: a follow-up naming only another metric ("and G&A?")
 * keeps a share's whole or a change's basis; one naming only a period keeps a share, ratio or sum.
 */
export function keepsOperation(s: Said): boolean {
  const { last, intent } = s;
  return Boolean(last) && !intent.opExplicit && last!.op !== 'value' && !(s.named.length && !s.ids.length && !PER_PERIOD.includes(last!.op));
}

/** "as a % of net income" after the NCI line: the last line is the part, the one named the whole. */
const wholeOnly = (s: Said) => s.last?.metrics.length === 1 && s.ids.length === 1 && s.intent.ops[0] === 'share' && WHOLE_BEFORE.test(s.intent.text.slice(0, s.at.get(s.ids[0]!)));

export const METRIC_RULES: Rule<string[]>[] = [
  { name: "a whole after a share's part: the last line of the named one", applies: (s) => wholeOnly(s), produce: (s) => [s.last!.metrics[0]!, s.ids[0]!] },
  {
    name: "another line for a share: its part, the thread's whole",
    applies: (s) => keepsOperation(s) && s.last!.op === 'share' && s.ids.length === 1 && s.last!.metrics.length === 2,
    produce: (s) => [s.ids[0]!, s.last!.metrics[1]!],
  },
  { name: 'the lines named', applies: (s) => s.ids.length > 0, produce: (s) => s.ids },
  { name: "the thread's lines", applies: (s) => Boolean(s.last), produce: (s) => s.last!.metrics },
  { name: 'none', applies: () => true, produce: () => [] },
];

/** Whether an operation can work with the metrics named. */
export function fits(op: Operation, metrics: string[], lex: Lexicon, text: string): boolean {
  switch (op) {
    case 'compare':
      // One line compares its parts only when asked to rank them: "revenue vs last year" is a change.
      return metrics.length >= 2 || (metrics.length === 1 && (lex.kb.metrics.get(metrics[0]!)?.children.length ?? 0) > 1 && RANKING.test(text));
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
  lex: Lexicon;
}

/** "net margin Q1 2023 vs Q1 2024", "equity from Dec 31, 2023 to March 31, 2024": one metric at two named periods. */
export const between = (s: OpInput) =>
  s.named.length >= 2 && s.metrics.length === 1 && (s.intent.ops.includes('compare') || s.intent.ops[0] === 'value' || /\bfrom\b.+\bto\b|\bbetween\b.+\band\b/.test(s.intent.text));
/** One figure "vs Q4": the change between the two periods. */
export const versusPeriod = (s: OpInput) => against(s) && s.metrics.length === 1 && !RANKING.test(s.intent.text);

/** One line at two periods, named or set against each other. */
export const twoPeriods = (s: OpInput) => between(s) || versusPeriod(s);

export const OPERATION_RULES: Rule<Operation>[] = [
  { name: "the thread's operation", applies: (s) => keepsOperation(s), produce: (s) => s.last!.op },
  { name: 'one line at two periods: the change between them', applies: (s) => between(s as OpInput) || versusPeriod(s as OpInput), produce: () => 'change' },
  {
    // ("net income attributable to NCI" is one figure's name, not a ratio.)
    name: '"A to B", "A/B" with no other operation: a ratio',
    applies: (s) => {
      const { names, intent } = s as OpInput;
      return !intent.opExplicit && names.length === 2 && /^\s*(?:to|\/|over)\s*$/.test(intent.text.slice(names[0]!.end, names[1]!.start)) && !NAME_BEFORE_TO.test(intent.text.slice(0, names[0]!.end));
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
export const choosePeriods = (s: Said) => first(PERIOD_RULES, s);
export const chooseOperation = (s: OpInput) => first(OPERATION_RULES, s);
