// A run of a question's words read against a name's stems (metrics.ts's match): whether it holds them all,
// where it must start and end, and whether it straddles two phrases.
import { stem } from '../../nlp.js';
import { ownLabel } from '../../knowledge/labels.js';
import { NEUTRAL } from '../catalog.js';
import { nameStems, type Token } from '../text.js';
import { LEAVES_OUT } from './expressions.js';
import { namesSomeItems } from './coordinated.js';

/**
 * A shuffled run that repeats a word just outside it straddles two phrases: in "total liabilities to
 * total equity", "liabilities total equity" is not "total liabilities and equity". So does one reaching
 * across a comma its name does not print into a phrase that goes on after it: "borrowers, cumulative
 * users" is two items, not "cumulative borrowers" ("EPS, diluted" ends where its run does).
 */
export function straddles(text: string, toks: Token[], from: number, to: number, name: string, isNameWord: (w: string) => boolean): boolean {
  const inside = new Set(toks.slice(from, to).map((t) => t.stem));
  if ([toks[from - 1], toks[to]].some((t) => t !== undefined && inside.has(t.stem))) return true;
  const next = toks[to];
  if (name.includes(',') || !text.slice(toks[from]!.end, toks[to - 1]!.start).includes(',')) return false;
  return next !== undefined && /^\s+$/.test(text.slice(toks[to - 1]!.end, next.start)) && isNameWord(next.word);
}

/**
 * A run with a stray slot that says one of the name's words more often than the name does is two phrases
 * sharing that word: "cumulative users, approved users" is two lines asked, not "cumulative approved users".
 */
export function repeats(window: Token[], stems: string[]): boolean {
  const count = (all: string[], s: string) => all.filter((x) => x === s).length;
  const said = window.map((t) => t.stem);
  return said.some((s) => stems.includes(s) && count(said, s) > count(stems, s));
}

export function containsAll(window: Token[], stems: string[]): boolean {
  const have = window.map((t) => t.stem);
  for (const s of stems) {
    const i = have.indexOf(s);
    if (i < 0) return false;
    have.splice(i, 1);
  }
  return true;
}

/** With a stray word, the run must start and end on the name's words (the stray one is inside). */
export function endsMatch(window: Token[], stems: string[]): boolean {
  return stems.includes(window[0]!.stem) && stems.includes(window[window.length - 1]!.stem);
}

/**
 * Whether a run out of order ends on a word the name neither writes so nor ends on: "revenue passengers" are
 * passengers, never "Passenger revenue" (its "passenger" a modifier); "EPS diluted" is still "diluted EPS".
 */
export function otherHead(window: Token[], name: { stems: string[]; words: Set<string> }, text: string, next?: Token): boolean {
  const head = window[window.length - 1]!;
  // Nor is a run set straight before another word its name lacks, the head it modifies ("revenue passenger miles").
  // Only of two-word names: a longer one is often said shuffled ("capital-light model volume excluding ...", "income
  // from operations margin non-GAAP").
  const modifies = !!next && /^ +$/.test(text.slice(head.end, next.start)) && !name.stems.includes(next.stem);
  return name.stems.length === 2 && (modifies || (!name.words.has(head.word) && head.stem !== name.stems[1]));
}

/**
 * Whether words name a row by its heading alone: "investing cash flow" holds every word of "Other - net (Cash flow
 * from investing activities)" only through the heading its label prints in brackets, so it names the heading's line,
 * not this row of it.
 */
export function byHeadingAlone(metric: { label: string; heading?: string } | undefined, required: string[]): boolean {
  const own = metric ? ownLabel(metric) : '';
  if (!metric || own === metric.label) return false;
  const stems = new Set(nameStems(own));
  const said = required.filter((s) => !NEUTRAL.has(s));
  return said.length > 0 && said.every((s) => !stems.has(s));
}

/**
 * A stray word inside a run that says which thing (no neutral word) and is a word of some line, but of none of
 * the name's lines: a part the name's lines are not about ("solutions" of "Total Solutions" inside "total
 * solutions net revenue"), so the run is no name of those lines. A word joining a part to its measure names none.
 */
export function namesOtherPart(stem: string, ids: string[], wordsOf: (id: string) => Set<string>, byStem: Map<string, string[]>): boolean {
  return !NEUTRAL.has(stem) && !PART_JOIN.test(stem) && (byStem.get(stem)?.length ?? 0) > 0 && !ids.some((id) => wordsOf(id).has(stem));
}

/** Words that join a part to the measure it is a part of ("balance under ICE", "volume through ICE", "balance for ICE"). */
export const PART_JOIN = /^(?:under|through|via|across|for|within|from)$/;

/** Whether a said word is one a label only leaves out: "fuel sales" is no "Group sales excluding fuel". */
export function onlyLeftOut(label: string, required: string[]): boolean {
  const out = LEAVES_OUT.exec(label);
  if (!out) return false;
  const kept = new Set(nameStems(label.slice(0, out.index)));
  const left = new Set(nameStems(out[1]!));
  return required.some((s) => left.has(s) && !kept.has(s));
}

/** A word printed with two capitals or more, "EBITDAaL", "FTTP": an acronym. */
const ACRONYM = /\b[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*\b/g;

/** The words labels print as acronyms, lower-cased. (A label printed all in capitals, "NET INCOME/ (LOSS)", has none: its capitals are its case.) */
export const acronymsOf = (labels: string[]): Set<string> => new Set(labels.flatMap((l) => (l === l.toUpperCase() ? [] : (l.match(ACRONYM) ?? []))).map((w) => w.toLowerCase()));

/**
 * Whether a question's word is, as written, a word of the name it stems like: an acronym the releases print
 * ("EBITDAaL") is its own word, never the shorter one ("EBITDA") the stemmer cuts it to (its plural aside).
 */
export function sameWord(t: Token, name: { stems: string[]; words: Set<string> }, acronyms: Set<string>): boolean {
  return !acronyms.has(t.word) || !name.stems.includes(t.stem) || [t.word, t.word.replace(/s$/, ''), `${t.word}s`].some((w) => name.words.has(w));
}

/**
 * Of the lines a name's words fit, the ones of the thing asked: a line listing the item asked among others ("... model, ICE
 * and other tech solutions") is their whole, the item's own line wins; a rate "per load" no word asked for is another kind of
 * figure than the amount the words name ("brokerage revenue" is no "Brokerage revenue per load ($)"), the amount's line wins.
 */
export function ownLines<T extends { id: string }>(fits: T[], label: (id: string) => string, required: string[], said: Set<string>): T[] {
  const alone = fits.filter((f) => !namesSomeItems(label(f.id), new Set(required)));
  const some = alone.length ? alone : fits;
  const amounts = some.filter((f) => !rateUnsaid(label(f.id), said));
  return amounts.length ? amounts : some;
}

/** Whether a label is a rate per some thing whose thing is not said; per share or ADS is a unit of the amount's own kind. */
function rateUnsaid(label: string, said: Set<string>): boolean {
  const per = /\bper\s+([a-z]+)/i.exec(label);
  return Boolean(per && !/^(?:share|ads|adr|unit|diluted|basic|common|ordinary)s?$/i.test(per[1]!) && !said.has(stem(per[1]!.toLowerCase())));
}
