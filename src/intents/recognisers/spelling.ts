// Spellings that sound like a word but lie far from it in edits, or too near a longer word for a short
// word's rule: a doubled letter ("nett" for "net") and the informal sound-alike spellings analysts type
// ("lite" for "light", "thru" for "through", "revenew" for "revenue"). Tried before the edit distance; a respelling is taken only
// when exactly one vocabulary word is reached.

/** Informal spellings and the letters they stand for. */
const SOUND_ALIKE: [RegExp, string][] = [
  [/ite(?=s?$)/, 'ight'],
  [/^thru$/, 'through'],
  [/^nite(?=s?$)/, 'night'],
  // "revenew": the ending as it sounds, two edits from "revenue" and as near "renew" and "review".
  [/ew(?=s?$)/, 'ue'],
];

/** A word with each run of one letter typed once ("gapp" and "gaap" are "gap"). */
const lettersOnce = (w: string) => w.replace(/([a-z])\1+/g, '$1');
/** Whether two words differ only by a letter held too long or too short: one word mistyped, never another term. */
export const heldLetter = (a: string, b: string) => a !== b && lettersOnce(a) === lettersOnce(b);

/**
 * The words w may be a respelling of: each doubled letter single, each sound-alike rewritten, and a letter held
 * too long or too short ("gapp", "gaaap" for "gaap", "ebitdaa" for "ebitda"): its letters run together, then
 * one of them doubled.
 */
function respellings(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < w.length; i++) if (w[i] === w[i - 1]) out.push(w.slice(0, i) + w.slice(i + 1));
  const once = lettersOnce(w);
  if (once !== w) out.push(once, ...[...once].map((_, i) => once.slice(0, i + 1) + once.slice(i)));
  for (const [re, by] of SOUND_ALIKE) if (re.test(w)) out.push(w.replace(re, by));
  return out;
}

/** The one known word w respells, or null. */
export function respelled(w: string, known: (word: string) => boolean): string | null {
  const hits = new Set(respellings(w).filter(known));
  return hits.size === 1 ? [...hits][0]! : null;
}

/**
 * The one known word w is with two letters beside each other typed the wrong way round ("waht" for "what", "inocme"
 * for "income"), or null. Two edits apart by letters, a short word's transposition was never read: "waht" declined the
 * whole question.
 */
export function swapped(w: string, known: (word: string) => boolean): string | null {
  if (w.length < 4) return null;
  const hits = new Set<string>();
  for (let i = 1; i < w.length; i++) {
    const v = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
    if (v !== w && known(v)) hits.add(v);
  }
  return hits.size === 1 ? [...hits][0]! : null;
}
