// What the pipeline knows before any question: the metric names (the catalog and every label of the
// loaded releases), the words of the releases, the issuer, the defined terms, and the kind and timing
// of each metric. Built once per knowledge base; every stage reads it, none changes it.
import type { Fact } from '../knowledge/fact.js';
import { editDistance } from '../nlp.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { memo } from '../knowledge/memo.js';
import { matchesOf } from '../knowledge/prefilter.js';
import { CUE_WORDS } from './vocabulary.js';
import { releaseInitials, spellClipped, spellInitials } from './naming/release-initials.js';
import { findPeriods } from '../knowledge/period-grammar.js';
import { issuerOf, type Issuer } from './recognisers/entities.js';
import { MetricMatcher } from './recognisers/metrics.js';
import { namesOf, takenWords } from './recognisers/names.js';
import { nameIndex } from './recognisers/name-index.js';
import { cachedDerived } from '../knowledge/cache.js';
import { BASIS_CUES, GAINED, OPERATION_CUES, POINTS_CUE, RMB_CUE, NEW_DECLARED, SIZE_ASKED, USD_CUE } from './recognisers/operations.js';
import { TextSearch } from './search.js';
import { sentenceWords } from './line-sentences.js';
import { blank, contentTokens, nameStems, STOPWORDS, type Token } from './text.js';
import { DATE_WORD, modifierSpans } from './recognisers/modifiers.js';
import { literal } from '../knowledge/literal.js';
import { CURRENCIES, isDollar, UNSTATED } from '../knowledge/currencies.js';

/** Operation and currency cues: a word inside one is a cue's, not a name's. */
const CUES = [...OPERATION_CUES.map((c) => c.cues), ...BASIS_CUES.flatMap((b) => [b.strong, b.weak]), USD_CUE, RMB_CUE, POINTS_CUE, SIZE_ASKED, NEW_DECLARED, GAINED, DATE_WORD].map((re) => new RegExp(re.source, 'g'));

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

/**
 * The words of a text that say which thing it names rather than what kind: all but the head of its
 * first run of words (the last: "costs" of "credit costs", "cost" of "cost of risk"), and none that
 * follows "per" (a unit). Empty when the text is one word.
 */
export function qualifying(text: string): string[] {
  const ts = contentTokens(text).filter((t) => !/^\d/.test(t.word)).slice(0, 8);
  const run = ts.findIndex((t, i) => i > 0 && /[^\s-]/.test(text.slice(ts[i - 1]!.end, t.start)));
  const head = (run < 0 ? ts.length : run) - 1;
  return ts.filter((t, i) => i !== head && !/\bper\s*$/i.test(text.slice(0, t.start))).map((t) => t.word);
}

/** A run of capitalised words in a release's text ("Lands' End", "360 Group"). */
const CAPITALISED_RUN = /(?:\b\d+\s+)?\b[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*/g;

/** The release's names of two words or more that hold a word it prints only as a name, as one pattern over lowercased text. */
function properPhrases(kb: KnowledgeBase): RegExp | null {
  const phrases = new Set<string>();
  for (const t of kb.texts) {
    for (const m of t.text.matchAll(CAPITALISED_RUN)) {
      const words = m[0].split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
      const from = words.findIndex((w) => kb.properNames.has(w));
      const lead = from > 0 && /^\d+$/.test(words[from - 1]!) ? from - 1 : from;
      if (from >= 0 && words.length - lead >= 2) phrases.add(words.slice(lead).map(literal).join("['’]?s?['’]?[\\s-]+"));
    }
  }
  return phrases.size ? new RegExp(`\\b(?:${[...phrases].join('|')})\\b`, 'g') : null;
}

/**
 * "in reais", "in BRL", "in R$" where the release reports in reais: its figures as they stand; "how many
 * euros" asks how much. Where it reports in dollars of its own (C$, A$), "dollars" not said to be US ones
 * are its own. RMB and USD have cues of their own (operations.ts); another currency named stays a word, and declines.
 */
function ownCurrency(code: string): { strip: (text: string) => string; named: RegExp | null } {
  // A currency off the table ("AED") is named by its code; a release that names none has none to be asked in.
  const c = CURRENCIES.find((x) => x.code === code) ?? { code, signs: [code] };
  if (code === 'RMB' || code === 'USD' || code === UNSTATED) return { strip: (t) => t, named: null };
  const names = [...c.signs.map((s) => literal(s.toLowerCase())), ...('words' in c && c.words ? [c.words] : [])];
  const named = `(?:${names.join('|')})(?![\\w$])`;
  const asIn = '(?<![\\w-])(?:in|into|as)\\s+';
  const within = new RegExp(`${asIn}${named}`, 'g');
  const howMany = new RegExp(`\\bhow many\\s+${named}`, 'g');
  const dollars = isDollar(code) ? /(?<!\b(?:us|u\.s\.|american)\s+)\bdollars?\b/g : null;
  const strip = (t: string) => {
    const own = t.replace(howMany, 'how much').replace(within, ' ');
    return dollars ? own.replace(/\bhow many dollars\b/g, 'how much').replace(dollars, ' ') : own;
  };
  // ("in dollars" of a release in C$ or A$ names its own currency as well.)
  const asked = new RegExp(`${asIn}(?:${named}${dollars ? '|dollars?\\b' : ''})`);
  return { strip, named: asked };
}

export class Lexicon {
  readonly matcher: MetricMatcher;
  readonly issuer: Issuer;
  /** The text with the issuer's names as "company": they are no part of a line's name. */
  readonly rename: (text: string) => string;
  /** "in euros", "in SEK" where the release reports in them: the words naming its own currency (which rename blanks), or null. */
  readonly ownCurrencyNamed: RegExp | null;
  /** Every word the releases use. */
  readonly releaseWords = new Set<string>();
  /** The words the releases print in capitals ("EBITA", "NIM"), lowercased: acronyms, which a misspelling never is. */
  readonly acronyms = new Set<string>();
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
      // (Within mixed case only: a heading set all in capitals spells plain words.)
      if (/[a-z]/.test(s)) for (const w of s.match(/\b[A-Z]{3,}\b/g) ?? []) this.acronyms.add(w.toLowerCase());
    }
    // The issuer's names, longest first, with any legal suffix: "the company" wherever they stand. A
    // one-letter name (Sears' ticker "S") is a letter in lower-cased text, and a name joined by "&" is
    // part of an initialism ("S&A"): neither is the issuer (as in recognisers/companies.ts).
    const names = [...this.issuer.names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length).map(literal);
    // (A suffix word a line's name begins with, "Group revenue", is that line's: "Brackenridge group revenue".)
    const firsts = new Set([...kb.metrics.values()].flatMap((m) => m.labels.map((l) => l.toLowerCase().split(/\s+/)[0]!)));
    const suffixes = ['inc', 'ltd', 'limited', 'holdings?', 'group', 'corp'].filter((w) => !firsts.has(w.replace('?', '')) && !firsts.has(w.replace('s?', '')));
    const pattern = names.length ? new RegExp(`(?<![\\w&])(?:${names.join('|')})(?:,?\\s+(?:${suffixes.join('|')})\\b\\.?)?(?![\\w&-])`, 'g') : null;
    // The issuer's shorthand (its aliases file, data): "cap light" is its "capital light".
    const words = [...kb.shorthand.keys()].map((w) => literal(w).replace(/\s+/g, '[\\s-]+'));
    const shorthand = words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'g') : null;
    const spelled = (t: string) => (shorthand ? t.replace(shorthand, (w) => kb.shorthand.get(w.replace(/[\s-]+/g, ' ')) ?? w) : t);
    const own = ownCurrency(kb.currency);
    this.ownCurrencyNamed = own.named;
    this.rename = (t) => spelled(own.strip(pattern ? t.replace(pattern, 'company') : t));
    // Deriving the names and their words is most of building a lexicon: cached on disk with the files
    // they come from (the issuer's names and shorthand are the knowledge base's, so the source covers them).
    const index = cachedDerived('names', kb.source, JSON.stringify([...elsewhere]), () => nameIndex(kb, namesOf(kb, this.rename, elsewhere), this.rename, CUE_WORDS));
    this.matcher = new MetricMatcher(kb, index);
    // A line's kind is its figure's, not that of a change stated of it ("NII rose 6.9% to €1,284.6 million").
    for (const f of kb.facts) if (f.role === 'value' && !this.firstFact.has(f.metric)) this.firstFact.set(f.metric, f);
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

  /** What a per-share figure is per ("share", "ADS"), or null for any other kind. */
  perBasis(id: string): string | null {
    const u = this.firstFact.get(id)?.unit;
    return u?.kind === 'per_share' ? u.basis : null;
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

  /**
   * A question's initials for words the release prints spelled out ("SP NOI": same-property NOI), written as those
   * words: a word of the bot's or the release's, a filler, a cue, a period ("ye") or a short form finance gives another
   * line ("NIM" is net interest margin, never "net income margin") is no initialism (naming/release-initials.ts).
   * A hyphenated word cut short is the release's one hyphenated word it starts ("c-light": capital-light).
   */
  spellInitials(text: string): string {
    this.initials ??= releaseInitials([...this.kb.metrics.values()].flatMap((m) => m.labels), this.kb.texts.flatMap((t) => [t.section, t.text]));
    this.taken ??= takenWords(this.kb);
    const taken = this.taken;
    // (A term the release only defines, "ROIC is ... EBIT divided by ...", names no line by itself: its line is the one it is the initials of.)
    const known = (w: string) => this.knows(w) && !(this.definedTerms.has(w) && !this.labelWords().has(w));
    const clipped = spellClipped(text, this.releaseWords, (w) => known(w) || findPeriods(w, this.kb.quarter).length > 0);
    return spellInitials(clipped, this.initials, (w) => taken(w) || known(w) || STOPWORDS.has(w) || this.cueWord(w) || findPeriods(w, this.kb.quarter).length > 0);
  }
  private initials?: Map<string, string | null>;
  /** Every word of the lines' labels, lowercased (found once). */
  private labelWords = () => (this.labelWordSet ??= new Set([...this.kb.metrics.values()].flatMap((m) => m.labels.flatMap((l) => l.toLowerCase().split(/[^a-z0-9-]+/)))));
  private labelWordSet?: Set<string>;
  private taken?: (word: string) => boolean;

  /** The spans of a text that operation and currency cues hold. */
  readonly cueSpans = memo((text: string) => CUES.flatMap((re) => matchesOf(re, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length }))), { weigh: (s) => 16 * s.length });

  /** Whether a cue reads a word whole as typed ("dropped", "drops"): the bot's own word, never a misspelling of another. */
  readonly cueWord = (word: string): boolean => this.cueSpans(word).some((s) => s.start === 0 && s.end === word.length);

  /** Whether a token stands inside a cue of its text. */
  isCue(text: string): (t: Token) => boolean {
    const spans = this.cueSpans(text);
    return (t) => spans.some((s) => t.start >= s.start && t.end <= s.end);
  }

  /** The sentence index serves only commentary and definition questions: built on the first one. */
  search(): TextSearch {
    return (this.index ??= new TextSearch(this.kb.texts, (text) => blank(text, [...this.cueSpans(text), ...modifierSpans(text)])));
  }

  /**
   * " Closest metrics I know: ..." for a text, or nothing. Near in meaning, not only in spelling: where
   * the text names a kind of thing by more than its head word, a suggestion shares one of the words that
   * say which ("credit costs": credit); one sharing only the head is another thing of that kind
   * ("exchange rate" for "take rate", "cost lines" for "cost of risk").
   */
  suggestions(text: string): string {
    // A few words are enough to find near names; a long paste would only make the fuzzy search slow.
    // Only words that start like a metric word are worth a fuzzy search ("weather" is not).
    const words = contentTokens(text).filter((t) => this.matcher.resembles(t.word)).slice(0, 8).map((t) => t.word).join(' ').slice(0, 64);
    const which = qualifying(text);
    const said = which.length ? which : words.split(' ');
    const near = words ? this.matcher.near(words, 64).filter((n) => sharesWord(said, n.words)).slice(0, 3).map((n) => n.text) : [];
    return near.length ? ` Closest metrics I know: ${near.join(', ')}.` : '';
  }

  /**
   * Every word (stem) that says what a line is: its names, its parents, the statement or section it
   * stands in, the row or sentences it is read from (line-sentences.ts), its count's noun.
   */
  readonly lineWords = memo((id: string): Set<string> => {
    const facts = this.kb.facts.filter((f) => f.metric === id);
    const read = sentenceWords(facts, (t) => nameStems(this.rename(t)));
    return this.stemsOf(id, facts.flatMap((f) => [f.label, ...f.parents, f.statement, f.unit.kind === 'count' ? f.unit.noun : '']), new Set([...this.matcher.wordsOf(id), ...read]));
  }, { weigh: (w) => 16 * w.size });

  /** Those and the words of the notes the release ties to the line (a footnote, a definition). */
  readonly noteWords = memo((id: string): Set<string> => this.stemsOf(id, this.kb.texts.filter((t) => t.metric === id).map((t) => t.text), this.lineWords(id)), { weigh: (w) => 16 * w.size });

  private stemsOf(id: string, texts: string[], base: Set<string> = this.matcher.wordsOf(id)): Set<string> {
    const words = new Set(base);
    for (const t of new Set(texts)) for (const s of nameStems(this.rename(t))) words.add(s);
    return words;
  }

  /**
   * Where a question names, in any case, a name of several words that the release prints only as a name
   * ("lands end" for "Lands' End", "360 group"): another entity, which none of the issuer's lines is.
   */
  properSpans(text: string): { start: number; end: number; text: string }[] {
    this.proper ??= properPhrases(this.kb);
    return this.proper ? [...text.matchAll(this.proper)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] })) : [];
  }
  private proper?: RegExp | null;

  /** The releases' titles, for replies that name what the bot answers from. */
  get titles(): string {
    return this.kb.releases.map((r) => r.title).join('; ');
  }
}
