// The intent pipeline, top to bottom, in the order its stages run (each stage's module says how):
//
//   1. normalise and tokenise       text.ts (abbreviations from abbreviations.ts; spelling against the
//                                   vocabulary of the loaded releases and the catalog)
//   2. recognisers, one a dimension recognisers/: periods (the knowledge layer's period grammar),
//                                   metrics (names), operations (cues), modifiers, entities
//   3. refiners, in order           refiners/: qualifiers (names that qualify names, words beside
//                                   names), tax-measures (tax words read by meaning), grouping, pairing
//                                   (the other side of a share or ratio), ambiguity (settle or ask)
//   4. dialogue                     dialogue.ts: a follow-up merges with the thread's last turn
//   5. frame and its checks         frame.ts: the typed contract; frames no handler may answer
//   6. coverage                     coverage.ts: every word accounted for, or decline naming it
//   7. handler → Answer             handlers/ (one per operation), format.ts, reply.ts
//
// Order matters: periods are read before names (a period phrase is no metric word), names are refined (a tax
// measure's lines after the qualifiers have turned a name by the words beside it) before the dialogue decides what a follow-up keeps, and coverage runs on the refined names. Any failure inside becomes a polite reply, never an exception.
import type { Currency } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import type { Period } from '../knowledge/period.js';
import type { Answer, Choice, Engine } from './answer.js';
import { EXAMPLES } from './catalog.js';
import { suggestions } from './suggestions.js';
import { type Asked, turnParts, ContextStore, declinedTurn, partsCarried, type Turn } from './context.js';
import { carriesDecline, correctedDecline, declinedFrame, unreadRowNamed } from './declined-thread.js';
import { measureCarried } from './thread-measure.js';
import { threadOperands } from './thread-operand.js';
import { qualifierCarried, turnQualifier } from './thread-segment.js';
import { coverage, uncoveredName, unreadSide } from './coverage.js';
import { unlisted } from './listed.js';
import { namingGaps, setAside, siblingItems } from './list-items.js';
import { complementAsked } from './complement.js';
import { chooseMetrics, chooseOperation, choosePeriods, isFollowUp, keepsOperation, pointsBack, shownAfter, twoPeriods, type Said } from './dialogue.js';
import { excludedFromThread, takenBy, withThreadWhole } from './dialogue-operands.js';
import { against, comparedAgain, eachOwnChange, namedPeriods, periodBefore, periodsLeft, threadPeriodMissing, yearsOnly } from './dialogue-periods.js';
import { check, type Ask, type Frame } from './frame.js';
import { handlersFor, oneAfterAnother } from './handlers/index.js';
import { Lexicon } from './lexicon.js';
import { recognise, type Intent } from './recognisers/index.js';
import { answerInClauses, answerInParts } from './clauses.js';
import { ruleOut } from './refiners/ruled-out.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { familyHead, ownNames, pick, settle } from './refiners/ambiguity.js';
import { qualify } from './refiners/qualifiers.js';
import { headNotOfThread, partNotOfThread } from './refiners/thread-part.js';
import { amountAsked } from './refiners/amount.js';
import { itemsCounted } from './refiners/items-counted.js';
import { termsOf } from './refiners/terms.js';
import { familyExclusion } from './refiners/family-exclusion.js';
import { askedTerm, beforeAnything, frameDetails, guidedByWords, guidedLabels, inclusionAsked } from './preliminaries.js';
import { unknown, type Handler } from './reply.js';
import { BASIS_CUES, PAIRED, type Operation } from './recognisers/operations.js';
import type { readHistory } from './recognisers/history.js';
import { rateMissing } from './rates.js';
import { adjustmentAsked } from './reconciling.js';
import { historyAnswer } from './handlers/history.js';
import { withUnreadScale } from './unread-scale.js';
import { againstGuidance, alongShown, alongThread, historyAsked, spanOf } from './history-turn.js';

const MAX_QUESTION = 2_000;
export const NO_CHART = 'No chart: a chart draws the parts of a total ("chart the revenue breakdown") or a figure over several periods.';

export interface EngineOptions {
  contexts?: ContextStore;
  /** Where internal failures are reported (default: stderr). */
  log?: (message: string) => void;
  /** The knowledge base's lexicon, when the caller has built it already (several companies). */
  lexicon?: Lexicon;
}

/** The metrics a question names, refined and settled, or the reply that asks or declines. */
interface Named {
  ids: string[];
  at: Map<string, number>;
  names: MetricMatch[];
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  return new Pipeline(kb, options);
}

class Pipeline implements Engine {
  private readonly lex: Lexicon;
  private readonly contexts: ContextStore;
  private readonly log: (message: string) => void;
  private readonly handlers: Record<Operation, Handler>;

  constructor(
    private readonly kb: KnowledgeBase,
    options: EngineOptions,
  ) {
    this.lex = options.lexicon ?? new Lexicon(kb);
    this.contexts = options.contexts ?? new ContextStore();
    this.log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
    this.handlers = handlersFor(this.lex);
  }

  ask(text: string, conversation: string): Answer {
    try {
      const before = this.contexts.get(conversation);
      const asked = String(text ?? '');
      const answer = withUnreadScale(this.respond(asked, String(conversation ?? '')), asked, this.kb);
      const now = this.contexts.get(conversation);
      // The last reply word for word, where this question asked an operation the reply does not do ("same comparison", "vs Dec?"
      // answered with the figure alone), answers the question before, not this one ("growth?" after "vs Q4?"): declined, the thread left as it was.
      if (answer.status === 'answer' && before?.reply === answer.text && now !== before && now?.cued && now.cued !== now.op) {
        this.contexts.set(conversation, before);
        return unknown(`That would only repeat my last answer, which doesn't answer "${asked.trim().slice(0, 200)}". Ask again naming the line, the period or the comparison you mean.`, 'not-understood');
      }
      // Declined before a line was found: the thread keeps the question, not the line answered before it.
      if (answer.status === 'unknown' && now === before) this.contexts.set(conversation, declinedTurn(before, asked.slice(0, 200), this.kb.quarter, this.kb.currency, this.declinedAsks(asked, before)));
      else if (answer.status === 'answer' && now) this.contexts.set(conversation, { ...now, reply: answer.text });
      return answer;
    } catch (err) {
      this.log(`qfin: failed to answer ${JSON.stringify(String(text).slice(0, 200))}: ${(err as Error).stack ?? err}`);
      return unknown("Sorry, something went wrong while answering that. Please try rephrasing; I've logged the problem.", 'out-of-scope');
    }
  }

  suggest(prefix: string, limit = 25): string[] {
    return suggestions(this.kb, this.lex, prefix, limit);
  }

  private respond(question: string, conversation: string, asWhole = false): Answer {
    const { lex, kb, contexts } = this;
    const q = question.replace(/[\u0000-\u001F\u007F]+/g, ' ').slice(0, MAX_QUESTION);
    if (!q.trim()) return unknown(`Ask me about ${lex.titles}, e.g. "${EXAMPLES[0]}". Say "help" for more.`, 'not-understood');
    // A reply to a clarifying question is the choice it picks.
    const last = contexts.get(conversation);
    const chosen = last?.choices.length ? pick(q, last.choices, lex) : null;
    if (chosen) {
      contexts.set(conversation, { ...last!, choices: [] });
      return this.respond(chosen.question, conversation);
    }
    // Two questions in one, or a list of things one frame cannot hold: each asked on its own (clauses.ts, recognisers/parts.ts).
    const inClauses = answerInClauses(lex, contexts, q, conversation, (p, c) => this.respond(p, c));
    const inParts = inClauses || asWhole ? null : answerInParts(lex, contexts, q, conversation, (p, c) => this.respond(p, c), (p, c) => this.respond(p, c, true));
    if (inClauses || inParts) return (inClauses ?? inParts)!;
    // Words about quarters along a span are read first, unless a printed line's own; the rest names the metric (history-turn.ts).
    const { asked, history } = historyAsked(lex, q, kb.quarter, Boolean(last?.history));
    const along = (history && alongThread(lex, history, last)) || (!history && alongShown(lex, asked, last));
    if (along) return this.remember(conversation, along.turn, historyAnswer({ kb, metrics: along.turn.metrics, currency: along.turn.currency }, along.history, along.history.span));
    return this.respondTo(asked, conversation, last, history);
  }

  /** A question read as one frame: recognised, refined, merged with the thread, checked and answered. */
  private respondTo(q: string, conversation: string, last: Turn | undefined, history: ReturnType<typeof readHistory>): Answer {
    const { lex, kb, contexts } = this;
    const intent = threadOperands(lex, siblingItems(lex, recognise(history?.rest || q, lex)), last); // (an unnamed list item: the line its siblings leave; thread-operand.ts)
    againstGuidance(intent);
    askedTerm(lex, intent);
    inclusionAsked(intent);
    const early = beforeAnything(lex, intent, this.handlers.help);
    if (early) return 'answer' in early ? (early.turn ? this.remember(conversation, early.turn, early.answer) : early.answer) : early;
    // "ok what about <issuer>'s" after a question declined for another company's name: that question, of the issuer.
    const corrected = correctedDecline(lex, last, intent, q) ?? excludedFromThread(lex, last, intent, q);
    if (corrected) return this.respond(corrected, conversation);
    const thread = isFollowUp(lex, intent, last) ? last : undefined;
    const carried = carriesDecline(last, !!thread, intent, q);
    // (The thread kept as a copy: a second follow-up pointing back names the question declined, not this one.)
    if (carried && last) {
      contexts.set(conversation, { ...last });
      return carried;
    }
    const unanchored = threadPeriodMissing(intent, thread);
    if (unanchored) return unanchored;
    // The thread's dimensions (period, segment, currency) hold for a question naming none, follow-up or not; a period so carried is named.
    const context = thread ?? (last && !last.history ? last : undefined);
    const said: Said = { intent, last: thread, context, named: this.named(intent, thread ?? (context?.periodsNamed ? context : undefined)), ids: [], at: new Map(), current: kb.quarter, lex };
    // "what'd they back out to get there", "tax rate they used on it?": the adjusted line's reconciliation (reconciling.ts).
    const adjustment = adjustmentAsked(kb, intent, last, said.named[0] ?? context?.periods.at(-1) ?? kb.quarter);
    if (adjustment) return adjustment.turn ? this.remember(conversation, adjustment.turn, adjustment.answer) : adjustment.answer;
    const noRate = rateMissing(said);
    if (noRate) return noRate;
    const periods = choosePeriods(said);
    const periodsNamed = said.named.length > 0 || Boolean(thread?.periodsNamed) || Boolean(context?.periodsNamed && periods[0] === context.periods.at(-1));
    const named = pointsBack(said) ? { ids: [], at: new Map<string, number>(), names: [] } : this.nameMetrics(intent, thread, periods[0]!);
    if (!('ids' in named)) {
      if (named.status === 'clarify') contexts.set(conversation, turnOf(intent, [], periods, periodsNamed, intent.basis, lex.kb.currency, named.choices, last?.metrics ?? []));
      return named;
    }
    // "and C&H?" after "food lfl?": the thread's measure of the line named, or a decline naming it (thread-measure.ts).
    const measured = measureCarried(lex, thread, intent, named.ids);
    if (measured && !Array.isArray(measured)) return measured;
    // "op income?" after Sears Canada's revenues: Sears Canada's, or a decline naming it (thread-segment.ts).
    const qualified = qualifierCarried(lex, context, intent, measured ?? named.ids);
    if (qualified && !Array.isArray(qualified)) return qualified;
    const ids = qualified ?? measured ?? named.ids;
    const frame = this.frameOf({ ...said, ids, at: measured || qualified ? new Map(ids.map((id, k) => [id, named.at.get(named.ids[k]!) ?? 0])) : named.at }, named.names, periods, periodsNamed);
    if (!('op' in frame)) return frame;
    const base = turnOf(frame, linesAdded(frame), periods, periodsNamed, frame.basis, frame.currency, [], last?.metrics ?? []);
    const qualifier = turnQualifier(lex, frame.metrics) ?? (named.ids.length ? undefined : context?.qualifier);
    const turn = { ...base, shown: shownAfter(last, base), before: periodBefore(last, base), cued: intent.opExplicit ? intent.ops[0] : undefined, taken: takenBy(frame, intent), qualifier, parts: turnParts(frame.op, frame.modifiers) };
    const span = spanOf(history, thread, said.named.length, { ...frame, kb });
    if (span) return namingGaps(lex, this.remember(conversation, { ...turn, history: span }, historyAnswer({ ...frame, kb }, { op: span.op, chart: Boolean(history?.chart) }, span.span)), frame.unclaimed);
    const answer = this.answerFrame(frame);
    return namingGaps(lex, this.remember(conversation, { ...turn, choices: answer.choices }, answer, q), frame.unclaimed);
  }

  /** The periods a question names, resolved against the thread's where it is a follow-up, as the release has them. */
  private named(intent: Intent, thread: Turn | undefined): Period[] {
    return namedPeriods(intent, thread, this.kb.quarter, (p, text) => this.kb.ownPeriod(p, text), () => yearsOnly(this.kb, intent));
  }

  /** What a question declined before its answer asked: the periods it named, its operation and basis; the thread keeps them ("and trade?" after "stores revenue growth?" asks trade's growth). */
  private declinedAsks(question: string, last: Turn | undefined): Asked {
    const intent = recognise(question.replace(/[\u0000-\u001F\u007F]+/g, ' ').slice(0, MAX_QUESTION), this.lex);
    const thread = isFollowUp(this.lex, intent, last) ? last : undefined;
    return { periods: periodsLeft(intent, this.named(intent, thread), thread?.periods.at(-1) ?? this.kb.quarter), op: intent.op, basis: intent.basis, qualifier: unreadRowNamed(this.kb, question) };
  }

  /** Refiners over the names: qualifiers, grouping, pairing, then ambiguity (settle each, or ask). */
  private nameMetrics(intent: Intent, thread: Turn | undefined, period: Period): Named | Answer {
    const { lex } = this;
    // A family word with lines taken out names them by its members' words: no name there is settled as another line's.
    const fromFamily = familyExclusion(lex, intent);
    if (fromFamily) return 'status' in fromFamily ? fromFamily : { ids: [], at: new Map(), names: [] };
    const named = qualify(lex, intent, thread);
    const ruled = ruleOut(lex, intent, partNotOfThread(lex, intent, thread, named) ?? headNotOfThread(lex, intent, thread, named) ?? named);
    if (!Array.isArray(ruled)) return ruled;
    const qualified = ownNames(lex, ruled, intent);
    const ids: string[] = [];
    const at = new Map<string, number>();
    for (const m of qualified) {
      const settled = settle(lex, m, intent, period, Boolean(thread), thread?.qualifier);
      if (typeof settled === 'object' && !Array.isArray(settled)) return settled;
      for (const id of [settled].flat()) {
        if (!ids.includes(id)) ids.push(id);
        if (!at.has(id)) at.set(id, m.start);
      }
    }
    const head = familyHead(lex, intent, qualified);
    if (head && 'ids' in head) ids.splice(0, ids.length, ...head.ids);
    else if (head) return head;
    const amount = amountAsked(lex, intent.modifiers, ids, period);
    const counted = Array.isArray(amount) && intent.ops[0] === 'value' ? itemsCounted(lex, intent.text, amount, period) : amount;
    if (!Array.isArray(counted)) return counted;
    for (const id of counted.filter((id) => !at.has(id))) at.set(id, intent.text.length);
    return { ids: counted, at, names: qualified };
  }

  /** Dialogue rules choose the metrics and the operation; the frame's checks and coverage may decline. */
  private frameOf(said: Said, names: MetricMatch[], periods: Period[], periodsNamed: boolean): Frame | Answer {
    const { lex } = this;
    const { intent, last } = said;
    const terms = withThreadWhole(said, termsOf(lex, intent, names, chooseMetrics(said), said.at));
    if (!('signs' in terms)) return terms;
    const kept = keepsOperation(said);
    const input = { ...said, metrics: terms.metrics, names, signs: terms.signs };
    const op = chooseOperation(input);
    const at = kept && op === 'share' ? new Map<string, number>() : terms.at;
    const currency = intent.currency ?? (op === 'change' || op === 'summary' ? null : said.context?.currency) ?? lex.kb.currency; // changes are in the release's own currency: a USD turn before is no ask
    const basis = intent.basis ?? (last && op === last.op && !(against(said) && !intent.ops.includes('reason')) ? last.basis : null); // "and vs 4Q" after yoy: that period is the basis (a reason asked is no change)
    const bases = op === 'change' && !basis ? [] : BASIS_CUES.filter((b) => b.strong.test(intent.rest)).map((b) => b.basis);
    const details = frameDetails(lex, intent, terms.metrics, at, op);
    // Guidance asked by words of a guided line's name, no line's name whole: the lines they fit, or none.
    const guided = op === 'guidance' && details.answerAs === 'guidance' ? guidedByWords(lex, intent, terms.metrics) : [];
    if (!guided) return unknown(`The release gives no guidance for a line of that name; it guides ${guidedLabels(lex.kb)}.`, 'not-in-release');
    const metrics = [...terms.metrics, ...guided];
    // Items of a list no name claims, where each line is answered on its own: set aside and named in the reply.
    const aside = details.answerAs === op ? setAside(lex, intent, names, op, metrics) : { intent, left: [] };
    const frame: Frame = { op, metrics, at, periods, periodsNamed, basis, bases, currency, currencyAsked: intent.currency !== null || intent.currencyNamed || currency !== lex.kb.currency, points: intent.points || (PAIRED.includes(op) && comparedAgain(said)), modifiers: partsCarried(kept, op, last, intent), topic: intent.text, ...details, family: terms.family ?? details.family, signs: terms.signs, unclaimed: aside.left };
    const wantsChange = (intent.ops.includes('change') && Boolean(intent.basis || intent.points)) || twoPeriods(input);
    const declined = check({ frame, intent, lex, kept, namedPeriods: said.named.length, wantsChange }) ?? complementAsked(lex, aside.intent, names, metrics) ?? unlisted(lex, aside.intent, op, names, metrics) ?? unreadSide(lex, aside.intent, op, names) ?? coverage(lex, aside.intent, op, names) ?? uncoveredName(lex, aside.intent, op, names, op === 'sum' && metrics.length ? [...metrics, ...frame.family] : metrics, frame.family);
    return declined ?? frame;
  }

  /**
   * An answer's turn kept for the thread. A frame the release cannot answer ("net income Q3 2021") is kept
   * as declined when its question is given: "and Q1 2023?" asks for that line, not the one answered before.
   */
  private remember(conversation: string, turn: Turn, answer: Answer, question?: string): Answer {
    if (answer.status !== 'unknown') this.contexts.set(conversation, { ...turn, choices: answer.choices });
    else if (question !== undefined) this.contexts.set(conversation, declinedFrame(turn, question));
    return answer;
  }

  /** The handler's answer; "YoY and QoQ" is the change on each basis, one after the other. */
  private answerFrame(frame: Frame): Answer {
    const ask: Ask = { ...frame, kb: this.kb, matcher: this.lex.matcher };
    if (frame.op === 'change' && frame.bases.length > 1) return oneAfterAnother(frame.bases.map((b) => this.handlers.change({ ...ask, basis: b })));
    if (eachOwnChange(frame)) return oneAfterAnother(frame.periods.map((p) => this.handlers.change({ ...ask, periods: [p] })));
    const answer = this.handlers[frame.answerAs](ask);
    // "What's X?" of a line the release defines: its words, then its figure.
    const defined = frame.modifiers.has('defined') && frame.op === 'value' ? this.handlers.definition(ask) : null;
    if (defined?.status === 'answer' && answer.status === 'answer') return oneAfterAnother([defined, answer]);
    // A chart asked of a single figure: say why there is none, rather than leave the request unanswered.
    if (frame.modifiers.has('chart') && answer.status === 'answer' && !answer.chart) return { ...answer, text: `${answer.text}\n${NO_CHART}` };
    return answer;
  }
}

/** The lines a frame adds up: a family with lines taken out is the others, which a follow-up ("and yoy?") asks about, never the ones left out. */
function linesAdded(frame: Frame): string[] {
  const out = frame.metrics.filter((id) => frame.signs.get(id) === 'excluded');
  return frame.op === 'sum' && out.length && out.length === frame.metrics.length && frame.family.length ? frame.family.filter((id) => !out.includes(id)) : frame.metrics;
}

function turnOf(intent: Pick<Intent, 'op'>, metrics: string[], periods: Period[], periodsNamed: boolean, basis: Turn['basis'], currency: Currency, choices: Choice[], earlier: string[]): Turn {
  return { op: intent.op, metrics, periods, periodsNamed, basis, currency, choices, earlier };
}
