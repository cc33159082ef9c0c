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

/**
 * Whether `clip` may be `word` cut short, read beside the rest of a name: its first letter, then some of its letters in order
 * ("prov", "recv", "guar"), a doubled letter typed once ("cumm" for cumulative); two or three letters only as the word's start ("fin", "eq").
 */
function mayClip({ clip, once }: Clip, word: string): boolean {
  if (word[0] !== clip[0] || word.length < clip.length + 2) return false;
  // (Both start with the same letter, so holding `once` in order is holding the rest of it after that letter.)
  return clip.length > 3 ? holdsInOrder(word, once) : word.startsWith(clip);
}

/** A clip with its doubled letters typed once, worked out once per question: mayClip runs for every word of every name. */
interface Clip {
  clip: string;
  once: string;
}

/** A name as the clip reader needs it: how many stems it has, and its words that are one of them, with their stems. */
export interface ClipName {
  stems: number;
  words: { word: string; stem: string }[];
}

/** The names read once for unclipInNames: stemming every word of every name on each question cost more than the rest of reading it. */
export function clipNames(names: readonly { stems: string[]; words: Set<string> }[]): ClipName[] {
  return names.map((n) => ({ stems: n.stems.length, words: [...n.words].map((word) => ({ word, stem: stem(word) })).filter((w) => n.stems.includes(w.stem)) }));
}

/**
 * How many words of a name that the text does not say no clip said may be: more than `spare` is too many, and most
 * names miss one that none may be: passed over here, in plain loops, before anything is built for them.
 */
function clipsFit(n: ClipName, have: Set<string>, clipsSaid: Clip[], spare: number): boolean {
  let unfit = 0;
  for (const w of n.words) {
    if (have.has(w.stem)) continue;
    let fits = false;
    for (const c of clipsSaid) if (mayClip(c, w.word)) fits = true;
    if (!fits && ++unfit > spare) return false;
  }
  return true;
}

/**
 * Each clip's readings: the words (by stem) of names whose other words the text says that it may cut short. `spare`:
 * how many of a name's words the text may leave out besides ("funds recv from third party payment providers" leaves
 * out "service" of "Funds receivable from third party payment service providers"), where it says three of its words.
 */
function readingsOf(names: readonly ClipName[], have: Set<string>, clipsSaid: Clip[], spare: number): Map<string, Map<string, string>> {
  const readings = new Map<string, Map<string, string>>();
  for (const n of names) {
    if (!clipsFit(n, have, clipsSaid, spare)) continue;
    const missing = n.words.filter((w) => !have.has(w.stem));
    if (!missing.length || missing.length >= n.stems || (spare && n.stems - missing.length < 3)) continue;
    // (A three-letter clip, or one with a doubled letter, only beside a word of the name said: "fin institutional
    // partners", "cumm borrowers", never "ear" or "eggs" alone; a two-letter one, "cash eq", beside and with no word left out.)
    const beside = missing.length < n.words.length;
    const fits = missing.map((w) => clipsSaid.filter((c) => mayClip(c, w.word) && (beside || (c.clip.length > 3 && c.once === c.clip)) && (c.clip.length > 2 || !spare)).map((c) => c.clip));
    if (fits.filter((f) => !f.length).length > spare || fits.every((f) => !f.length)) continue;
    missing.forEach((w, i) => {
      for (const c of fits[i]!) readings.set(c, (readings.get(c) ?? new Map()).set(w.stem, w.word));
    });
  }
  return readings;
}

/**
 * Unknown words of two letters or more read as the words they cut short of a name whose other words
 * the text says ("prov for contingent liabs": "provision", the one name word they may be): a clip that
 * may be words of two stems stays as written. A clip no name read so fits is read again where the text leaves
 * one word of a long name out besides. `known`: the words that are no clip.
 */
export function unclipInNames(text: string, names: readonly ClipName[], known: (w: string) => boolean): string {
  const clipsSaid = [...new Set(text.match(/\b[a-z]{2,}\b/g) ?? [])].filter((w) => !known(w)).map((clip) => ({ clip, once: clip.replace(/([a-z])\1/g, '$1') }));
  if (!clipsSaid.length) return text;
  const have = new Set(contentTokens(text).map((t) => t.stem));
  const readings = readingsOf(names, have, clipsSaid, 0);
  const unread = clipsSaid.filter((c) => !readings.has(c.clip));
  if (unread.length) for (const [c, words] of readingsOf(names, have, unread, 1)) readings.set(c, words);
  let out = text;
  for (const [c, words] of readings) if (words.size === 1) out = out.replace(new RegExp(`\\b${c}\\b`, 'g'), [...words.values()][0]!);
  return out;
}

/**
 * The words the corrector reads: four letters or more, or three consonants ("frm", "mkt": a word with its vowels
 * dropped; a three-letter word with a vowel, "fin", "rev", is a word or a clip, never a misspelling).
 */
export const CORRECTED_WORD = /[a-z]{4,}|(?<![a-z0-9&'])[b-df-hj-np-tv-xz]{3}(?![a-z0-9&'])/g;

/** Whether `word` is `short` with only vowels added ("income" of "incm", "from" of "frm"; "margin" adds consonants to "main"). */
function vowelsAdded(word: string, short: string): boolean {
  let k = 0;
  for (const c of word) {
    if (c === short[k]) k++;
    else if (!/[aeiouy]/.test(c)) return false;
  }
  return k === short.length;
}

/**
 * A short word (four letters or fewer) with letters dropped: the one word of the vocabulary that starts as it does, is
 * at most two letters longer and holds its letters in order, where that word is it with its vowels dropped ("incm",
 * "totl") or cut short ("prof"); w itself where several hold them (no guess) or the one adds other letters ("main" is
 * not "margin"); null where none does. A word with no vowel at all ("wht") may be a filler word so written too; one of
 * three letters only that ("frm", "wth"): else it is a code ("HKD" is no "hiked").
 */
export function fullerWord(w: string, vocabulary: Iterable<string>, fillers: Iterable<string>): string | null {
  const fits = new Set<string>();
  for (const list of w.length < 4 ? [fillers] : /[aeiouy]/.test(w) ? [vocabulary] : [vocabulary, fillers]) {
    for (const v of list) if (v[0] === w[0] && v.length > w.length && v.length - w.length <= 2 && holdsInOrder(v, w)) fits.add(v);
  }
  if (!fits.size) return null;
  const [one] = fits;
  return fits.size === 1 && (vowelsAdded(one!, w) || one!.startsWith(w)) ? one! : w;
}
