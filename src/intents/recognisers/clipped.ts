// Analysts' clipped words: "attrib" for attributable, "mktg" for marketing. A clip is read as a word of
// the names only where exactly one word (by stem) fits it: a clip that could be two words is no word,
// and the coverage rule declines it, naming it.
import { stem } from '../../nlp.js';

/** Whether a word holds another's letters in order ("income" holds "incm"). */
export function holdsInOrder(word: string, letters: string): boolean {
  let k = 0;
  for (const c of word) if (c === letters[k]) k++;
  return k === letters.length;
}

/**
 * Whether `clip` could be `word` cut short: its first five letters or more ("attrib"), or its first
 * letter and then only consonants of it, in order ("mktg", "mgmt"); a clip is shorter by two letters at least.
 */
function clips(clip: string, word: string): boolean {
  if (word[0] !== clip[0] || word.length < clip.length + 2) return false;
  if (clip.length >= 5 && word.startsWith(clip)) return true;
  return clip.length >= 4 && !/[aeiouy]/.test(clip.slice(1)) && holdsInOrder(word.slice(1), clip.slice(1));
}

/** The one word (by stem) of `words` that `clip` cuts short, or null when none or several do. */
export function unclip(clip: string, words: Iterable<string>): string | null {
  let found: string | null = null;
  for (const w of words) {
    if (!clips(clip, w)) continue;
    if (found !== null && stem(found) !== stem(w)) return null;
    if (found === null || w.length < found.length) found = w;
  }
  return found;
}
