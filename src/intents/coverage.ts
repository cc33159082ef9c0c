// The coverage rule: every word of a question for a figure is accounted for: part of a recognised span
// (a metric name as refined, a period, an operation or currency cue, a modifier), a filler word (data,
// vocabulary.ts), or the bot declines and names the word it did not understand. A word that looks like
// a period and was not read declines whatever the operation: the bot never falls back to this quarter.
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { addsBetween } from './recognisers/added-back.js';
import { FIGURE_OPS, NAME_BEFORE_TO, RATIO_JOIN, type Operation } from './recognisers/operations.js';
import { inline, title, unknown } from './reply.js';
import { nameStems, type Token } from './text.js';
import { NEUTRAL } from './catalog.js';
import { CUE_WORDS, ISSUER_WORDS, MANNER_WORDS } from './vocabulary.js';
import { unreadLine, unreadWord } from './unread-lines.js';
import { otherFigureAsked } from './other-figure.js';

/** The words of a question for a figure that nothing accounts for. */
export function uncovered(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[]): Token[] {
  if (!FIGURE_OPS.includes(op)) return [];
  // A word of the release that no span claims counts too: "North America sales" must not answer the
  // consolidated sales because the release says "North America" somewhere.
  const isCue = lex.isCue(intent.text);
  const whole = (t: Token) => ISSUER_WORDS.has(t.word) || lex.issuer.self.has(t.word);
  // (A word inside a cue is the cue's, known or not: the "top" of "top 3 cost lines", the "big" of "how big".)
  return lex.matcher.unexplained(intent.bare, [...intent.metrics, ...names]).filter((t) => !isCue(t) && (lex.unknownWord(t) || (t.word.length > 1 && !/\d/.test(t.word) && !lex.matcher.knows(t.word) && !whole(t))));
}

/**
 * What a question for one figure names that no line chosen is about: a word of some line's name or a name
 * the release prints only as a name ("V-pocket" in "how many loans went through V-pocket", "lands end" in
 * "lands end revenue"), which the chosen line (all loans, the total revenues) does not hold in its name,
 * parents, statement or the row or sentence it is read from. Words for how a figure is asked, for the
 * issuer as a whole, neutral words and cues name no part.
 */
export function unnamed(lex: Lexicon, intent: Intent, names: MetricMatch[], metrics: string[]): string[] {
  const about = (stem: string) => metrics.some((id) => lex.lineWords(id).has(stem));
  // "cash incl restricted": a word said to be included is asked for, not held by the line chosen, where another
  // line is the chosen one's words with it ("Cash, cash equivalents, and restricted cash"); "total loan volume
  // incl ICE" stays the total, which holds ICE (the ICE lines are not named by the total's words).
  const chosen = metrics.flatMap((id) => lex.matcher.labelStems(id));
  const elsewhere = (stem: string) => [...lex.kb.metrics.keys()].some((id) => !metrics.includes(id) && lex.lineWords(id).has(stem) && chosen.every((st) => lex.lineWords(id).has(st)));
  const spans = [...intent.metrics, ...names];
  const proper = lex.properSpans(intent.bare).filter((p) => !spans.some((n) => p.start < n.end && n.start < p.end));
  const phrases = proper.filter((p) => !nameStems(p.text).every(about)).map((p) => p.text);
  const namesThing = namingWord(lex, intent);
  const words = lex.matcher.unexplained(intent.bare, spans).filter((t) => !proper.some((p) => t.start >= p.start && t.end <= p.end) && namesThing(t) && !about(t.stem) && !(includedIn(intent.text, spans, t) && !elsewhere(t.stem)) && !addsBetween(intent.bare, spans, t));
  // Words side by side are one phrase, as written ("v-pocket").
  const runs: Token[][] = [];
  for (const t of words) {
    const run = runs.at(-1);
    if (run && /^[\s-]*$/.test(intent.bare.slice(run.at(-1)!.end, t.start))) run.push(t);
    else runs.push([t]);
  }
  return [...phrases, ...runs.map((r) => intent.bare.slice(r[0]!.start, r.at(-1)!.end))];
}

const CUES = new Set(CUE_WORDS);

/** A word that says which thing is meant: no neutral word, no word for how a figure is asked, none for the issuer as a whole. */
function saysWhich(lex: Lexicon): (t: Token) => boolean {
  return (t) => !NEUTRAL.has(t.stem) && !MANNER_WORDS.has(t.word) && !ISSUER_WORDS.has(t.word) && !lex.issuer.self.has(t.word);
}

/** A word that asks for some thing (outside every cue): one neither the bot nor the release knows, or a word of some line's name that says which. */
export function asksForThing(lex: Lexicon, intent: Intent): (t: Token) => boolean {
  const isCue = lex.isCue(intent.text);
  const says = saysWhich(lex);
  return (t) => !isCue(t) && (lex.unknownWord(t) || (lex.matcher.isNameWord(t.word) && says(t)));
}

/** Whether a word names a thing: a word of some line's name or a name the release prints only as a name, no word for how a figure is asked. */
function namingWord(lex: Lexicon, intent: Intent): (t: Token) => boolean {
  const isCue = lex.isCue(intent.text);
  // (A word of a line left unread in a skipped table names that line: unread-lines.ts.)
  const single = (w: string) => (lex.kb.properNames.has(w) || unreadWord(lex.kb, w)) && !lex.matcher.knows(w);
  // (A cue's word names a part only as some line's name writes it: "originally" reported is no "loans originated".)
  const nameWord = (w: string) => lex.matcher.isNameWord(w) && (!CUES.has(w) || lex.matcher.isNameWordAsIs(w));
  const says = saysWhich(lex);
  return (t) => (nameWord(t.word) || single(t.word)) && says(t) && !isCue(t);
}

/**
 * The other side of a ratio that no name read: the words after "to", "/", "over" or "divided by" beside a name
 * ("net debt to ebitda" with "ebitda" naming no line alone). They never qualify the name before them (its
 * sentence may hold them: "the ratio of net debt to adjusted EBITDA"), so the one figure named is no answer.
 * ("Per" is a unit's as often as a ratio's, "dividend per share": frame.ts declines a figure per a thing unprinted.)
 */
export function unreadSide(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[]): Answer | null {
  // (A share names its whole after "of": "as % of the capital-light/Pocket/merchant total" lists, divides nothing.)
  if (!FIGURE_OPS.includes(op) || intent.ops.includes('share')) return null;
  const spans = [...intent.metrics, ...names];
  const namesThing = namingWord(lex, intent);
  const loose = lex.matcher.unexplained(intent.bare, spans).filter((t) => namesThing(t) || lex.unknownWord(t));
  for (const [k, t] of loose.entries()) {
    const before = spans.filter((n) => n.end <= t.start).sort((x, y) => y.end - x.end)[0];
    const gap = before ? intent.bare.slice(before.end, t.start) : '';
    if (!before || !RATIO_JOIN.test(gap) || NAME_BEFORE_TO.test(intent.text.slice(0, before.end))) continue;
    // The words side by side from there are the side asked ("to adjusted ebitda").
    let end = k;
    while (loose[end + 1] && /^[\s-]*$/.test(intent.bare.slice(loose[end]!.end, loose[end + 1]!.start))) end++;
    const side = intent.bare.slice(t.start, loose[end]!.end);
    // (Three or more names joined by slashes list parts, "capital light / ICE / tech": a ratio has two sides.)
    if (/\//.test(gap) && (/\/\s*$/.test(intent.bare.slice(0, before.start)) || /^\s*\//.test(intent.bare.slice(loose[end]!.end)))) continue;
    // (A side the line's own label prints is the line's name run on, "gains/losses" of "gains (losses)": no ratio.)
    const label = lex.matcher.label(before.ids[0]!);
    if (nameStems(side).every((s) => nameStems(label).includes(s))) continue;
    const line = inline(label);
    return unknown(`That asks for ${line} ${gap.trim()} "${side}", a ratio: the release states none by that name, and I couldn't tell which line "${side}" means to divide by.${lex.suggestions(side)} Name both lines as the release does, e.g. "net income / total net revenue".`, 'not-understood');
  }
  return null;
}

/** A word said to be included in the name before it ("total loan volume incl ICE"): a part the line holds, not one asked for. */
export function includedIn(text: string, spans: { start: number; end: number }[], t: Token): boolean {
  const from = Math.max(0, ...spans.filter((n) => n.end <= t.start).map((n) => n.end));
  return INCLUDED.test(text.slice(from, t.start));
}
export const INCLUDED = /\b(?:incl(?:uding|uded|usive of|\.)?|with)(?:\s|$)/;

/** Whether some line's label prints a stem, and none ends on it. */
function printedOnlyBefore(lex: Lexicon, stem: string): boolean {
  const labels = [...lex.kb.metrics.keys()].map((id) => lex.matcher.labelStems(id));
  return labels.some((l) => l.includes(stem)) && !labels.some((l) => l.at(-1) === stem);
}

/** A value, change or sum of lines that are not about every thing the question names declines, naming what is left out. */
export function uncoveredName(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[], chosen: string[], family: string[] = []): Answer | null {
  // (A reason too: the release's reason for one line is never said, or said missing, of another asked by more words.)
  // (A ratio of one line is that line's value, "cat loss ratio": ratio.ts answers a named ratio as its value.)
  const one = op === 'ratio' && chosen.length === 1;
  // (A family named by a head word, "gold" in "Gold segment EBITDA", answers only what its lines hold: the "EBITDA"
  // none of "Gold production", "Gold all-in sustaining cost" is declines, never dropped.)
  const metrics = chosen.length ? chosen : family;
  if ((!['value', 'change', 'sum', 'reason'].includes(op) && !one && !(family.length && !chosen.length)) || !metrics.length) return null;
  const other = otherFigureAsked(lex, intent, metrics, op);
  if (other) return other;
  // (Of a family, a word other lines print only as a qualifier, "credit" of "credit provisions", says which of its lines:
  // a word heading a line, "EBITDA", or one no line prints, "NPW", is a figure none of them is.)
  const qualifier = (w: string) => family.length > 0 && !chosen.length && nameStems(w).every((st) => printedOnlyBefore(lex, st));
  const left = unnamed(lex, intent, names, metrics).filter((w) => !qualifier(w));
  if (!left.length) return null;
  const unread = unreadLine(lex.kb, left.join(' '));
  if (unread) return unknown(unread, 'not-in-release');
  const said = left.join('", "');
  const lines = metrics.map((id) => title(lex.matcher.label(id)));
  const which = lines.length > 1 ? `none of ${lines.join(', ')} is` : `${lines[0]} is not`;
  // Lines that are about those words ("cash incl restricted"): named, so the reason stays true.
  const stems = left.flatMap((w) => nameStems(w));
  const others = [...lex.kb.metrics.keys()].filter((id) => !metrics.includes(id) && stems.length > 0 && stems.every((st) => lex.lineWords(id).has(st))).slice(0, 3);
  if (others.length) return unknown(`The release doesn't give that for "${said}" as asked: ${which} about "${said}"; ${others.map((id) => title(lex.matcher.label(id))).join('; ')} ${others.length > 1 ? 'are' : 'is'}. Ask for that line if it is the one you mean.`, 'not-in-release');
  return unknown(`The release doesn't give that for "${said}": ${which} about "${said}", and no line of it is. Ask for a line as the release names it.`, 'not-in-release');
}

/** The decline naming the words not understood, or null when every word is accounted for. */
export function coverage(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[]): Answer | null {
  // (Its letters are one-letter words, which alone are no word to decline on: "h-o-h" would answer the level, "D/E then?" the thread's line.)
  const lettered = FIGURE_OPS.includes(op) ? (LETTERED.exec(intent.bare) ?? unreadInitials(intent, names)) : null;
  const words = lettered ? [lettered[0]] : uncovered(lex, intent, op, names).map((t) => t.word);
  if (!words.length) return null;
  const unread = unreadLine(lex.kb, words.join(' '));
  if (unread) return unknown(unread, 'not-in-release');
  return unknown(`I don't know "${words.join(' ')}": I only answer from ${lex.titles}.${lex.suggestions(intent.text)}`, 'not-understood');
}

/** A basis written as letters round an "o" ("h-o-h", "m.o.m"): q-o-q and y-o-y are read as qoq and yoy (catalog.ts); any other is not. */
const LETTERED = /\b([a-z])[-.]\s?o[-.]\s?\1\b/;
/** A ratio named by its initials, letters joined by slashes ("d/e", "l/a"): a name, though each letter alone is no word. */
const INITIALS = /(?<![\w/])[a-z](?:\/[a-z])+(?![\w/])/g;

/** Initials no name read: "A/R" of "provision for A/R and contract assets" is the line's own (accounts receivable). */
function unreadInitials(intent: Intent, names: MetricMatch[]): RegExpExecArray | null {
  const spans = [...intent.metrics, ...names];
  for (const m of intent.bare.matchAll(INITIALS)) {
    if (!spans.some((n) => n.start <= m.index && m.index + m[0].length <= n.end)) return m as RegExpExecArray;
  }
  return null;
}
