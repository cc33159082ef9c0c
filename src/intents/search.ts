// Finding the release's own sentences for a question: TF-IDF over its text facts, for "what did
// management say" and for definitions that no metric names.
import type { TextFact } from '../knowledge/fact.js';
import { TfIdf } from '../nlp.js';
import { STOPWORDS, tokens } from './text.js';

/** Speaker titles people abbreviate. */
const EXPANSIONS: [RegExp, string][] = [
  [/\bcro\b/g, 'chief risk officer'],
  [/\bceo\b/g, 'chief executive officer'],
  [/\bcfo\b/g, 'chief financial officer'],
];

export class TextSearch {
  private readonly tfidf = new TfIdf();
  private readonly docs: TextFact[];

  constructor(texts: TextFact[]) {
    this.docs = texts;
    // Each sentence is indexed with its block's speaker line, so "the CRO" finds the CRO's quote.
    for (const t of texts) this.tfidf.addDocument(terms(`${t.subject} ${t.text}`));
  }

  /** The best `limit` text facts for a query (of the given kinds), with a positive score. */
  find(query: string, limit = 3, kinds?: TextFact['kind'][]): TextFact[] {
    let q = query.toLowerCase();
    for (const [re, to] of EXPANSIONS) q = q.replace(re, to);
    const qTerms = terms(q);
    if (!qTerms.length) return [];
    const scored: { t: TextFact; s: number }[] = [];
    this.tfidf.tfidfs(qTerms, (i, s) => {
      const t = this.docs[i]!;
      if (s > 0 && (!kinds || kinds.includes(t.kind))) scored.push({ t, s });
    });
    return scored.sort((a, b) => b.s - a.s).slice(0, limit).map((x) => x.t);
  }
}

function terms(text: string): string[] {
  return tokens(text.toLowerCase()).filter((t) => !STOPWORDS.has(t.word)).map((t) => t.stem);
}
