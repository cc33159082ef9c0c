// The parts of `natural` we use, each loaded from its own file: the package's main entry loads storage
// back-ends and prints banners to stdout (which would corrupt the JSONL batch output), and even the
// folder indexes load every language's stemmer and dictionary, which costs start-up time.
import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { TfIdf as TfIdfClass } from 'natural/lib/natural/tfidf/index.js';

const require = createRequire(import.meta.url);
// Required on first use too: a start whose words were all stemmed by an earlier run (keepStems) needs none.
let porter: Stemmer | undefined;
type Distance = (a: string, b: string, options?: { transposition_cost?: number }) => number;
// Required on first use: each loads underscore (~10 ms at start-up), and many a question needs neither.
let distance: Distance | undefined;
let tfidf: typeof TfIdfClass | undefined;
/** A new TF-IDF index (natural's). */
export const newTfIdf = (): TfIdfClass => new (tfidf ??= require('natural/lib/natural/tfidf/tfidf.js') as typeof TfIdfClass)();

// Stems held in memory, and the first ones also in a table kept between runs: read whole at every start,
// that table is kept small (5,000 read in ~1 ms; 50,000 took ~60 ms), while a long-running bot keeps its
// own 50,000 in memory.
const STEMS_KEPT = 50_000;
const STEMS_STORED = 5_000;
const memo = new Map<string, string>();
let stored: Map<string, string> | undefined;
/**
 * An agent noun keeps its "-er", which Porter strips: "borrowers" are people, never "borrowings" (money
 * borrowed); "customers" are no "customs", "providers" no "provide". Both forms of the noun keep one stem.
 */
function agentKept(word: string, s: string): string {
  const one = word.replace(/(?<=er)s$/, '');
  return one === `${s}er` ? one : s;
}

/**
 * The stem with an agent noun's "-er" stripped as Porter strips it ("manager": "manag"), for whether a word is known
 * in any form ("Manager" of "management"). Read off the kept stem, so the stemmer is loaded no sooner ("other" gives
 * "oth", which names nothing).
 */
export function rootStem(word: string): string {
  const s = stem(word);
  return s.endsWith('er') && s === word.replace(/(?<=er)s$/, '') ? s.slice(0, -2) : s;
}

/** Porter stem (an agent noun's "-er" kept), memoised: the same few hundred words recur in every question. */
export function stem(word: string): string {
  let s = stored?.get(word) ?? memo.get(word);
  if (s === undefined) {
    s = agentKept(word, (porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer).stem(word));
    if (stored && stored.size < STEMS_STORED) stored.set(word, s);
    else if (memo.size < STEMS_KEPT) memo.set(word, s);
  }
  return s;
}

/**
 * Stems into `table` (read from it first, the ones stemmed so far added): the CLI passes one stored between
 * runs, as stemming the names a start reads was ~10 ms of a fresh `qfin ask`. A word's stem never changes.
 */
export function keepStems(table: Map<string, string>): void {
  for (const [word, s] of memo) if (table.size < STEMS_STORED && !table.has(word)) table.set(word, s);
  stored = table;
}

export const editDistance = (a: string, b: string) =>
  (distance ??= (require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: Distance }).DamerauLevenshteinDistance)(a, b);
