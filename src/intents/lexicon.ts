// What the pipeline knows before any question: the metric names (the catalog and every label of the
// loaded releases), the words of the releases, the issuer, the defined terms, and the kind and timing
// of each metric. Built once per knowledge base; every stage reads it, none changes it.
import type { Fact } from '../knowledge/fact.js';
import { editDistance } from '../nlp.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { memo } from './memo.js';
import { CUE_WORDS } from './vocabulary.js';
import { issuerOf, type Issuer } from './recognisers/entities.js';
import { MetricMatcher } from './recognisers/metrics.js';
import { BASIS_CUES, OPERATION_CUES, POINTS_CUE, RMB_CUE, USD_CUE } from './recognisers/operations.js';
import { TextSearch } from './search.js';
import { blank, contentTokens, nameStems, type Token } from './text.js';
import { modifierSpans } from './recognisers/modifiers.js';
import { literal } from './naming/rules.js';

/** Operation and currency cues: a word inside one is a cue's, not a name's. */
const CUES = [...OPERATION_CUES.map((c) => c.cues), ...BASIS_CUES.flatMap((b) => [b.strong, b.weak]), USD_CUE, RMB_CUE, POINTS_CUE].map((re) => new RegExp(re.source, 'g'));

/** A word without a plural's "s": "expenses" is "expense". */
const singular = (w: string) => w.replace(/(?<=[^s])s$/, '');

/**
 * Whether a name shares a word with a question: the same word but for a plural, or a misspelling of it
 * (within the spelling corrector's distance). "market" is not "marketing": a suggestion that shares
 * only a stem is near in spelling, not in meaning ("market cap").
 */
function sharesWord(said: string[], name: Iterable<string>): boolean {
  const same = new Set(said.map(singular));
  const long = said.filter((w) => w.length >= 5);
  for (const w of name) {
    if (same.has(singular(w))) return true;
    if (long.some((s) => Math.abs(s.length - w.length) <= 2 && editDistance(s, w) <= (s.length >= 7 ? 2 : 1))) return true;
  }
  return false;
}

export class Lexicon {
  readonly matcher: MetricMatcher;
  readonly issuer: Issuer;
  /** The text with the issuer's names as "company": they are no part of a line's name. */
  readonly rename: (text: string) => string;
  /** Every word the releases use. */
  readonly releaseWords = new Set<string>();
  /** Terms the release defines (an abbreviation, a rate it defines), lowercased. */
  readonly definedTerms: Set<string>;
  private readonly firstFact = new Map<string, Fact>();
  private index?: TextSearch;

  /** `elsewhere`: the abbreviations other loaded releases define (another issuer's "Total payment volume (TPV)"). */
  constructor(
    readonly kb: KnowledgeBase,
    elsewhere: Map<string, string> = new Map(),
  ) {
    this.issuer = issuerOf(kb);
    this.definedTerms = new Set(kb.texts.filter((t) => t.kind === 'definition').map((t) => t.subject.toLowerCase().replace(/["“”]/g, '').trim()));
    for (const s of [...kb.texts.map((t) => t.text), ...[...kb.metrics.values()].flatMap((m) => m.labels), ...kb.releases.map((r) => r.title)]) {
      for (const w of s.toLowerCase().split(/[^a-z0-9-]+/)) this.releaseWords.add(w);
    }
    // The issuer's names, longest first, with any legal suffix: "the company" wherever they stand.
    const names = [...this.issuer.names].sort((a, b) => b.length - a.length).map(literal);
    const pattern = names.length ? new RegExp(`\\b(?:${names.join('|')})(?:,?\\s+(?:inc|ltd|limited|holdings?|group|corp)\\b\\.?)?(?![\\w-])`, 'g') : null;
    // The issuer's shorthand (its aliases file, data): "cap light" is its "capital light".
    const words = [...kb.shorthand.keys()].map((w) => literal(w).replace(/\s+/g, '[\\s-]+'));
    const shorthand = words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'g') : null;
    const spelled = (t: string) => (shorthand ? t.replace(shorthand, (w) => kb.shorthand.get(w.replace(/[\s-]+/g, ' ')) ?? w) : t);
    this.rename = (t) => spelled(pattern ? t.replace(pattern, 'company') : t);
    this.matcher = new MetricMatcher(kb, CUE_WORDS, this.rename, elsewhere);
    for (const f of kb.facts) if (!this.firstFact.has(f.metric)) this.firstFact.set(f.metric, f);
  }

  /** Whether a text names a term the release defines, every word of it (the abbreviation in "what does it stand for"). */
  namesTerm(text: string): boolean {
    const said = new Set(nameStems(text));
    this.termStems ??= [...this.definedTerms].map((t) => nameStems(t)).filter((s) => s.length > 0);
    return this.termStems.some((stems) => stems.every((s) => said.has(s)));
  }
  private termStems?: string[][];

  /** The kind of figure a metric is (money, percent, count, per share ...). */
  kindOf(id: string): string {
    return this.firstFact.get(id)?.unit.kind ?? (id.startsWith('formula:') ? 'percent' : 'none');
  }

  /** Whether a metric is a balance at a date or an amount for a period. */
  timingOf(id: string): string {
    return this.firstFact.get(id)?.period.kind ?? 'none';
  }

  /** A word neither the bot nor the release knows ("gross", "free", "lufax"): no part of any line's name. */
  unknownWord(t: Token): boolean {
    return t.word.length > 1 && !/^\d/.test(t.word) && !this.matcher.knows(t.word) && !this.releaseWords.has(t.word);
  }

  /** Whether a word, in any form, is the bot's or the release's. */
  knows(word: string): boolean {
    return this.releaseWords.has(word) || this.matcher.knows(word) || this.matcher.knows(this.matcher.correct(word));
  }

  /** The spans of a text that operation and currency cues hold. */
  readonly cueSpans = memo((text: string) => CUES.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))), { weigh: (s) => 16 * s.length });

  /** Whether a token stands inside a cue of its text. */
  isCue(text: string): (t: Token) => boolean {
    const spans = this.cueSpans(text);
    return (t) => spans.some((s) => t.start >= s.start && t.end <= s.end);
  }

  /** The sentence index serves only commentary and definition questions: built on the first one. */
  search(): TextSearch {
    return (this.index ??= new TextSearch(this.kb.texts, (text) => blank(text, [...this.cueSpans(text), ...modifierSpans(text)])));
  }

  /** " Closest metrics I know: ..." for a text, or nothing. */
  suggestions(text: string): string {
    // A few words are enough to find near names; a long paste would only make the fuzzy search slow.
    // Only words that start like a metric word are worth a fuzzy search ("weather" is not).
    const words = contentTokens(text).filter((t) => this.matcher.resembles(t.word)).slice(0, 8).map((t) => t.word).join(' ').slice(0, 64);
    const said = words.split(' ');
    const near = words ? this.matcher.near(words, 8).filter((n) => sharesWord(said, n.words)).slice(0, 3).map((n) => n.text) : [];
    return near.length ? ` Closest metrics I know: ${near.join(', ')}.` : '';
  }

  /** The releases' titles, for replies that name what the bot answers from. */
  get titles(): string {
    return this.kb.releases.map((r) => r.title).join('; ');
  }
}
