// A word the spelling corrector turned into one of the bot's cue words ("product" → "project", "grant" →
// "grand") where no cue, modifier or period then reads it: the correction did nothing but hide a word that
// names something ("net product revenue" answered total revenue). Such a word right beside a name, where it says
// which line, is kept as said, so the coverage rule names it; a correction a cue or a period reads ("this quartr") stands.
import type { Lexicon } from '../lexicon.js';
import { STOPWORDS, tokens } from '../text.js';
import { modifierSpans } from './modifiers.js';
import { periodsOf } from './periods.js';

/** The words of `said` that `corrected` turned into a cue's word no cue, modifier or period reads there. */
export function idleCorrections(lex: Lexicon, said: string, corrected: string): Set<string> {
  const before = tokens(said);
  const after = tokens(corrected);
  const idle = new Set<string>();
  if (before.length !== after.length) return idle;
  const changed = after.map((t, k) => ({ t, was: before[k]!.word })).filter(({ t, was }) => t.word !== was && !STOPWORDS.has(t.word) && !lex.matcher.isNameWord(t.word));
  if (!changed.length) return idle;
  const read = [...lex.cueSpans(corrected), ...modifierSpans(corrected)];
  const { bare } = periodsOf(corrected, lex);
  // (Only a word right beside a name, where it says which line: "please state the company's net income" may keep "stats".)
  const names = lex.matcher.match(bare);
  const touch = (a: { end: number }, b: { start: number }) => a.end <= b.start && /^[\s-]*$/.test(corrected.slice(a.end, b.start));
  const beside = (t: { start: number; end: number }) => names.some((n) => touch(t, n) || touch(n, t));
  for (const { t, was } of changed) {
    const inCue = read.some((s) => t.start >= s.start && t.end <= s.end);
    const inPeriod = !bare.slice(t.start, t.end).trim();
    if (!inCue && !inPeriod && beside(t)) idle.add(was);
  }
  return idle;
}
