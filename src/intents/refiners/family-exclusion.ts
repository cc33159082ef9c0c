// A family word with some of its lines taken out ("provisions excluding the contingent one", "allowances
// ex guarantees", "total provisions except the one for contingent liabilities"). The words after the
// exclusion name members by the words that set them apart, seldom by a full label; read as names of any
// line they had matched none, or another line, and every member was added, the excluded one too: a
// confident, cited, wrong sum. Here each excluded item is resolved among the family's own members only;
// an item naming none, or several, declines and says which words, and no figure is given.
import type { Answer } from '../answer.js';
import { NEUTRAL } from '../catalog.js';
import { familyOf, narrow } from '../families.js';
import type { Lexicon } from '../lexicon.js';
import type { Intent } from '../recognisers/index.js';
import { EXCLUDE, type Sign } from '../recognisers/expressions.js';
import { inline, unknown } from '../reply.js';
import { contentTokens, type Token } from '../text.js';
import type { Terms } from './terms.js';
import { words } from '../../knowledge/labels.js';

/** The terms, with the family the lines are taken out of. */
export type FamilyTerms = Terms & { family: string[] };

/** What separates the items of a list of lines taken out ("the loans one and the contingent one"). */
const ITEMS = /,|;|&|\band\b|\bor\b|\bnor\b/;

/**
 * The terms of a family with lines taken out: the one line excluded from the family, or, where several
 * are, the lines left as terms (two at least). Null where no family word stands before an exclusion (a line's name
 * there is a whole of its own: "opex ex provisions"); a decline where an item names no single member.
 */
export function familyExclusion(lex: Lexicon, intent: Intent): FamilyTerms | Answer | null {
  // (Read twice, by the names step, which leaves such words unsettled, and by the terms step: once per question.)
  if (!resolved.has(intent)) resolved.set(intent, intent.ops[0] === 'sum' ? exclusionOf(lex, intent) : null);
  return resolved.get(intent)!;
}

const resolved = new WeakMap<Intent, FamilyTerms | Answer | null>();

function exclusionOf(lex: Lexicon, intent: Intent): FamilyTerms | Answer | null {
  const cut = EXCLUDE.exec(intent.bare);
  if (!cut) return null;
  const from = cut.index + cut[0].length;
  const head = familyHead(lex, intent, cut.index);
  if (!head) return null;
  const { token, members } = head;
  const isCue = lex.isCue(intent.text);
  // (Words every member has, "provision" of "provision for ...", say nothing of which one.)
  const common = new Set(words(labelOf(lex, members[0]!)).filter((s) => members.every((id) => words(labelOf(lex, id)).includes(s))));
  const named = membersNamed(lex, intent.bare, token, members, (t) => isCue(t) || common.has(t.stem));
  if ('status' in named) return named;
  const { base } = named;
  const out: string[] = [];
  for (const item of itemsAfter(intent.bare, from)) {
    const said = contentTokens(item.text).filter((t) => !isCue(shifted(t, item.at)) && !NEUTRAL.has(t.stem) && !common.has(t.stem) && t.stem !== token.stem);
    if (!said.length) continue;
    const phrase = item.text.slice(said[0]!.start, said.at(-1)!.end);
    const fits = narrow(lex.kb, members, said.map((t) => t.stem));
    if (fits.length !== 1) return notOneMember(lex, token.word, members, phrase, fits);
    if (!out.includes(fits[0]!)) out.push(fits[0]!);
  }
  // (Words after the exclusion naming nothing: never the whole family, the excluded line in it.)
  if (!out.length) return unknown(`I couldn't tell which of the ${token.word} lines to leave out ("${intent.bare.slice(from).trim()}"). They are: ${list(lex, members)}.`, 'not-understood');
  // (A line taken out of lines that do not hold it is taken out of nothing: never out of the whole family instead.)
  const stray = out.filter((id) => !base.includes(id));
  if (stray.length) return notHeld(lex, named, stray);
  const left = base.filter((id) => !out.includes(id));
  // (Fewer than two lines left is nothing to add up: the sum would fall back to the whole family.)
  if (left.length < 2) return unknown(`Leaving out ${list(lex, out)} leaves ${left.length ? `only ${labelOf(lex, left[0]!)}` : 'none'} of the ${token.word} lines: nothing to add up. Ask for a line by name.`, 'not-understood');
  // One line out: the family with it excluded, which the answer names ("other than ..."); several: the lines left, added.
  const one = out.length === 1;
  const terms = one ? out : left;
  return { metrics: terms, at: new Map(terms.map((id) => [id, one ? from : token.start])), signs: new Map<string, Sign>(one ? [[out[0]!, 'excluded']] : []), family: base };
}

/**
 * The members the words right before the family word name ("loans provision": the loans one; "receivable
 * provisions": three), the lines taken out of; every member where none are said. Read as the whole family,
 * "loans provision ex contingent" was the other three provisions added. Words no member goes by decline.
 */
function membersNamed(lex: Lexicon, text: string, head: Token, members: string[], silent: (t: Token) => boolean): { base: string[]; said: string } | Answer {
  const run: Token[] = [];
  for (const t of contentTokens(text.slice(0, head.start)).reverse()) {
    if (!/^[\s-]*$/.test(text.slice(t.end, run[0]?.start ?? head.start)) || !lex.matcher.isNameWord(t.word) || NEUTRAL.has(t.stem)) break;
    run.unshift(t);
  }
  const said = run.filter((t) => !silent(t) && t.stem !== head.stem);
  if (!said.length) return { base: members, said: head.word };
  const named = narrow(lex.kb, members, said.map((t) => t.stem));
  const phrase = text.slice(run[0]!.start, head.end);
  if (!named.length) return unknown(`I couldn't tell which of the ${head.word} lines "${phrase}" is: none of them goes by "${text.slice(run[0]!.start, run.at(-1)!.end)}". They are: ${list(lex, members)}.`, 'not-understood');
  return { base: named, said: phrase };
}

/** The decline of a line taken out of lines named that do not hold it: which they are, and that it is none of them. */
function notHeld(lex: Lexicon, named: { base: string[]; said: string }, stray: string[]): Answer {
  const { base, said } = named;
  const lines = base.length > 1 ? `the lines ${list(lex, base)}, which do` : `${inline(labelOf(lex, base[0]!))}, which does`;
  return unknown(`"${said}" is ${lines} not include ${inline(list(lex, stray))}: there is nothing of it to take out. Ask for ${base.length > 1 ? 'them' : 'it'} alone, or name the lines you mean.`, 'not-in-release');
}

/** The family word nearest before the exclusion, said as no line's name, with no line named after it ("opex ex provisions": opex is the whole). */
function familyHead(lex: Lexicon, intent: Intent, before: number): { token: Token; members: string[] } | null {
  const named = (t: Token) => intent.metrics.some((m) => t.start < m.end && t.end > m.start);
  const token = contentTokens(intent.bare.slice(0, before)).reverse().find((t) => !named(t) && familyOf(lex.kb, t).length >= 2);
  if (!token || intent.metrics.some((m) => m.start > token.end && m.start < before)) return null;
  return { token, members: familyOf(lex.kb, token) };
}

/** The items of the list after an exclusion, each with where it starts in the text. */
function itemsAfter(text: string, from: number): { text: string; at: number }[] {
  const items: { text: string; at: number }[] = [];
  let at = from;
  for (const part of text.slice(from).split(ITEMS)) {
    items.push({ text: part, at });
    at += part.length + (ITEMS.exec(text.slice(at + part.length))?.[0].length ?? 0);
  }
  return items;
}

const shifted = (t: Token, by: number): Token => ({ ...t, start: t.start + by, end: t.end + by });
const labelOf = (lex: Lexicon, id: string) => lex.matcher.label(id);
const list = (lex: Lexicon, ids: string[]) => ids.map((id) => labelOf(lex, id)).join('; ');

/** The decline of an item that names no member of the family, or several: which words, and the members to choose from. */
function notOneMember(lex: Lexicon, head: string, members: string[], phrase: string, fits: string[]): Answer {
  if (fits.length > 1) return unknown(`"${phrase}" fits ${fits.length} of the ${head} lines (${list(lex, fits)}). Name the one to leave out as the release does.`, 'ambiguous');
  return unknown(`I couldn't tell which of the ${head} lines "${phrase}" is, to leave it out: none of them goes by those words. They are: ${list(lex, members)}.`, 'not-understood');
}
