// Name words alone that fit one line and the measures of it ("revenue" of "International revenues" and its
// share of the total; "interest income" of "Net interest income" and its growth): the line's label puts a
// word before them that the question does not say, so the line is a part or another figure ("net interest"
// is interest income less interest expense), never what the words name; nor a line without the "net" they say
// ("net margin" is no EBITDA margin). The release doesn't give that.
import type { Lexicon } from '../lexicon.js';

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
  const own = stems(base);
  const first = own.findIndex((s) => said.includes(s));
  // ("Total revenues": "total" says which sum, not which part.)
  const before = own.slice(0, Math.max(0, first)).filter((s) => s !== 'total' && !said.includes(s));
  return before.length ? before.join(' ') : null;
}
