// The parts of `natural` we use, imported by submodule: its main entry loads storage back-ends and
// prints banners to stdout, which would corrupt the JSONL batch output and slow start-up.
import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';

const require = createRequire(import.meta.url);
const stemmers = require('natural/lib/natural/stemmers/index.js') as { PorterStemmer: Stemmer };
const distance = require('natural/lib/natural/distance/index.js') as {
  DamerauLevenshteinDistance(a: string, b: string, options?: { transposition_cost?: number }): number;
  JaroWinklerDistance(a: string, b: string, options?: object): number;
};
const tfidf = require('natural/lib/natural/tfidf/index.js') as { TfIdf: typeof import('natural/lib/natural/tfidf/index.js').TfIdf };
const tokenizers = require('natural/lib/natural/tokenizers/index.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};

const memo = new Map<string, string>();
/** Porter stem, memoised: the same few hundred words recur in every question. */
export function stem(word: string): string {
  let s = memo.get(word);
  if (s === undefined) {
    s = stemmers.PorterStemmer.stem(word);
    if (memo.size < 50_000) memo.set(word, s);
  }
  return s;
}

export const editDistance = (a: string, b: string) => distance.DamerauLevenshteinDistance(a, b);
export const jaroWinkler = (a: string, b: string) => distance.JaroWinklerDistance(a, b);
export const TfIdf = tfidf.TfIdf;
const wordTokenizer = new tokenizers.WordTokenizer();
export const tokenize = (text: string) => wordTokenizer.tokenize(text);
