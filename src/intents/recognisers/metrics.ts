// Finding the metrics a question names. Every metric is known by names: the release's labels and the
// catalog's phrasings. A name matches a run of the question's content words (any order; one stray
// word allowed only where no exact run matched); longer names win. Misspellings are corrected against
// the names' own vocabulary first; fuse.js ranks near misses for "did you mean".
import type Fuse from 'fuse.js';
import { editDistance, rootStem, stem } from '../../nlp.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { formulaLines } from '../../knowledge/formulas.js';
import { NEUTRAL } from '../catalog.js';
import { memo } from '../../knowledge/memo.js';
import { literal } from '../../knowledge/literal.js';
import { clipNames, CORRECTED_WORD, fullerWord, unclip, unclipInNames, type ClipName } from './clipped.js';
import { idStems, loadFuse, type NameIndex } from './name-index.js';
import { acronymsOf, byHeadingAlone, containsAll, endsMatch, namesOtherPart, onlyLeftOut, otherHead, ownLines, repeats, sameWord, straddles } from './runs.js';
import { respelled, swapped } from './spelling.js';
import { CHANGE_CUES } from './operations.js';
import { STOPWORDS, contentTokens, nameStems, type Token } from '../text.js';

/** Words that set two figures against each other or combine them: a name does not reach across them ("cash ... as % of total assets", "credit driven mix of rev", "stand-ready plus contingent", "split between A and B", "loans including V-pocket"). */
const CONNECTOR = /%|\/|\+|\b(?:and|as|to|vs|versus|than|per|over|share|percent(?:age)?|proportion|portion|fraction|mix|contribution|ratio|between|plus|minus|less|ex|excl|excluding|except|without|not|incl|including)\b/g;

/** Whether the gap inside a run holds a connector that the name itself does not ("per" in "net income per ADS" is its own). */
function connects(gap: string, name: Name): boolean {
  // A plus is the "and" of a name that lists its parts ("capital-light + ICE + other tech volume"); "the current
  // portion of X" names X's current line, so that "portion" is the name's.
  const own = (c: string) => (/\w/.test(c) ? name.words.has(c) : name.text.includes(c)) || (c === 'portion' ? name.words.has('current') : /^(?:\+|plus)$/.test(c) && name.words.has('and'));
  return (gap.match(CONNECTOR) ?? []).some((c) => !own(c));
}

/** fuse.js's options for "did you mean". */
const FUZZY = { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true };

export interface Name {
  text: string;
  stems: string[];
  /** Its words as written, for telling its own connectors ("per" in "net income per ADS") from a question's. */
  words: Set<string>;
  /** Metric ids (or "formula:<id>") this name may mean. */
  ids: string[];
}

export interface MetricMatch {
  ids: string[];
  name: string;
  /** Offsets in the normalised question. */
  start: number;
  end: number;
  /** False when the match needed a stray word inside it. */
  exact: boolean;
}

export class MetricMatcher {
  readonly names: Name[];
  private readonly vocabulary: Set<string>;
  private readonly stems: Set<string>;
  private readonly prefixes: Set<string>;
  private readonly nameStems: Set<string>;
  /** Words of the metrics' names as written. */
  private readonly nameWords: Set<string>;
  /** fuse.js over `offered`, built from the index's `fuzzy` on the first misspelling (near). */
  private fuse: Fuse<Name> | undefined;
  private readonly fuzzy: NameIndex['fuzzy'];
  /** The names offered as "did you mean": labels and catalog names. */
  private readonly offered: Name[];
  /** Every word (stem) a metric goes by: its names, its id, and its parent line's label. */
  private readonly metricWords: Map<string, Set<string>>;
  /** The names as the clip reader needs them, read once. */
  private readonly clipNames: ClipName[];
  /**
   * Each name's place in `names`, by its rarest stem ("" for none): a question's candidates are looked up, not
   * every name tried; a name all of whose stems the question has is under one of them, among few others.
   */
  private readonly byRareStem = new Map<string, number[]>();
  /** Each name's pattern as whole words, made on first use (one a name: bounded by the names). */
  private readonly spelt: (RegExp | undefined)[] = [];
  /** The metrics by each word (stem) they go by, in `metricWords`' order: goingBy tries only the lines of its rarest stem. */
  private readonly byStem = new Map<string, string[]>();
  /** The releases' acronyms, "EBITDAaL", "AFFO": each its own word (runs.ts sameWord). */
  private readonly acronyms: Set<string>;

  /** `index`: what the releases' names give (name-index.ts), which the lexicon may read from the on-disk cache. */
  constructor(
    private readonly kb: KnowledgeBase,
    index: NameIndex,
  ) {
    ({ names: this.names, vocabulary: this.vocabulary, stems: this.stems, prefixes: this.prefixes, nameStems: this.nameStems, nameWords: this.nameWords, offered: this.offered, metricWords: this.metricWords } = index);
    this.fuzzy = index.fuzzy;
    this.clipNames = clipNames(this.names);
    const names = new Map<string, number>();
    for (const n of this.names) for (const s of new Set(n.stems)) names.set(s, (names.get(s) ?? 0) + 1);
    this.names.forEach((n, i) => {
      const rare = n.stems.reduce((a, b) => (names.get(b)! < names.get(a)! ? b : a), n.stems[0] ?? '');
      (this.byRareStem.get(rare) ?? this.byRareStem.set(rare, []).get(rare)!).push(i);
    });
    for (const [id, words] of this.metricWords) for (const s of words) (this.byStem.get(s) ?? this.byStem.set(s, []).get(s)!).push(id);
    this.acronyms = acronymsOf([...kb.metrics.values()].flatMap((m) => m.labels));
  }

  /** Whether a word, as written, is a word of some metric's name ("current"; "originally" only shares a stem with "originated"). */
  isNameWordAsIs = (word: string): boolean => this.nameWords.has(word);
  /** Whether a word (in any form) is a word of some metric's name, not only of a cue. */
  isNameWord(word: string): boolean {
    return this.nameStems.has(stem(word));
  }

  /** Whether a word, in any form ("provisions", "adding", "manager" of "management"), belongs to the words the bot knows. */
  knows(word: string): boolean {
    return this.vocabulary.has(word) || this.stems.has(stem(word)) || this.stems.has(rootStem(word));
  }

  /**
   * Replaces words that are not in the vocabulary with the one close spelling that is ("referal" →
   * "referral"). A filler word is a word in its own right, never a misspelling ("correct total assets"
   * is not "current total assets"), and so is a word `keep` says is one (a word of the releases:
   * "dividend" is not "divided"). Then a word cut short beside the rest of a name is that name's word ("prov for contingent liabs").
   */
  correct(text: string, keep?: (word: string) => boolean): string {
    return keep ? this.correctKeeping(text, keep) : this.correctedText(text);
  }
  private correctKeeping(text: string, keep: (word: string) => boolean): string {
    const known = (w: string) => this.vocabulary.has(w) || STOPWORDS.has(w) || keep(w);
    return unclipInNames(text.replace(CORRECTED_WORD, (w) => (known(w) ? w : this.corrected(w))), this.clipNames, known);
  }
  /** With no words kept, the same words recur (a question's every unknown word is corrected alone too): remembered. */
  private readonly correctedText = memo((text: string) => this.correctKeeping(text, () => false), { weigh: (v) => v.length });
  private readonly corrected = memo((w: string) => respelled(w, (v) => this.vocabulary.has(v)) ?? swapped(w, (v) => this.vocabulary.has(v) || STOPWORDS.has(v)) ?? this.closest(w), { weigh: (v) => v.length });

  /**
   * (A respelling first: spelling.ts.) The one vocabulary word within a small edit distance of w, or w itself. A word of four letters
   * or fewer is only ever a word with letters dropped (clipped.ts fullerWord: "incm", "frm").
   * Failing those, the one name word w cuts short ("attrib", "mktg": clipped.ts).
   */
  private closest(w: string): string {
    if (w.length < 5) return fullerWord(w, this.vocabulary, STOPWORDS) ?? unclip(w, this.nameWords) ?? w;
    const limit = w.length >= 7 ? 2 : 1;
    let best: string | null = null;
    let bestD = Infinity;
    let tie = false;
    for (const v of this.vocabulary) {
      if (v[0] !== w[0] || Math.abs(v.length - w.length) > limit) continue;
      const d = editDistance(w, v);
      if (d < bestD) {
        best = v;
        bestD = d;
        tie = false;
      } else if (d === bestD) tie = true;
    }
    // A known word in another form ("compared" for "compare") is not a misspelling.
    if (best && bestD <= limit && !tie && stem(best) !== stem(w)) return best;
    // Not a misspelling: a word cut short ("attrib")?
    return best && bestD <= limit ? w : (unclip(w, this.nameWords) ?? w);
  }

  /** The names a (normalised, corrected) question contains, left to right, longest first where they overlap. */
  match(text: string): MetricMatch[] {
    const toks = contentTokens(text);
    const used = new Array<boolean>(toks.length).fill(false);
    const found: (MetricMatch & { from: number; to: number })[] = [];
    // Longer names first; among equally long ones, a name the question spells out beats one that only
    // shares its stems ("total equity" over "total Acme Inc equity"); spelt out as whole words, as "EBIT" is
    // not spelt out in "EBITaR", a word of its own that only stems like it.
    // Only names all of whose words the question has can match; there are few of those.
    const have = new Set(toks.map((t) => t.stem));
    // (Tested once a name, where the sort first compares it with one as long: not at every comparison.)
    const tested = new Map<number, number>();
    const verbatim = (i: number) => tested.get(i) ?? tested.set(i, (this.spelt[i] ??= new RegExp(`(?<![\\w-])${literal(this.names[i]!.text)}(?![\\w-])`)).test(text) ? 1 : 0).get(i)!;
    const candidates = [...new Set(['', ...have])]
      .flatMap((s) => this.byRareStem.get(s) ?? [])
      .filter((i) => this.names[i]!.stems.every((s) => have.has(s)))
      .sort((a, b) => this.names[b]!.stems.length - this.names[a]!.stems.length || verbatim(b) - verbatim(a) || a - b)
      .map((i) => this.names[i]!);
    // Exact runs of long names first, its words in order or not ("platform services net revenue"); then
    // long names with one stray word inside ("cash they generate from operations"); then short names.
    for (const [slack, long] of [[0, true], [1, true], [0, false]] as const) {
      for (const name of candidates) {
        const n = name.stems.length;
        if ((n >= 3) !== long) continue;
        for (let i = 0; i + n + slack <= toks.length; i++) {
          // Every way a run matches starts on one of the name's words: no other start is tried.
          if (!name.stems.includes(toks[i]!.stem)) continue;
          const window = toks.slice(i, i + n + slack);
          if (window.some((t, k) => used[i + k] || !sameWord(t, name, this.acronyms))) continue;
          const inOrder = !slack && window.every((t, k) => t.stem === name.stems[k]);
          if (!inOrder && (!containsAll(window, name.stems) || otherHead(window, name, text, [toks[i + n + slack]].find((t) => t && !connects(t.word, name))) || (slack && (!endsMatch(window, name.stems) || repeats(window, name.stems))) || straddles(text, toks, i, i + n + slack, name.text, (w) => this.isNameWord(w)))) continue;
          if (connects(text.slice(window[0]!.end, window[window.length - 1]!.start), name)) continue;
          // "ICE as a share of X", "what share of net income": "share of" is the share cue, not the start of a name
          // ("net income per share"), unless the name reads so itself ("share of profit of associates").
          if (/^share\s+of\b/.test(text.slice(window[0]!.start)) && !/\bshare of\b/i.test(name.text)) continue;
          if (/^share\b/.test(text.slice(window[0]!.start)) && /\bas an?\s*$/.test(text.slice(0, window[0]!.start))) continue;
          // A shuffled run may not end inside a phrase that sets figures apart ("revenue net of funding costs").
          if (!inOrder && /^net\s+of\b/.test(text.slice(window[window.length - 1]!.start))) continue;
          // The stray word inside a run must not make it another line's name ("total solutions loan volume"), nor name another part (runs.ts).
          const stray = slack ? window.find((t) => !name.stems.includes(t.stem)) : undefined;
          if (stray && (this.refine([...name.stems, stray.stem]).some((id) => !name.ids.includes(id)) || namesOtherPart(stray.stem, name.ids, (id) => this.wordsOf(id), this.byStem))) continue;
          // Nor be a name of its own, or end one with the words before it ("adjusted EBITDA [exceed] net earnings" is two lines, not adjusted net earnings).
          if (stray && (this.isName([stray]) || this.isName(window.slice(0, window.indexOf(stray) + 1)))) continue;
          // Nor ask a change of the line ("statutory EPS change, cents"): swallowed by the name, the change would go unasked.
          if (stray && CHANGE_CUES.test(stray.word)) continue;
          // Nor be one side of a list ("basic and diluted ADS"): the words before "and" are another line's.
          const listed = (t: Token) => /^\s*(?:and|or|&|\+|plus)\s/.test(text.slice(t.end)) || /\s(?:and|or|&|\+|plus)\s*$/.test(text.slice(0, t.start));
          if (stray && !name.words.has('and') && listed(stray)) continue;
          for (let k = 0; k < window.length; k++) used[i + k] = true;
          found.push({ ids: name.ids, name: name.text, start: window[0]!.start, end: window[window.length - 1]!.end, exact: !slack, from: i, to: i + n + slack });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start).map(({ from: _f, to: _t, ...m }) => m);
  }

  /** Whether a run of words is, in order, a name of some line. */
  private isName(run: Token[]): boolean {
    return this.names.some((n) => n.stems.length === run.length && n.stems.every((s, k) => s === run[k]!.stem));
  }

  /**
   * The metrics whose words hold every required stem ("ending cash incl restricted": the end-of-period
   * line with restricted cash), the ones sharing most context stems, then the plainest label; several
   * where they tie. With a context, a line must share two of its words. Empty when none fits. Only lines
   * `among` are weighed, where given (a side of a share other than the line named already).
   */
  refine(required: string[], context: string[] = [], among?: Iterable<string>): string[] {
    // Words any line may have ("total", "net") say nothing about which line is meant.
    const around = new Set(context.filter((s) => !NEUTRAL.has(s)));
    const said = new Set([...required, ...context]);
    const fits: { id: string; shared: number; extra: number }[] = [];
    for (const id of this.goingBy(required, among)) {
      if (byHeadingAlone(this.kb.metrics.get(id), [...said]) || onlyLeftOut(this.label(id), required)) continue;
      const have = this.metricWords.get(id)!;
      const shared = [...around].filter((s) => have.has(s)).length;
      // A line that keeps fewer than two of the context's words is another subject, not a sibling.
      if (shared < Math.min(2, around.size)) continue;
      fits.push({ id, shared, extra: this.labelStems(id).filter((s) => !said.has(s)).length });
    }
    const pool = ownLines(fits, (id) => this.label(id), required, said).sort((a, b) => b.shared - a.shared || a.extra - b.extra);
    const best = pool[0];
    // The plainest label wins: in a follow-up, the one adding fewest words to what was said; in a
    // question, one adding two fewer or more ("Diluted" shares, not the ADS count "used in calculating
    // ... diluted"), closer ones tie.
    const margin = around.size ? 1 : 2;
    return pool.filter((f) => f.shared === best?.shared && f.extra < best.extra + margin).map((f) => f.id);
  }

  /** The words that say which line a metric is: its id's, which hold a short label's heading ("Diluted" shares). */
  contextOf(id: string): string[] {
    return this.contexts(id);
  }
  private readonly contexts = memo(idStems, { weigh: (c) => 8 * c.length });

  /** The content stems of a line's label, in order: read once a line (many refiners ask them of every question). */
  readonly labelStems = memo((id: string): readonly string[] => nameStems(this.label(id)), { weigh: (s) => 8 * s.length });

  /** Every word (stem) a metric goes by. */
  wordsOf(id: string): Set<string> {
    return this.metricWords.get(id) ?? new Set(this.labelStems(id));
  }

  /** Every metric whose words hold all the given stems, in no order. */
  goingBy(stems: string[], among?: Iterable<string>): string[] {
    const pool = among ?? (stems.length ? stems.map((s) => this.byStem.get(s) ?? []).reduce((a, b) => (b.length < a.length ? b : a)) : this.metricWords.keys());
    return [...pool].filter((id) => stems.every((s) => this.metricWords.get(id)?.has(s)));
  }

  /** Names close to the text, best first: for "did you mean" and autocomplete. */
  near(text: string, limit = 5): Name[] {
    // Names sharing most of the text's words, then most of their own; fuse.js only for what shares
    // none (a misspelling), on a short pattern: its cost grows with the pattern's length.
    const said = new Set(nameStems(text));
    const sharing = this.offered
      .map((n) => {
        const own = new Set(n.stems);
        return { n, shared: [...own].filter((s) => said.has(s)).length, own: own.size };
      })
      .filter((x) => x.shared > 0)
      .sort((a, b) => b.shared - a.shared || b.shared / b.own - a.shared / a.own || a.n.text.length - b.n.text.length);
    if (sharing.length) return sharing.slice(0, limit).map((x) => x.n);
    const Fuse = loadFuse();
    this.fuse ??= new Fuse(this.offered, FUZZY, Fuse.parseIndex(this.fuzzy));
    return this.fuse.search(text.slice(0, 32), { limit }).map((r) => r.item);
  }

  /** Whether a word may be a metric word mistyped or cut short: it starts like one ("comprehensiv"). */
  resembles(word: string): boolean {
    return word.length >= 4 && this.prefixes.has(word.slice(0, 4));
  }

  /** The content words of the text that no metric name explains. */
  unexplained(text: string, matches: MetricMatch[]): Token[] {
    return contentTokens(text).filter((t) => !matches.some((m) => t.start >= m.start && t.end <= m.end));
  }

  label(id: string): string {
    if (id.startsWith('formula:')) return formulaLines(this.kb).get(id.slice('formula:'.length))?.label ?? id;
    return this.kb.metrics.get(id)?.label ?? id;
  }
}

/** "Loans receivable, net-noncurrent" and "Loans receivable, net" → "Loans receivable, net". */
export function twinBase(label: string): string {
  return label.replace(/[\s,-]*(?:non-?)?current$/i, '');
}
