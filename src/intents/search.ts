// Finding the release's own sentences for a question: TF-IDF over its text facts, for "what did
// management say" and for definitions that no metric names. The search has a coverage bar: the
// question's content words (what is left once its cues, modifiers and filler are set aside) that the
// release uses must all stand in a sentence quoted; words the release never uses must be outweighed by
// words only a few of its sentences use. One common word shared ("revenue", "business") is no answer,
// so a question about something the release does not cover gets none.
import type { TextFact } from '../knowledge/fact.js';
import { newTfIdf, stem } from '../nlp.js';
import { STOPWORDS, tokens, type Token } from './text.js';

/** Filler in any form: "generation" is as little a topic as the filler "generated" (stemmed on first search, not at start-up). */
let fillerStems: Set<string> | undefined;
const isContent = (t: Token) => !STOPWORDS.has(t.word) && !(fillerStems ??= new Set([...STOPWORDS].map((w) => stem(w)))).has(t.stem);

/** A word at most this share of the sentences use says what a question is about. */
const SPECIFIC = 0.03;

export class TextSearch {
  private readonly tfidf = newTfIdf();
  private readonly docs: TextFact[];
  /** Each sentence's stems, with its speaker line's. */
  private readonly stems: Set<string>[] = [];
  /** How many sentences use each stem. */
  private readonly used = new Map<string, number>();

  /** `blankCues` blanks the question's cue and modifier words ("say", "CRO", "define"): they are no topic. */
  constructor(
    texts: TextFact[],
    private readonly blankCues: (text: string) => string = (t) => t,
  ) {
    this.docs = texts;
    // Each sentence is indexed with its block's speaker line, so "the CRO" finds the CRO's quote.
    for (const t of texts) {
      const ts = terms(`${t.subject} ${t.text}`);
      this.tfidf.addDocument(ts);
      const own = new Set(ts);
      this.stems.push(own);
      for (const s of own) this.used.set(s, (this.used.get(s) ?? 0) + 1);
    }
  }

  /** The content words of a query that no sentence of the release uses ("dog" in "the CEO's dog"). */
  unused(query: string): string[] {
    return this.content(this.blankCues(query.toLowerCase())).filter((t) => !this.used.has(t.stem)).map((t) => t.word);
  }

  /**
   * The best `limit` text facts (of the given kinds) over the coverage bar. With no content word but
   * cues, the cues are the topic ("when's the conference call?"); with none at all ("what did the CEO
   * say?"), the first ones of those kinds, in the release's order.
   */
  find(query: string, limit = 3, kinds?: TextFact['kind'][]): TextFact[] {
    const ofKind = (t: TextFact) => !kinds || kinds.includes(t.kind);
    const q = query.toLowerCase();
    const content = this.content(this.blankCues(q));
    if (content.length) return this.over(content, limit, ofKind);
    const cues = this.over(this.content(q), limit, ofKind);
    return cues.length ? cues : this.docs.filter(ofKind).slice(0, limit);
  }

  private over(tokens: Token[], limit: number, ofKind: (t: TextFact) => boolean): TextFact[] {
    const content = [...new Set(tokens.map((t) => t.stem))];
    if (!content.length) return [];
    const known = content.filter((s) => this.used.has(s));
    const specific = known.filter((s) => this.used.get(s)! <= Math.max(3, SPECIFIC * this.docs.length));
    // Words the release never uses ("crypto" in "crypto lending") need more specific words beside them.
    if (!known.length || (content.length > known.length && specific.length <= content.length - known.length)) return [];
    const scored: { t: TextFact; s: number }[] = [];
    this.tfidf.tfidfs(known, (i, s) => {
      const t = this.docs[i]!;
      if (s > 0 && ofKind(t) && known.every((q) => this.stems[i]!.has(q))) scored.push({ t, s });
    });
    return scored.sort((a, b) => b.s - a.s).slice(0, limit).map((x) => x.t);
  }

  private content(text: string) {
    return tokens(text).filter(isContent);
  }
}

function terms(text: string): string[] {
  return tokens(text.toLowerCase()).filter(isContent).map((t) => t.stem);
}
