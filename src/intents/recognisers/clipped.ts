// Analysts' clipped words: "attrib" for attributable, "mktg" for marketing. A clip is read as a word of
// the names only where exactly one word (by stem) fits it: a clip that could be two words is no word,
// and the coverage rule declines it, naming it.
import { stem } from '../../nlp.js';
import { contentTokens } from '../text.js';

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

/** Whether `clip` may be `word` cut short, read beside the rest of a name: its first letter, then some of its letters in order ("prov", "recv", "guar"). */
const mayClip = (clip: string, word: string) => word[0] === clip[0] && word.length >= clip.length + 2 && holdsInOrder(word.slice(1), clip.slice(1));

/** A name as the clip reader needs it: how many stems it has, and its words that are one of them, with their stems. */
export interface ClipName {
  stems: number;
  words: { word: string; stem: string }[];
}

/** The names read once for unclipInNames: stemming every word of every name on each question cost more than the rest of reading it. */
export function clipNames(names: readonly { stems: string[]; words: Set<string> }[]): ClipName[] {
  return names.map((n) => ({ stems: n.stems.length, words: [...n.words].map((word) => ({ word, stem: stem(word) })).filter((w) => n.stems.includes(w.stem)) }));
}

/** Whether each word of a name that the text does not say may be a clip said. Most names miss one that none may be: passed over here, in plain loops, before anything is built for them. */
function clipsFit(n: ClipName, have: Set<string>, clipsSaid: string[]): boolean {
  for (const w of n.words) {
    if (have.has(w.stem)) continue;
    let fits = false;
    for (const c of clipsSaid) if (mayClip(c, w.word)) fits = true;
    if (!fits) return false;
  }
  return true;
}

/**
 * Unknown words of four letters or more read as the words they cut short of a name whose other words
 * the text says ("prov for contingent liabs": "provision", the one name word they may be): a clip that
 * may be words of two stems stays as written. `known`: the words that are no clip.
 */
export function unclipInNames(text: string, names: readonly ClipName[], known: (w: string) => boolean): string {
  const clipsSaid = [...new Set(text.match(/\b[a-z]{4,}\b/g) ?? [])].filter((w) => !known(w));
  if (!clipsSaid.length) return text;
  const have = new Set(contentTokens(text).map((t) => t.stem));
  const readings = new Map<string, Map<string, string>>();
  for (const n of names) {
    if (!clipsFit(n, have, clipsSaid)) continue;
    const missing = n.words.filter((w) => !have.has(w.stem));
    if (!missing.length || missing.length >= n.stems) continue;
    const fits = missing.map((w) => clipsSaid.filter((c) => mayClip(c, w.word)));
    if (fits.some((f) => !f.length)) continue;
    missing.forEach((w, i) => {
      for (const c of fits[i]!) readings.set(c, (readings.get(c) ?? new Map()).set(w.stem, w.word));
    });
  }
  let out = text;
  for (const [c, words] of readings) if (words.size === 1) out = out.replace(new RegExp(`\\b${c}\\b`, 'g'), [...words.values()][0]!);
  return out;
}
