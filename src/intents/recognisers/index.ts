// Question → Intent: the recognisers run over the normalised question, one per dimension (periods,
// metric names, operation cues, modifiers, entities), each giving typed spans; nothing here looks up
// or computes a figure.
import { heldLetter } from './spelling.js';
import type { Currency } from '../../knowledge/fact.js';
import type { Lexicon } from '../lexicon.js';
import type { MetricMatch } from './metrics.js';
import { changeAtDate } from './change-at-date.js';
import { foreignEntity, printedName, type Senses } from './entities.js';
import { familyOperand } from './family-operand.js';
import { formulaName, shareTail } from './expressions.js';
import { equationName, partWithHead, termsWithHead } from './equation.js';
import { instructionOf } from './instructions.js';
import { negationsOf, type Negation } from './negation.js';
import { modifiersOf, modifierSpans, type ModifierName } from './modifiers.js';
import { AT_RATE, IN_USD_OR_RMB, markPeriods, OPERATION_CUES, operationsOf, PERIOD_DIFFERENCE, POINTS_CUE, RMB_CUE, USD_CUE, type Operation } from './operations.js';
import { slashesInNames } from './slashes.js';
import { aheadSpans, periodsOf, unreadPeriod } from './periods.js';
import { shareHead } from './shared-head.js';
import { notAsExclusion, subtotalsOut } from './ranked-out.js';
import { listHead } from './list-head.js';
import { addedBack } from './added-back.js';
import { idleCorrections } from './idle-corrections.js';
import type { PeriodRef } from '../../knowledge/period-grammar.js';
import { blank, contentTokens, normalise, STOPWORDS, tokens } from '../text.js';
import { NEUTRAL } from '../catalog.js';
import { CUE_WORDS } from '../vocabulary.js';
import { speakers } from '../people.js';
import { MEASURE_WORDS } from '../naming/standard-measures.js';
import { KEPT_AS_SAID } from './dividend-topic.js';

export interface Intent {
  op: Operation;
  /** Every operation whose cues match, most specific first: the engine takes the first that fits. */
  ops: Operation[];
  /** Whether the operation was named, or only assumed (a bare metric asks for its value). */
  opExplicit: boolean;
  metrics: MetricMatch[];
  periods: PeriodRef[];
  basis: 'yoy' | 'qoq' | null;
  currency: Currency | null;
  /** Whether the question asks its figure in a currency, the release's own included ("in euros"): an amount is asked. */
  currencyNamed: boolean;
  points: boolean;
  /** The normalised, spell-corrected question. */
  text: string;
  /** The question with its metric names blanked: what it says besides them. */
  rest: string;
  /** The question with its period phrases blanked: what it says besides when. */
  bare: string;
  /** Words that name a time but that no period rule read ("two years back"): the period is unclear. */
  unreadPeriod: string | null;
  /** A company or entity the release is not about ("Apple's revenue"). */
  foreign: string | null;
  /** A name the release prints only as a name, of no line ("Kmart", "Corella"): its words may be asked, no figure. */
  printedName: string | null;
  /** Qualifiers ruled out ("not ADS"): blanked from `text`; lines holding them are ruled out. */
  negations: Negation[];
  /** Words aimed at the bot, not at the release ("ignore your instructions"): the question is declined. */
  instruction: string | null;
  /** Modifier words, by name ("smallest", "midpoint", "bps"), read outside the metric names. */
  modifiers: Set<ModifierName>;
}

/** The words of the bot's cues, as written. */
const CUES = new Set(CUE_WORDS);

const RESTATED = /\brestate(?:d|ments?)\b/;
/** Words that ask for a sum ("combined"): no name the asker gives a formula. */
const SUM_CUE = OPERATION_CUES.find((c) => c.op === 'sum')!.cues;

/**
 * The operations asked, the one the question turns on first: a part a line leaves out added back to it is their
 * sum, whatever word adds it; one line at two periods, one minus the other ("financing cash flow, 1Q24 minus
 * 1Q23"), is that line's change between them.
 */
function operationsAsked(cued: Operation[], summed: boolean, periodDifference: boolean): Operation[] {
  const ops: Operation[] = [...(!cued.includes('sum') && summed ? ['sum' as const] : []), ...cued, 'value'];
  if (!ops.includes('change') && periodDifference) ops.unshift('change');
  return ops;
}

/** A reading left by readAhead for the next recognise of the same question: the frame that answers it, read once. */
const ahead = new WeakMap<Lexicon, { question: string; intent: Intent }>();

/** recognise for a caller that only reads the intent (partsOf), leaving it for the next recognise of that question. */
export function readAhead(question: string, lex: Lexicon): Intent {
  const intent = recognise(question, lex);
  ahead.set(lex, { question, intent });
  return intent;
}

export function recognise(question: string, lex: Lexicon): Intent {
  const left = ahead.get(lex);
  if (left?.question === question) {
    // (Handed out once: its taker may change it.)
    ahead.delete(lex);
    return left.intent;
  }
  return recogniseAnew(question, lex);
}

/** The question as heard: its spelling mended, a list written with slashes read as one, and what it rules out found. */
function heardOf(question: string, lex: Lexicon) {
  const { matcher } = lex;
  // A word one letter off an acronym is another term ("EBITDA" is not "EBITA"), never its misspelling, unless that letter is
  // one held too long or too short ("gapp", "ebitdaa": spelling.ts heldLetter); a word of a
  // standard measure's name is a word of finance ("basic" is not "basis", "cost" not "costs"), kept as said; so is a
  // topic's word ("dividend" had become "divided", and the topic was lost to the thread's).
  const spelled = lex.spellInitials(lex.rename(normalise(question)));
  const keep = (w: string) => lex.releaseWords.has(w) || lex.cueWord(w) || MEASURE_WORDS.has(w) || KEPT_AS_SAID.test(w) || offAcronym(lex, w);
  const first = matcher.correct(spelled, keep);
  // (A correction into a cue's word that nothing then reads is no correction: idle-corrections.ts.)
  const idle = first === spelled ? null : idleCorrections(lex, spelled, first);
  const corrected = idle?.size ? matcher.correct(spelled, (w) => keep(w) || idle.has(w)) : first;
  // ("capital-light/ICE/tech balance": items of one name listed with slashes, no division.)
  const heard = slashesInNames(corrected, (t) => listHead(lex, t, matcher.match(t)));
  // A qualifier ruled out ("not ADS") is no part of the question's names or modifiers; in a ranking, "not X" leaves X out (ranked-out.ts).
  const qualifies = (w: string) => matcher.isNameWord(w) || w === 'gaap' || w === 'non-gaap';
  const said = notAsExclusion(heard, negationsOf(heard, qualifies));
  return { said, negations: negationsOf(said, qualifies) };
}

/** Whether w is one letter off an acronym of the release, other than by a letter held (kept as said: another term). */
function offAcronym(lex: Lexicon, w: string): boolean {
  const c = lex.matcher.correct(w);
  return lex.acronyms.has(c) && !heldLetter(w, c);
}

/**
 * The lines a term names whole, none where it is no one line's name: one name ends it and only words any line may have stand before ("total loan balance");
 * items listed with slashes, "cap-light/ICE/tech", are read as heard, one name, once the name's words follow them.
 */
export function wholeName(lex: Lexicon, term: string): string[] {
  const { matcher } = lex;
  const t = slashesInNames(term, (x) => listHead(lex, x, matcher.match(x)));
  return listHead(lex, t, matcher.match(t)).filter((m) => m.exact && m.end === t.length && contentTokens(t.slice(0, m.start)).every((w) => NEUTRAL.has(w.stem))).flatMap((m) => m.ids);
}

function recogniseAnew(question: string, lex: Lexicon): Intent {
  const { matcher } = lex;
  const { said, negations } = heardOf(question, lex);
  // (An equation's terms said short take the asker's name's measure: "X loan balance = total less cap light".)
  // (A part taken from its whole said short takes the whole's measure: "loan volume minus cap-light/ICE/tech".)
  const spelt = termsWithHead(said, (term) => wholeName(lex, term).length > 0) ?? partWithHead(said, (term) => wholeName(lex, term));
  if (spelt) return recogniseAnew(spelt, lex);
  // The rate a currency asked is translated at is how to convert, no line's name.
  const atRate = RMB_CUE.test(said) || USD_CUE.test(said) ? [...said.matchAll(AT_RATE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : [];
  const full = blank(said, [...negations, ...atRate, ...subtotalsOut(said)]);
  // (A cue's word is the bot's own, capitalised or not: the "Top" of "Top 3 revenue lines".)
  const cueWords = new Set(lex.cueSpans(full).flatMap((c) => tokens(full.slice(c.start, c.end)).map((t) => t.word)));
  const read = periodsOf(full, lex);
  // A word the abbreviations rewrote ("DPD" in "90+ DPD", "NI") or a period read ("YE") is the bot's own.
  const kept = new Set(tokens(read.bare).map((t) => t.word));
  // The asker's name for a formula spelled out ("working capital (A minus B)") names no line, cue or
  // modifier: set aside once its periods are read.
  const found = matcher.match(read.bare);
  const named = equationName(read.bare) ?? formulaName(read.bare, found, (t) => matcher.match(t), (w) => !/\d/.test(w) && !STOPWORDS.has(w) && !matcher.isNameWord(w) && !SUM_CUE.test(w));
  const ownName = new Set(named ? tokens(read.bare.slice(named.start, named.end)).map((t) => t.word) : []);
  const text = blank(full, [...(named ? [named] : []), ...aheadSpans(full)]);
  const bare = named ? blank(read.bare, [named]) : read.bare;
  const { periods } = read;
  const back = addedBack(lex, bare, listHead(lex, bare, shareHead(lex, bare, shareTail(lex, bare, changeAtDate(lex, bare, periods, named ? matcher.match(bare) : found)))));
  const metrics = back.matches;
  // Operation words inside a metric's name ("contract assets", "net (decrease) increase") are not cues.
  const cueText = blank(text, metrics);
  const { cued, basis } = operationsOf(text, cueText, metrics);
  // A basis is not a period to report: "up from a year ago" compares with it.
  const shift = basis === 'yoy' ? 'year_ago' : basis === 'qoq' ? 'prior_quarter' : null;
  // "up compared to last year": with a year-on-year basis, "last year" is that basis, not the full year.
  // "Q2 net income now, as restated": beside a period named, "now" is the figure as it stands, not this quarter.
  const asItStands = (p: PeriodRef) => p.text === 'now' && periods.length > 1 && RESTATED.test(text);
  const reported = periods.filter((p) => !(p.kind === 'relative' && p.shift === shift) && !(basis === 'yoy' && /\b(?:last|prior|previous)\s+year\b/.test(p.text)) && !asItStands(p));
  const ops = operationsAsked(cued, back.added || familyOperand(lex, cueText, cued, metrics), metrics.length === 1 && PERIOD_DIFFERENCE.test(markPeriods(text, bare)));
  return {
    op: ops[0]!,
    ops,
    opExplicit: cued.length > 0,
    metrics,
    periods: reported,
    basis,
    // Both named ("in USD and RMB"): RMB, which answers show with the USD beside it.
    currency: RMB_CUE.test(cueText) ? 'RMB' : USD_CUE.test(cueText) || usdInName(text, metrics, (id) => matcher.label(id)) ? 'USD' : null,
    currencyNamed: IN_USD_OR_RMB.test(cueText) || (lex.ownCurrencyNamed?.test(normalise(question)) ?? false),
    points: POINTS_CUE.test(cueText),
    text,
    rest: cueText,
    bare,
    unreadPeriod: unreadPeriod(cueText, periods),
    foreign: foreignEntity(question, lex.issuer, sensesOf(lex, text, [...metrics, ...modifierSpans(text)], read.periods, cueWords, (w) => !kept.has(w) || ownName.has(w))),
    // (A person the release quotes is asked for their words, whatever the question asks.)
    printedName: printedName(question, lex.issuer, (w) => lex.kb.properNames.has(w) && !matcher.knows(w) && !speakers(lex.kb).has(w)),
    instruction: instructionOf(full),
    negations,
    modifiers: modifiersOf(text, ops[0]),
  };
}

/**
 * A currency asked inside a span a line's name matched ("AISC in US$/oz" heard as "AISC (A$/oz)"): the line's own
 * sign is another, so the dollars asked are the asker's, never the line's (the release's A$ were given for US$).
 */
function usdInName(text: string, metrics: { start: number; end: number; ids: string[] }[], label: (id: string) => string): boolean {
  return metrics.some((m) => USD_CUE.test(text.slice(m.start, m.end)) && m.ids.every((id) => !USD_CUE.test(label(id).toLowerCase())));
}

/**
 * What the bot and the release make of a question's words, for telling a name from a word (entities.ts): `spans` are
 * the question's line names and modifiers, `read` holds for a word a period read, the abbreviations rewrote or the
 * asker named a formula by (“PPNR (total rev less non-interest expense)”), none of them another company.
 */
function sensesOf(lex: Lexicon, text: string, spans: { start: number; end: number }[], periods: PeriodRef[], cueWords: Set<string>, read: (w: string) => boolean): Senses {
  const spanned = new Set([...spans.map((s) => text.slice(s.start, s.end)), ...periods.map((p) => p.text)].flatMap((t) => tokens(t).map((w) => w.word)));
  const rewritten = (w: string) => normalise(w) !== w;
  return {
    known: (w) => lex.knows(w) || cueWords.has(w) || rewritten(w) || read(w),
    read: (w) => rewritten(w) || read(w),
    own: (w) => lex.releaseWords.has(w) || spanned.has(w) || rewritten(w),
    nameWord: (w) => lex.matcher.isNameWord(w),
    asWritten: (w) => lex.matcher.isNameWordAsIs(w) || CUES.has(w) || STOPWORDS.has(w) || cueWords.has(w) || lex.cueWord(w),
  };
}
