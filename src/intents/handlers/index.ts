// One handler per operation, each answering a Frame.
import type { Answer, Citation } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import type { Ask } from '../frame.js';
import type { Operation } from '../recognisers/operations.js';
import { addCitation, type Handler } from '../reply.js';
import { breakdown } from './breakdown.js';
import { help, summary } from './card.js';
import { changeHandler } from './change.js';
import { restatementChange } from './restated.js';
import { compare } from './compare.js';
import { buyback, repurchaseLines } from './buyback.js';
import { earlierPlan } from './buyback-earlier.js';
import { exportFacts } from './export.js';
import { fx } from './facts-of.js';
import { guidance } from './guidance.js';
import { ratio } from './ratio.js';
import { share } from './share.js';
import { sum } from './sum.js';
import { value } from './value.js';
import { withDates } from './dates.js';
import { definition, quote, reason } from './words.js';
import type { TextSearch } from '../search.js';

/** "How much is left?" of a repurchase line (the thread's shares bought): the plan's arithmetic, not that line again. */
const leftOfBuyback = (ask: Ask) => {
  if (!ask.modifiers.has('remaining') || !ask.metrics.length) return false;
  const lines = repurchaseLines(ask);
  return ask.metrics.every((id) => lines.has(id));
};

export function handlersFor(lex: Lexicon): Record<Operation, Handler> {
  const search = () => lex.search();
  return { help, export: exportFacts, summary, definition: withFigure(orParts(definition(search))), reason: withFigure(reason), quote: quote(search), guidance, buyback: (ask) => earlierPlan(ask) ?? buyback(ask), fx, breakdown, sum, share, ratio, compare, change: withReason((ask) => (ask.modifiers.has('restated') ? restatementChange(ask) : changeHandler(ask))), value: withReason(withDefinition(search, (ask) => (leftOfBuyback(ask) ? buyback(ask) : ask.modifiers.has('dates') ? withDates(ask.kb, value(ask)) : value(ask)))) };
}

/**
 * "total revenue & what's in them": what a line holds is its definition where the release gives one, else the parts
 * it prints under it; never a decline while those parts are there.
 */
const orParts =
  (words: Handler): Handler =>
  (ask) => {
    const said = words(ask);
    const [id] = ask.metrics;
    return said.status === 'unknown' && ask.metrics.length === 1 && ask.kb.metrics.get(id!)?.children.length ? breakdown(ask) : said;
  };

/** Answers given one after the other, as one: answered where any part is, each citation once. */
/**
 * A definition or reason asked with the figure beside it ("what's in X, and how much was it?", "how much did X
 * rise, and what drove it?"): both, one after the other; the change where its amount is asked.
 */
const withFigure =
  (words: Handler): Handler =>
  (ask) => {
    if (ask.modifiers.has('by-definition') && ask.metrics.length) return byDefinition(words(ask), ask);
    if (!(ask.modifiers.has('and-figure') || (ask.op === 'reason' && reasonBeside(ask))) || !ask.metrics.length) return words(ask);
    // (A basis named, "yoy % and why", asks the change as "by how much" does.)
    return oneAfterAnother([words(ask), ask.modifiers.has('change-amount') || ask.basis !== null ? changeHandler(ask) : value(ask)]);
  };

/**
 * A figure asked by the line's definition ("total cash as per their footnote 11 definition"): the figure first (a sum
 * of the parts the definition lists where no total is printed), then the definition. Where the release defines no
 * line of that name its decline alone: a name read loosely for words may be no line the asker meant.
 */
const byDefinition = (said: Answer, ask: Ask): Answer => (said.status === 'answer' ? oneAfterAnother([value(ask), said]) : said);

/** A figure asked with the release's reason beside it ("by how much did X rise, and why?"): both, or the figure and that no reason is stated. */
const withReason =
  (figure: Handler): Handler =>
  (ask) =>
    reasonBeside(ask) ? oneAfterAnother([figure(ask), reason(ask)]) : ask.modifiers.has('what-it-was') && ask.metrics.length === 1 ? withAccount(figure(ask), ask) : figure(ask);

/** "X, what was it?": the figure, and the release's account of the line where it gives one (no decline for one it never gives: the figure may be all that was asked). */
const withAccount = (said: Answer, ask: Ask): Answer => {
  const why = reason(ask);
  return said.status === 'answer' && why.status === 'answer' ? oneAfterAnother([said, why]) : said;
};

/** A reason asked beside the figure of one line: of several ("X down by how much, and why did Y fall?"), which line's is unread. */
const reasonBeside = (ask: Ask) => ask.modifiers.has('and-reason') && ask.metrics.length === 1;

/** A figure asked with the line's meaning beside it ("what is ICE and how much went through it"): both, the figure first. */
const withDefinition =
  (search: () => TextSearch, figure: Handler): Handler =>
  (ask) =>
    ask.modifiers.has('and-definition') && ask.metrics.length ? oneAfterAnother([figure(ask), definition(search)(ask)]) : figure(ask);

export function oneAfterAnother(parts: Answer[]): Answer {
  const answered = parts.filter((a) => a.status === 'answer');
  if (!answered.length) return parts[0]!;
  const citations = new Map<string, Citation>();
  for (const c of answered.flatMap((a) => a.citations)) addCitation(citations, c);
  // A part not understood (or asked back) leaves the whole unanswered: its figures come with that part's decline, never
  // as all that was asked. (A part the release does not give is answered by saying so.)
  const failed = parts.find((a) => a.status === 'clarify' || (a.status === 'unknown' && a.reason !== 'not-in-release'));
  return {
    ...answered[0]!,
    ...(failed ? { status: failed.status, reason: failed.reason, choices: failed.choices } : {}),
    text: parts.map((a) => a.text).join('\n'),
    citations: [...citations.values()].sort((a, b) => a.line - b.line),
    derivations: answered.flatMap((a) => a.derivations),
  };
}
