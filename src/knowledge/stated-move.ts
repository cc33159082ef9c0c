// How a release itself says a guided range moved: "Capital expenditure guidance is unchanged at $620 million to
// $680 million", "guidance raised to $1,640 million to $1,700 million", "continues to expect", "is still expected".
// Read from the clause of the sentence that states the range, so an answer about guidance says the release's own
// word for its direction, cited, even where the release prints no earlier range to compare with.
import type { Fact, TextFact } from './fact.js';
import type { KnowledgeBase } from './kb.js';
import { periodKey } from './period.js';
import { tokens } from './prose/mentions.js';

export type Move = 'unchanged' | 'raised' | 'lowered' | 'revised';

/** What a move word must be said of: the guidance itself, never the line ("expects revenue to increase 5% to 7%" is growth). */
const GUIDE = '(?:guidance|outlook|forecasts?|targets?|range|expectations?)';
/**
 * A move word said of the guidance: "guidance raised to", "guidance is unchanged at", "raising its 2025 ... guidance to",
 * "raised from the prior range", or of an outlook the sentence opens with: "The outlook for a margin of 12–13% is unchanged".
 */
const ofGuide = (word: string) =>
  new RegExp(String.raw`\b${GUIDE}\s+(?:(?:is|are|was|were|has been|have been|remains?)\s+)?(?:now\s+)?${word}\b|\b${word}\s+(?:(?:its|the|our|their)\s+(?:[\w$.,%-]+\s+){0,6}?${GUIDE}\b|from\s+(?:the\s+|its\s+)?(?:prior|previous|earlier|original)\b)|^\W*(?:the\s+|its\s+|our\s+)?${GUIDE}\s+(?:for|on)\b[^.;]*?\b(?:is|are|was|were|has been|have been|remains?)\s+(?:now\s+)?${word}\b`, 'i');

/** The words of each move, the first found naming it (a range "raised" and "confirmed" in one clause is raised). */
const MOVES: [Move, RegExp][] = [
  ['raised', ofGuide('(?:rais|lift|boost|upgrad|increas)(?:es|ed|ing|s)?')],
  ['lowered', ofGuide('(?:lower|reduc|cut|trimm|downgrad)(?:es|ed|ing|s)?')],
  ['revised', ofGuide('(?:narrow|widen|tighten|revis|updat)(?:es|ed|ing|s)?')],
  ['unchanged', ofGuide('(?:unchanged|maintain(?:s|ed|ing)?)')],
  // (Verbs said only of an outlook: the company's own words that it holds.)
  ['unchanged', /\b(?:reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|continues? to expect|still (?:expect|anticipat|forecast)\w*)\b/i],
];

/** The clause of a sentence around a range: from the figure before its low end to the figure after its high end. */
function clauseOf(text: string, low: Fact, high: Fact): string | null {
  // (A year is no figure a clause ends at: "continues to expect 2025 AFFO per share of $5.70 to $6.00".)
  const toks = tokens(text).filter((t) => t.currency || t.percent || !/^(?:19|20)\d{2}$/.test(t.text.trim()));
  const kind = (f: Fact) => (t: (typeof toks)[number]) => t.percent === (f.unit.kind === 'percent') && t.value.equals(f.value);
  const lo = toks.findIndex(kind(low));
  const hi = lo < 0 ? -1 : toks.findIndex((t, k) => k >= lo && kind(high)(t));
  if (lo < 0 || hi < 0 || hi - lo > 1) return null;
  // The clause ends where a conjunction opens the next one ("reiterated ... 7% to 9%, and raised its NIM guidance"):
  // a move word past it is said of another line's range.
  const tail = text.slice(toks[hi]!.end, toks[hi + 1]?.start ?? text.length);
  const next = CLAUSE_BREAK.exec(tail);
  return text.slice(toks[lo - 1]?.end ?? 0, toks[hi]!.end + (next ? next.index : tail.length));
}

/** Where a sentence's next clause opens after a range: "; ", ", and", "while", "but". */
const CLAUSE_BREAK = /;|,?\s+(?:and|while|but|whereas)\b/i;

/**
 * The move the release states for a range, and the sentence stating it: a sentence of the release that starts on a
 * line where the range (or a copy of it) stands or up to three lines before (wrapped), holding the range.
 */
export function statedMove(kb: KnowledgeBase, low: Fact, high: Fact): { move: Move; text: TextFact; word: string } | null {
  const lines = kb.facts
    .filter((f) => f.role === 'low' && f.metric === low.metric && f.citation.document === low.citation.document && periodKey(f.period) === periodKey(low.period) && f.value.equals(low.value))
    .map((f) => f.citation.line);
  for (const t of kb.texts) {
    if (t.citation.document !== low.citation.document || !lines.some((l) => l >= t.citation.line && l - t.citation.line <= 3)) continue;
    const clause = clauseOf(t.text, low, high);
    const move = clause === null ? undefined : MOVES.find(([, words]) => words.test(clause));
    // (The release's own word is kept, so the answer can say it: "reiterated" is what the asker reads in the release.)
    const word = move && clause?.match(move[1])?.[0].match(/\b(?:rais|lift|boost|upgrad|increas|lower|reduc|cut|trimm|downgrad|narrow|widen|tighten|revis|updat|unchanged|maintain|reaffirm|reiterat|confirm|continue|still)\w*/i)?.[0];
    if (move) return { move: move[0], text: t, word: word?.toLowerCase() ?? move[0] };
  }
  return null;
}
