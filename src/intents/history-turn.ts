// History in a thread: "average?", "add them up" or "the highest?" after "net income each quarter" asks
// along the thread's span, for its lines; "and total net revenue?" asks the new line along it; a
// question naming a period of its own leaves the span.
import type { Turn } from './context.js';
import type { Period } from '../knowledge/period.js';
import type { Lexicon } from './lexicon.js';
import { recognise, type Intent } from './recognisers/index.js';
import { asksForThing } from './coverage.js';
import { tooFewChanges, type AlongAsk } from './handlers/history.js';
import { readHistory, type HistoryAsk, type HistoryOp, type Span } from './recognisers/history.js';
import { trailingNamed } from './trailing-named.js';

export interface Along {
  op: HistoryOp;
  span: Span;
}

/**
 * The history a question asks and the question as the rest of the pipeline reads it. Trailing words a printed line's
 * own name holds ("LTM attrition": "Attrition (last twelve months)") name that line, never four quarters (trailing-named.ts).
 */
export function historyAsked(lex: Lexicon, q: string, current: Period, threadSpan: boolean): { asked: string; history: HistoryAsk | null } {
  const trailing = trailingNamed(lex, q);
  return trailing ? { asked: trailing, history: null } : { asked: q, history: readHistory(q, current, threadSpan) };
}

/** A follow-up naming no line, along the thread's span: its lines, this operation. */
export function alongThread(lex: Lexicon, h: HistoryAsk, last: Turn | undefined): { turn: Turn; history: Along & { chart: boolean } } | null {
  if (h.span || !last?.history || !last.metrics.length || lex.matcher.match(h.rest).length || asksOwnThing(lex, h.rest)) return null;
  const history = { op: h.op, span: last.history.span };
  return { turn: { ...last, history, choices: [] }, history: { ...history, chart: h.chart } };
}

/** A word of the rest asking for a thing of its own ("price" of "avg price?"): no average of the lines shown, a question of its own. */
function asksOwnThing(lex: Lexicon, rest: string): boolean {
  const intent = recognise(rest, lex);
  return lex.matcher.unexplained(intent.bare, intent.metrics).some(asksForThing(lex, intent));
}

/** Operations that read two quarters shown one after the other as a span ("add them up" after "Q1?" and "and Q2?"). */
const OVER_TWO: HistoryOp[] = ['sum', 'average', 'overall'];

/**
 * "add them up", "average?" after one line shown at two periods, a turn each ("net income Q1 2025", "and
 * Q2?"): those two periods are the span, the later the thread's own. Anything else is no history.
 */
export function alongShown(lex: Lexicon, q: string, last: Turn | undefined): { turn: Turn; history: Along & { chart: boolean } } | null {
  if (!last?.before || last.history || last.periods.length !== 1) return null;
  const h = readHistory(q, last.periods[0]!, true);
  if (!h || h.span || !OVER_TWO.includes(h.op)) return null;
  return alongThread(lex, h, { ...last, history: { op: h.op, span: { kind: 'list', periods: [last.before, last.periods[0]!] } } });
}

/** The span a question asks along: its own, the thread's for a follow-up naming no period, or none. */
export function spanOf(h: HistoryAsk | null, thread: Turn | undefined, periodsNamed: number, ask: AlongAsk): Along | null {
  // ("how did X trend yoy" where the releases give one change of X: that change, never "too few quarters".)
  if (h?.assumed && !thread?.history && tooFewChanges(ask, h.op, { kind: 'all' })) return null;
  if (h) return { op: h.op, span: h.span ?? thread?.history?.span ?? { kind: 'all' } };
  if (thread?.history && !periodsNamed) return { op: 'series', span: thread.history.span };
  return null;
}

/** "Q2 net income vs guidance", "did they beat the guide": the guidance against the actual, whatever else the words cue. */
export function againstGuidance(intent: Intent): void {
  if (!intent.modifiers.has('against-outlook') || !intent.ops.includes('guidance')) return;
  intent.ops = ['guidance', ...intent.ops.filter((o) => o !== 'guidance' && o !== 'change' && o !== 'compare')];
  intent.op = 'guidance';
  // (Growth implied "QoQ", "vs last quarter": the basis names the growth's base, kept; it is no actual set against the guide.)
  if (!intent.modifiers.has('implied-growth')) intent.basis = null;
}
