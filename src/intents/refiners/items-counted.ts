// Items of one kind asked by their number: "what were the two pretax charges in 2Q04?". The name said fitted one
// line (the $41 million special charges) and that one was answered as if it were both, the second charge left
// out. Now the lines of that kind are every line going by the kind's word, of the kind and timing of the line
// found, with a figure for the period asked (a line printed twice, per segment, counted once): where there are
// as many as said, all of them are answered; else the question declines, saying how many it found.
import type { Period } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Lexicon } from '../lexicon.js';
import { find } from '../lookup.js';
import { inline, unknown } from '../reply.js';
import { nameStems, tokens } from '../text.js';

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };
/** "the two pretax charges", "both charges", "those three items": a number of things of one kind (a word in the plural). */
const COUNTED = /\b(?:(?:the|these|those|its|their|all)\s+(two|three|four|five|six|[2-6])|(both))\s+(?:of\s+the\s+)?((?:[a-z&-]+\s+){0,2}?)([a-z]+s)\b/;
/** Plurals that are periods or the bot's own words, never a kind of line. */
const NOT_A_KIND = /^(?:months|quarters|years|weeks|periods|dates|days|halves|figures|numbers|lines|items|companies|segments|sides|ways)$/;

/** Words that take every line a name fits: "both", "all of them"; or "the two X lines", "those three", as many as it fits. */
const COMBINES_ALL = /\b(?:both|all)\b/;
const COUNTED_ALL = /\b(?:the|these|those)\s+(two|three|four|five|six|[2-6])\b/;
export const takesAll = (text: string, lines: number) => COMBINES_ALL.test(text) || NUMBERS[COUNTED_ALL.exec(text)?.[1] ?? ''] === lines;

/** Whether the line has a figure for the period, not a dash ("-" for a segment without the item). */
const given = (lex: Lexicon, id: string, p: Period) => {
  const f = find(lex.kb, id, p, lex.kb.currency)?.fact;
  return f !== undefined && f.value !== null && !f.value.isZero();
};

export function itemsCounted(lex: Lexicon, text: string, ids: string[], period: Period): string[] | Answer {
  const said = COUNTED.exec(text);
  // (The bot's own noun after it, "the three platform services revenue lines", asks lines a ranking or sum counts.)
  if (!said || !ids.length || NOT_A_KIND.test(said[4]!) || /^\s+(?:[a-z&-]+\s+){0,2}?(?:lines|items|figures)\b/.test(text.slice(said.index + said[0].length))) return ids;
  const n = NUMBERS[said[1] ?? said[2]!]!;
  if (ids.length >= n) return ids;
  const kind = tokens(said[4]!)[0]!.stem;
  const like = ids[0]!;
  // (By the label's own words: a line under a heading of "charges" is no charge itself.)
  const found = lex.matcher.goingBy([kind]).filter((id) => lex.matcher.labelStems(id).includes(kind) && lex.kindOf(id) === lex.kindOf(like) && lex.timingOf(id) === lex.timingOf(like) && given(lex, id, period));
  // (Words said before the kind narrow it where some of those lines hold them: "funding costs" are no operating costs;
  // "pretax", which no charge's label holds, narrows nothing.)
  const narrowed = nameStems(said[3] ?? '').reduce((ls, w) => (ls.some((id) => lex.matcher.labelStems(id).includes(w)) ? ls.filter((id) => lex.matcher.labelStems(id).includes(w)) : ls), found);
  const lines = narrowed.filter((id, k) => !narrowed.slice(0, k).some((o) => lex.kb.sameFigures(o, id)));
  const asked = `${said[1] ?? said[2]} ${said[3] ?? ''}${said[4]}`;
  if (lines.length === n && ids.every((id) => lines.some((l) => l === id || lex.kb.sameFigures(l, id)))) return lines;
  const named = (lines.length ? lines : [like]).map((id) => inline(lex.matcher.label(id))).join('; ');
  if (lines.length > n) return unknown(`You asked for ${asked}: the release has ${lines.length} such lines (${named}), not ${n}. Ask for the ones you mean by name.`, 'ambiguous');
  return unknown(`You asked for ${asked}: I can tell only ${lines.length > 1 ? `${lines.length} such lines` : 'one such line'} (${named}), so I won't give ${lines.length > 1 ? 'them' : 'it'} as ${n === 2 ? 'both' : `all ${n}`}. Ask for each by its name.`, 'not-understood');
}
