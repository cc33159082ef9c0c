// Name words alone that fit one line and the measures of it ("revenue" of "International revenues" and its
// share of the total): where a fitting line says the line is a share of a total, the word its label puts before
// them, unsaid, names a part ("International"), never what the words name; nor is a line without the "net" the
// question says ("net margin" is no EBITDA margin). The release doesn't give that. (Where no line says so, the
// word may name the whole: "occupancy" is the "Portfolio occupancy".)
import type { Lexicon } from '../lexicon.js';

/** A label saying its line is a share of a total ("as a share of the total", "% of total revenues"). */
const OF_TOTAL = /\b(?:share|percent(?:age)?|proportion|%)\s+of\s+(?:the\s+)?total\b/i;

/**
 * The word before the words said in the one line the fitting lines measure, or null where they are several lines
 * (ask which). Said the other way, a "net" the question says that a fitting line does not go by ("net margin" of
 * an EBITDA margin): the words name another figure than that line.
 */
export function unsaidQualifier(lex: Lexicon, ids: string[], said: string[]): string | null {
  if (said.includes('net') && ids.some((id) => !lex.matcher.wordsOf(id).has('net'))) return 'net';
  const stems = (id: string) => lex.matcher.labelStems(id);
  const base = [...ids].sort((a, b) => stems(a).length - stems(b).length)[0];
  if (!base || !ids.every((id) => stems(base).every((s) => stems(id).includes(s)))) return null;
  if (!ids.some((id) => id !== base && OF_TOTAL.test(lex.matcher.label(id)))) return null;
  const own = stems(base);
  const first = own.findIndex((s) => said.includes(s));
  // ("Total revenues": "total" says which sum, not which part.)
  const before = own.slice(0, Math.max(0, first)).filter((s) => s !== 'total' && !said.includes(s));
  return before.length ? before.join(' ') : null;
}
