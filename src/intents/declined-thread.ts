// What a follow-up does with a thread whose last question was declined before any line was found (or asked one
// figure of several lines, declined: declinedFrame): one
// pointing back at it ("and QoQ?") declines again, naming it; one putting the issuer in place of the company
// not understood ("ok what about <issuer>'s") asks it again of the issuer; anything else is its own question.
import type { Answer } from './answer.js';
import type { Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import { recognise, type Intent } from './recognisers/index.js';
import { FIGURE_OPS, PAIRED } from './recognisers/operations.js';
import { unknown } from './reply.js';
import { literal } from '../knowledge/literal.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { wordsOf } from './unread-lines.js';

/** A line said as the last question's own: "its adjusted op profit?", "their margin" (of what that question named). */
const POINTS_BACK = /^\W*(?:(?:ok(?:ay)?|so|and|what(?:'s| is| was| about)?)\W+)*(?:its|their)\b/i;

/** A line named as the one said before: "yoy growth of that PBT?", "this figure's growth" (a demonstrative right before its name). */
const DEMONSTRATIVE = /\b(?:that|this|those|these|the same)\s+$/i;

/**
 * A follow-up naming no line, or one it says is the last question's own ("its adjusted op profit?", "that PBT"), after a question
 * declined before any line was found: it carries that question, so it declines again, naming it (never the group's line).
 */
export function carriesDecline(last: Turn | undefined, followUp: boolean, intent: Intent, question: string): Answer | null {
  const back = POINTS_BACK.test(question) || intent.metrics.some((m) => DEMONSTRATIVE.test(intent.text.slice(0, m.start)));
  if (!last?.declined || !(followUp || back) || last.metrics.length || (intent.metrics.length && !back) || !FIGURE_OPS.includes(intent.op)) return null;
  return unknown(`I couldn't answer "${last.declined}" just before, so I can't take it to another period or basis either. Ask again with the figure's name as the release prints it.`, 'not-understood');
}

/**
 * A frame declined, kept for the thread: its lines, where it asked each as itself ("net income Q3 2021": "and Q1 2023?"
 * asks for that line); none where it asked one figure made of several ("revenue ex fuel", declined), so a follow-up
 * ("yoy?") carries the decline rather than build a figure of its own on the lines of a reading never answered.
 */
export function declinedFrame(turn: Turn, question: string): Turn {
  const combined = turn.metrics.length > 1 && [...PAIRED, 'sum'].includes(turn.op);
  return { ...turn, metrics: combined ? [] : turn.metrics, choices: [], declined: question.trim() };
}

/** The words around a company put in place of another: "ok, what about X's?", "and for X", "X then?". */
const IN_PLACE = /^\W*(?:(?:ok(?:ay)?|so|and|well|what|how|about|for|then|instead|rather|i meant?|sorry)\W+)*(?:the\s+)?@(?:'s|’s|s')?(?:\W+(?:then|instead|rather|one|figure|number))*\W*$/i;

/**
 * The declined question asked again of the issuer, where it was declined for naming another company (or a
 * name not understood) and the follow-up only names the issuer in its place; null otherwise.
 */
export function correctedDecline(lex: Lexicon, thread: Turn | undefined, intent: Intent, question: string): string | null {
  if (!thread?.declined || thread.metrics.length || intent.metrics.length || intent.periods.length || intent.foreign) return null;
  const said = [...lex.issuer.names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length).find((n) => new RegExp(`(?<![\\w&])${literal(n)}(?![\\w&])`, 'i').test(question));
  if (!said) return null;
  const asked = question.replace(new RegExp(`(?<![\\w&])${literal(said)}(?![\\w&])`, 'i'), '@');
  if (!IN_PLACE.test(asked)) return null;
  const other = recognise(thread.declined, lex).foreign;
  if (!other) return null;
  return thread.declined.replace(new RegExp(`(?<![\\w&])${literal(other)}(?![\\w&])`), question.match(new RegExp(literal(said), 'i'))![0]);
}

/** Row names that are the whole, not a part the thread could be about ("Group", "Total"). */
const WHOLE_ROW = /^(?:total|group|consolidated|company|combined|other)$/;

/**
 * The row of a table left unread that a question names whole ("connected care sales?": "connected care"), lowercased,
 * or null: a declined question's segment, which the thread keeps, so a line asked next is declined as that segment's
 * (thread-segment.ts) rather than answered with the whole company's figure.
 */
export function unreadRowNamed(kb: KnowledgeBase, asked: string): string | null {
  const said = new Set(wordsOf(asked));
  const rows = kb.releases.flatMap((r) => r.skipped.flatMap((s) => s.labels ?? [])).map((l) => wordsOf(l.replace(/<[^>]*>|\*+/g, ' ')));
  const named = rows.filter((w) => w.length && !w.every((x) => WHOLE_ROW.test(x) || /^\d/.test(x)) && w.every((x) => said.has(x))).sort((a, b) => b.length - a.length);
  return named[0]?.join(' ') ?? null;
}
