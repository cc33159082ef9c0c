// What the metric matcher knows before any question, derived from the releases' names alone: plain data
// (names, words, stems, the fuzzy index), so that the lexicon can keep it in the on-disk cache beside the
// parsed releases and a fresh start reads it instead of stemming every name again.
import { createRequire } from 'node:module';
import type Fuse from 'fuse.js';
import { stem } from '../../nlp.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { catalogFor } from '../catalog.js';
import { nameStems, normalise, tokens } from '../text.js';
import { twinBase, type Name } from './metrics.js';

export interface NameIndex {
  names: Name[];
  /** Words of the names as written, and the cue words the spelling corrector may correct towards. */
  vocabulary: Set<string>;
  stems: Set<string>;
  /** The first four letters of the names' words: what a word cut short or mistyped may start with. */
  prefixes: Set<string>;
  /** Stems and words of the metrics' names alone (not the cues'). */
  nameStems: Set<string>;
  nameWords: Set<string>;
  /** The names offered as "did you mean": labels and catalog names, and fuse.js's index of them. */
  offered: Name[];
  fuzzy: ReturnType<ReturnType<typeof Fuse.createIndex<Name>>['toJSON']>;
  /** Every word (stem) a metric goes by: its names, its id, and its parent line's label. */
  metricWords: Map<string, Set<string>>;
}

const require = createRequire(import.meta.url);
let fuseJs: typeof Fuse | undefined;
/**
 * fuse.js, required on first use (~10 ms of a start): a start from the cache reads the fuzzy index as
 * data and searches it only for a word that shares nothing with any name (metrics.ts, near).
 */
export const loadFuse = (): typeof Fuse => (fuseJs ??= require('fuse.js') as typeof Fuse);

/** The words that say which line a metric is: its id's, which hold a short label's heading ("Diluted" shares). */
export const idStems = (id: string) => nameStems(id.replace(/[_.]+/g, ' '));

/** Every word (stem) each metric goes by. */
function wordsByMetric(kb: KnowledgeBase, names: Name[]): Map<string, Set<string>> {
  const labelCount = new Map<string, number>();
  for (const m of kb.metrics.values()) labelCount.set(m.label.toLowerCase(), (labelCount.get(m.label.toLowerCase()) ?? 0) + 1);
  const twinned = new Set([...kb.metrics.values()].filter((o) => twinBase(o.label) !== o.label).map((o) => twinBase(o.label)));
  const byId = new Map<string, Name[]>();
  for (const n of names) for (const id of n.ids) byId.set(id, [...(byId.get(id) ?? []), n]);
  const out = new Map<string, Set<string>>();
  for (const m of kb.metrics.values()) {
    // A label the release repeats ("Other services fees", "Basic") is known by its parent line too,
    // and a line with a non-current twin is the current one.
    const parent = m.parent && (labelCount.get(m.label.toLowerCase()) ?? 0) > 1 ? kb.metrics.get(m.parent)?.label ?? '' : '';
    const current = twinBase(m.label) === m.label && twinned.has(m.label) ? ['current'] : [];
    out.set(m.id, new Set([...current, ...idStems(m.id), ...nameStems(parent), ...(byId.get(m.id) ?? []).flatMap((n) => n.stems)]));
  }
  return out;
}

/**
 * The index of `names` (namesOf's): `rename` takes the issuer's names out of a label as out of a
 * question; `extraVocabulary` adds the cue words the spelling corrector may correct towards.
 */
export function nameIndex(kb: KnowledgeBase, names: Name[], rename: (text: string) => string, extraVocabulary: Iterable<string>): NameIndex {
  // Words as the tokeniser reads them ("non-gaap" is one).
  const written = names.map((n) => tokens(n.text).map((t) => t.word.replace(/\+$/, '')));
  const nameWords = new Set(written.flat());
  const vocabulary = new Set([...nameWords, ...extraVocabulary]);
  const prefixes = new Set(written.flat().filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));
  // "Did you mean" offers what people call metrics: the release's labels and the catalog's names, not
  // the matcher's variants of them; a smaller index also keeps the fuzzy search fast.
  const catalog = catalogFor([...kb.metrics.values()].map((m) => m.label));
  const said = new Set([...kb.metrics.values()].flatMap((m) => [m.label, ...catalog.filter((e) => e.match.test(m.label)).flatMap((e) => e.names)]).map((l) => rename(normalise(l))));
  const offered = names.filter((n) => said.has(n.text));
  return {
    names,
    vocabulary,
    stems: new Set([...vocabulary].map(stem)),
    prefixes,
    nameStems: new Set([...nameWords].map(stem)),
    nameWords,
    offered,
    fuzzy: loadFuse().createIndex(['text'], offered).toJSON(),
    metricWords: wordsByMetric(kb, names),
  };
}
