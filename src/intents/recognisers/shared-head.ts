// A head shared between the parts of a request over one join, so that each part becomes a name of its own:
// the operator between them (a sum, a difference) applies to both, and a list answers every part.
// From the left: in "basic net income per share and per ADS" the words after "and" name no line alone, but with
// the first name's leading words ("basic net income") they name the basic per-ADS line; in "payable to investors
// of the trusts, current + noncurrent" the word after "+" replaces the first name's last word.
// From the right: in "GAAP and adjusted diluted EPS" or "basic and diluted net income per share" the words before
// "and" are a qualifier of the name after it ("GAAP diluted EPS", "basic net income per share"); read alone,
// "GAAP" named no line and "basic" the basic share count. Only the question's words are read (the releases'
// labels, "... basic ADS used in calculating GAAP and Non-GAAP net income per ADS", are one line's name).
// Where no single line fits a part, nothing is added and the part stays unexplained (coverage declines naming
// it, never answers one part silently).
import type { Lexicon } from '../lexicon.js';
import { closest } from './expressions.js';
import type { MetricMatch } from './metrics.js';
import { contentTokens, STOPWORDS, tokens, type Token } from '../text.js';
import { CUE_WORDS } from '../vocabulary.js';
import { anotherMeasure } from '../naming/other-measure.js';

const CUES = new Set(CUE_WORDS);

/** What joins the parts: "and", "&", "+", "plus", "minus", "less", "net of", "vs", "or". */
const JOIN = /\s*,?\s+(?:\+|plus|and|&|or|minus|less(?! than)|net of|vs\.?|versus)\s+(?:the\s+)?/g;
const JOIN_WORD = new Set(['plus', 'and', 'or', 'minus', 'less', 'vs', 'versus']);
/** Small words inside a name ("net income per share", "payable to investors of the trusts"). */
export const CONNECTIVE = new Set(['per', 'of', 'to', 'the', 'for', 'under', 'through', 'from']);
/** Where a part ends: the next name, a comma, a bracket, a plus sign ("cash + restricted + deposits") or the question's end. */
const PART = /^[^,;()?+]*/;
/** The most words a part may have: a qualifier, not a name of its own. */
const MOST_WORDS = 3;

/**
 * The named rules that build the whole name of a part from the first name's words, most words kept first.
 * A whole name counts only where one line holds every word of it (checked in lineOf).
 */
export const SHARED_HEAD_RULES: { name: string; wholes: (head: Token[], part: Token[]) => Token[][]; alone?: boolean; single?: boolean; after?: RegExp }[] = [
  // "basic net income per share and per ADS": the part starts with a word of the name and replaces it from
  // there; words after what it replaces stay ("net income per share basic and per ADS": per ADS, basic).
  { name: 'replaces-from-its-first-word', wholes: (head, part) => {
    const at = head.map((t) => t.word).lastIndexOf(part[0]!.word);
    return at > 0 ? head.slice(at + 1).map((_, k) => [...head.slice(0, at), ...part, ...head.slice(at + 1 + k)]).concat([[...head.slice(0, at), ...part]]) : [];
  } },
  // "deferred tax assets + liabilities", "current + noncurrent": a part of one word replaces the name's last word.
  { name: 'replaces-the-last-word', wholes: (head, part) => (part.length === 1 && head.length > 1 ? [[...head.slice(0, -1), ...part]] : []) },
  // "cash + restricted": a part of one word before the name's last word qualifies it ("restricted cash"), where
  // so read it is the name of one line only ("comprehensive income" is several: which is no guess).
  // Only after a plus: after "and", a one-word part is its own line or a measure of the name ("adj EBITDA and the
  // margin" is no "EBITDA margin", the reported one's).
  { name: 'qualifies-the-last-word', wholes: (head, part) => (part.length === 1 ? [[...part, head[head.length - 1]!]] : []), single: true, after: /\+|\bplus\b/ },
  // "total debt minus cash", "net of cash": the part's words are the words of one line alone ("Cash and equivalents").
  // Only after a difference's word: after "and" ("total cash including restricted cash and security deposits")
  // the words may be a total's part, which a list of lines would answer without the total asked.
  { name: 'a-line-of-its-own', wholes: (_head, part) => [part], alone: true, after: /\b(?:minus|less|net of)\b/ },
];

export function shareHead(lex: Lexicon, text: string, matches: MetricMatch[]): MetricMatch[] {
  const right = headsFromRight(lex, text, matches);
  let out = [...matches.filter((m) => !right.some((r) => m.start < r.sides[1].end && m.end > r.sides[0].start)), ...right.flatMap((r) => r.sides)];
  const all = tokens(text);
  const inName = (t: Token) => matches.some((m) => t.start >= m.start && t.end <= m.end);
  for (const join of text.matchAll(JOIN)) {
    const from = join.index! + join[0].length;
    // (A join inside a name is the name's own: "cash & equivalents", "capital-light + ICE volume".)
    if (matches.some((m) => m.start < from && m.end > join.index!) || right.some((r) => r.at === join.index)) continue;
    const head = headBefore(text, all.filter((t) => t.end <= join.index!), (t) => inName(t) || lex.matcher.isNameWord(t.word) || CONNECTIVE.has(t.word));
    if (!head.some(inName)) continue;
    const until = Math.min(matches.find((m) => m.start >= from)?.start ?? text.length, from + PART.exec(text.slice(from))![0].length);
    const content = contentTokens(text.slice(from, until));
    // (The part ends at its last content word: "per ADS for Q1" is "per ADS".)
    const part = all.filter((t) => t.start >= from && t.end <= from + (content.at(-1)?.end ?? 0));
    // (An operation's word is no part of a name: "cash & equivalents change" asks a change.)
    if (!content.length || part.length > MOST_WORDS || !content.every((t) => lex.matcher.isNameWord(t.word) && !CUES.has(t.word))) continue;
    // (A name of several lines in the head, "diluted", does not rule them out: the part says which.)
    const first = matches.filter((m) => m.start >= head[0]!.start && m.end <= join.index! && m.ids.length === 1).flatMap((m) => m.ids);
    const line = lineOf(lex, head, part, first, join[0]);
    if (!line) continue;
    out.push({ ids: [line], name: text.slice(from, part[part.length - 1]!.end), start: from, end: part[part.length - 1]!.end, exact: true });
    out = wholeHead(lex, text, out, head, line);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that say a line's basis, not its name ("reported and adjusted EPS"): qualifiers all the same. */
const BASIS_WORDS = new Set(['gaap', 'reported']);

/** The heads the words after a join may end in, longest first: all but its first word, or two, or three ("diluted EPS", "EPS"). */
const heads = (after: Token[]): Token[][] => after.slice(1, MOST_WORDS + 1).map((_, j) => after.slice(j + 1));

/**
 * The named rules for a head shared from the right, "A and B X": the whole names of A's side and of B's (before:
 * the words before the join, after: those after it), most words shared first. A side counts only where one line
 * holds every word of it, another line than the other side's (lineNamed).
 */
export const RIGHT_HEAD_RULES: { name: string; sides: (before: Token[], after: Token[]) => [Token[], Token[]][] }[] = [
  // "weighted average basic and diluted ADS": the words before the first qualifier are the second side's too.
  { name: 'qualifiers-inside-one-name', sides: (before, after) =>
    heads(after).flatMap((head) => before.slice(1).slice(-MOST_WORDS).map((_, k) => [[...before, ...head], [...before.slice(0, -(k + 1)), ...after]] as [Token[], Token[]])) },
  // "GAAP and adjusted diluted EPS", "basic and diluted net income per share", "North America and International TPV".
  { name: 'qualifiers-before-one-head', sides: (before, after) => (before.length > MOST_WORDS ? [] : heads(after).map((head) => [[...before, ...head], after])) },
];

export interface HeadFromRight {
  rule: string;
  /** Where the join starts. */
  at: number;
  /** A's side and B's, each one line. */
  sides: [MetricMatch, MetricMatch];
}

/** Every "A and B X" of the question whose sides a right-head rule names, by the first rule that does. */
export function headsFromRight(lex: Lexicon, text: string, matches: MetricMatch[]): HeadFromRight[] {
  const all = tokens(text);
  const out: HeadFromRight[] = [];
  for (const join of text.matchAll(JOIN)) {
    const from = join.index! + join[0].length;
    if (matches.some((m) => m.start < from && m.end > join.index!)) continue;
    const before = runBefore(lex, text, all.filter((t) => t.end <= join.index!), matches);
    const after = runAfter(lex, text, all.filter((t) => t.start >= from), matches);
    // (Words before the join that name one line alone are an item of their own: "net income and operating margin".)
    if (!before.length || after.length < 2 || lineNamed(lex, before)) continue;
    const side = (id: string, run: Token[]): MetricMatch => ({ ids: [id], name: text.slice(run[0]!.start, run.at(-1)!.end), start: run[0]!.start, end: run.at(-1)!.end, exact: true });
    // (A word after the head that no name holds, "onsite revenue share", says how the lines are put: the head ends before it.)
    const fit = firstFit(lex, before, after) ?? firstFit(lex, before, upToLastName(after, matches));
    if (fit) out.push({ rule: fit.rule, at: join.index!, sides: [side(fit.one, before), side(fit.other, after)] });
  }
  return out;
}

/** The first rule's first pair of whole names that are two lines, one each. */
function firstFit(lex: Lexicon, before: Token[], after: Token[]): { rule: string; one: string; other: string } | null {
  for (const rule of RIGHT_HEAD_RULES) {
    for (const [a, b] of rule.sides(before, after)) {
      const one = lineNamed(lex, a);
      const other = one && lineNamed(lex, b);
      if (one && other && one !== other) return { rule: rule.name, one, other };
    }
  }
  return null;
}

/** A qualifier's words before a join, back to another join, a comma or words read apart (a period); none where they end a longer name. */
function runBefore(lex: Lexicon, text: string, before: Token[], matches: MetricMatch[]): Token[] {
  const run = headBefore(text, before, (t) => lex.matcher.isNameWord(t.word) || BASIS_WORDS.has(t.word) || CONNECTIVE.has(t.word));
  let k = run.length - 1;
  while (k > 0 && /^[\s-]$/.test(text.slice(run[k - 1]!.end, run[k]!.start))) k--;
  while (k >= 0 && k < run.length && CONNECTIVE.has(run[k]!.word)) k++;
  const own = k < 0 ? [] : run.slice(k);
  // (A word not understood right before the words may be part of the qualifier: "30x collection and 90+ DPD".)
  const prior = before[before.length - run.length + k - 1];
  const glued = prior !== undefined && /^[\s-]$/.test(text.slice(prior.end, own[0]?.start)) && !STOPWORDS.has(prior.word) && !lex.knows(prior.word);
  return own.length && !glued && !matches.some((m) => m.start < own[0]!.start && m.end > own[0]!.start) ? own : [];
}

/** The words of a name after a join: the first name there, and name words no other name holds ("GAAP net income", "diluted" "ADS"). */
function runAfter(lex: Lexicon, text: string, after: Token[], matches: MetricMatch[]): Token[] {
  let own: MetricMatch | undefined;
  const run: Token[] = [];
  for (const t of after) {
    const name = matches.find((m) => t.start >= m.start && t.end <= m.end);
    own ??= name;
    if (name && name !== own) break;
    // (Words read apart, a period between them, are not one name's; a name's own signs are: "subscription & services revenue".)
    const apart = run.length > 0 && !(name && run.at(-1)!.start >= name.start) && !/^[\s-]$/.test(text.slice(run.at(-1)!.end, t.start));
    if (apart || (!name && (JOIN_WORD.has(t.word) || !(lex.matcher.isNameWord(t.word) || BASIS_WORDS.has(t.word) || CONNECTIVE.has(t.word))))) break;
    run.push(t);
  }
  while (run.length && CONNECTIVE.has(run.at(-1)!.word)) run.pop();
  return run;
}

/** A run of words cut after the last word a name holds: none where no word is held, or none comes after. */
function upToLastName(run: Token[], matches: MetricMatch[]): Token[] {
  const held = run.map((t) => matches.some((m) => t.start >= m.start && t.end <= m.end));
  const last = held.lastIndexOf(true);
  return last >= 0 && last < run.length - 1 ? run.slice(0, last + 1) : [];
}

/** The one line a whole name names: one name of it holds every content word ("GAAP diluted EPS": the diluted EPS line). */
function lineNamed(lex: Lexicon, whole: Token[]): string | null {
  const phrase = whole.map((t) => t.word).join(' ');
  const words = contentTokens(phrase);
  const found = lex.matcher.match(phrase);
  if (!words.length || found.length !== 1 || found[0]!.start > words[0]!.start || found[0]!.end < words.at(-1)!.end) return null;
  const ids = found[0]!.ids.length > 1 ? lex.matcher.refine(words.map((t) => t.stem)).filter((id) => found[0]!.ids.includes(id)) : found[0]!.ids;
  // (Lines that print the same figures are one line printed twice: "GAAP diluted EPS" in a statement and a summary.)
  return ids.length && ids.every((id) => lex.kb.sameFigures(ids[0]!, id)) ? ids[0]! : null;
}

/**
 * The head as one name where its words are several names ("diluted" and "net income" in "diluted net
 * income per ordinary share"): the one line other than the part's that holds all its words, the nearest the part's.
 */
function wholeHead(lex: Lexicon, text: string, matches: MetricMatch[], head: Token[], part: string): MetricMatch[] {
  const [start, end] = [head[0]!.start, head[head.length - 1]!.end];
  const inside = matches.filter((m) => m.start >= start && m.end <= end);
  if (inside.length < 2) return matches;
  // (Of several, the one nearest the part's line: the per-share line beside the per-ADS one.)
  const fits = lex.matcher.refine(contentTokens(text.slice(start, end)).map((t) => t.stem)).filter((id) => id !== part);
  const one = fits.length > 1 ? closest(lex, fits, part) : fits;
  if (one.length !== 1) return matches;
  return [...matches.filter((m) => !inside.includes(m)), { ids: one, name: text.slice(start, end), start, end, exact: true }];
}

/** The run of words right before a join that may be a name's ("diluted net income per ordinary share"), back to another join or word. */
function headBefore(text: string, before: Token[], nameLike: (t: Token) => boolean): Token[] {
  let k = before.length;
  // (A sign between two words is a join too: "cash + restricted cash" is two heads.)
  const joined = (i: number) => i < before.length && /[+&]/.test(text.slice(before[i - 1]!.end, before[i]!.start));
  while (k > 0 && nameLike(before[k - 1]!) && !JOIN_WORD.has(before[k - 1]!.word) && !joined(k)) k--;
  return before.slice(k);
}

/** The one line (not the first name's) that holds every word of a rule's whole name, by the first whole that has one. */
function lineOf(lex: Lexicon, head: Token[], part: Token[], first: string[], joinedBy: string): string | null {
  const rules = SHARED_HEAD_RULES.filter((rule) => !rule.after || rule.after.test(joinedBy));
  for (const [whole, { alone, single }] of rules.flatMap((rule) => rule.wholes(head, part).map((w) => [w, rule] as const))) {
    const phrase = whole.map((t) => t.word).join(' ');
    const found = lex.matcher.match(phrase);
    const stems = contentTokens(phrase).map((t) => t.stem);
    // (A part alone names a line when it is the only one going by its words, as a name of it or not.)
    const named = found.length === 1 && found[0]!.start === 0 && found[0]!.end === phrase.length ? found[0]!.ids : alone && !found.length ? lex.matcher.goingBy(stems) : [];
    // (A qualified name stands for its one line, or for none.)
    if (single && named.length === 1 && !first.includes(named[0]!)) return named[0]!;
    if (single) continue;
    // (A head in shorthand, "basic EPS ... per ADS": the lines going by every word, of the head's line's kind.)
    const shorthand = !named.length && !alone && found.length === 1 && found[0]!.start === 0 && first.length === 1 ? lex.matcher.goingBy(stems).filter((id) => lex.kindOf(id) === lex.kindOf(first[0]!)) : [];
    // (A part alone that is a standard name, "opex" in "gross profit minus opex", is never a line naming another measure
    // that only shares its words, "Other operating income (expenses), net": it names that measure or nothing, as a lookup does.)
    const ids = lex.matcher.goingBy(stems, named.length ? named : shorthand).filter((id) => !first.includes(id) && !(alone && anotherMeasure(lex.matcher.label(id), phrase)));
    if (alone && ids.length !== 1) continue;
    const one = ids.length > 1 ? lex.matcher.refine(stems).filter((id) => ids.includes(id)) : ids;
    if (one.length === 1) return one[0]!;
  }
  return null;
}

