// The entity recogniser: which company a question is about. The issuers come from the loaded releases
// (the title's "X Announces ...", the tickers and the short name of the opening sentence), never from
// code. Another company's name or ticker declines: the bot never falls back to the only company.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { findPeriods } from '../../knowledge/period-grammar.js';
import { monthNumber, type Period } from '../../knowledge/period.js';
import { editDistance } from '../../nlp.js';
import { ISSUER_WORDS, PEOPLE_WORDS } from '../vocabulary.js';

export interface Issuer {
  /** Every way the releases name the issuer, lowercased: "acme technology", "acme", "acme", "9999". */
  names: Set<string>;
  /** Single words of those names, which are no part of any metric's name. */
  words: Set<string>;
  /** What the issuer says it is ("Acme is a leading Credit-Tech platform in China": "platform"): a word for the whole. */
  self: Set<string>;
}

/** The head noun of the issuer's account of itself: "is a leading broadline retailer providing ...". */
const SELF = /\bis\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?([a-z][a-z-]*)\s+(?:in|that|which|providing|offering|serving|with|for|based)\b/i;

/** The exchanges a release's opening sentence lists its tickers on: "(NASDAQ: ACME; HKEx: 9999)". */
const LISTING = /\b(?:NASDAQ|NYSE|HKEx|HKEX|SEHK|Nasdaq|NYSE American|OTC)\s*:\s*([A-Z0-9.]{1,8})/g;
/** Its short name: ("Acme Technology" or the "Company"). */
const SHORT_NAME = /\(\s*["“]([^"”]+)["”]\s+or\s+the\s+["“]Company["”]/g;
/** The title's company: "Acme Technology Announces First Quarter ...". */
const TITLE = /^(.+?)\s+(?:Announces|Reports|Releases|Posts)\b/i;
/** Legal suffixes a name may carry or drop. */
const SUFFIX = /,?\s+(?:inc|ltd|limited|holdings?|group|corp(?:oration)?|co|plc)\.?$/i;

/**
 * Whether a name's leading words start with a period ("H1", "H1 2026" of a heading read as the name, "H1 2026
 * results: ..."): no name of the company, or "H1 2025" asked of it became the company and 2025, the year.
 */
export const periodLed = (words: string, ref: Period) => findPeriods(words, ref).some((p) => words.toLowerCase().startsWith(p.text.toLowerCase()));

export function issuerOf(kb: KnowledgeBase): Issuer {
  const names = new Set<string>();
  const add = (name: string) => {
    // "The Buckle, Inc." is "buckle": the article is no name (else "the" in every question is the company).
    for (let n = name.trim().toLowerCase().replace(/^the\s+/, ''); n; ) {
      names.add(n);
      const shorter = n.replace(SUFFIX, '');
      if (shorter === n) break;
      n = shorter;
    }
  };
  for (const r of kb.releases) {
    const t = TITLE.exec(r.title.trim())?.[1];
    if (t) add(t);
    // The issuer the document names itself as (knowledge/issuer.ts): "The Buckle, Inc." is "Buckle", "BKE".
    // A one-letter ticker ("S") is no word of its own in a question ("what's").
    for (const n of [...r.issuer.names, ...(r.issuer.ticker ? [r.issuer.ticker] : [])]) if (n.length > 1) add(n);
  }
  for (const text of kb.texts.slice(0, 40).map((t) => t.text)) {
    for (const m of text.matchAll(LISTING)) add(m[1]!);
    for (const m of text.matchAll(SHORT_NAME)) add(m[1]!);
  }
  // Every leading part of a several-word name is how people say it ("Harbor", "Harbor Lane" for "Harbor Lane Payments"),
  // unless its words all name lines: "net" of "Net Insight" is the "net" of "net margin", which renamed would leave "margin".
  const lineWords = new Set([...kb.metrics.values()].flatMap((m) => m.labels.flatMap((l) => l.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
  // A heading read as the name that begins with a period ("THIRD QUARTER 2026: ...") gives none: its "third" taken
  // as the company leaves a question's "the third quarter" a bare "quarter".
  for (const n of [...names].filter((x) => !periodLed(x, kb.quarter))) {
    for (let w = n.split(' '), k = 1; k < w.length; k++) if (!w.slice(0, k).every((x) => lineWords.has(x)) && !periodLed(w.slice(0, k).join(' '), kb.quarter)) names.add(w.slice(0, k).join(' '));
  }
  // (Of any script's letters: "equinócio" is one word.)
  const words = new Set([...names].flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1));
  const self = new Set(kb.texts.filter((t) => [...names].some((n) => t.text.toLowerCase().startsWith(n))).flatMap((t) => SELF.exec(t.text)?.[1]?.toLowerCase() ?? []));
  return { names, words, self };
}

/** Words a question may capitalise (at its start, say) or put in the possessive without naming a company. */
const PLAIN = new Set(
  ('i what whats who how why when where which it its that there here let this today quarter year company ' +
    'show give tell list compare break define explain summarize summarise please can could would should will is are was ' +
    'were did does do and also now ok okay so then hi hello hey thanks thank get find pull calculate compute provide any ' +
    'my our the a an in for of on at from by with as to me us you we they their q yes no sorry hmm quick just ' +
    'monday tuesday wednesday thursday friday saturday sunday non pre calc pls wat cos ah lah').split(' '),
);

/**
 * How a word stands in a question, from the strongest sign of a name to the weakest: the owner of a figure ("Delta's"),
 * a word after one that introduces a company ("at Delta", "vs Delta", "how did Delta do"), a word capitalised
 * mid-sentence ("Progressive combined ratio" said after a word), any other capitalised word.
 */
export type Standing = 'owner' | 'named' | 'capitalised' | 'word';

/** What the bot and the release make of a question's word (lower-cased). */
export interface Senses {
  /** The bot's or the release's word in any form (a metric word, an abbreviation such as "S&M" or "NI", a cue). */
  known(w: string): boolean;
  /** A word the release prints (a line, a project, a mine, a person) or one the question's periods, modifiers and line names read. */
  own(w: string): boolean;
  /** A word of some line's name, the release's or the catalog's ("Free" of "Free Cash Flow"). */
  nameWord(w: string): boolean;
  /** A word the bot reads as it is written (a cue, a filler word), not one it knows only by a stem it shares ("progressive"). */
  asWritten(w: string): boolean;
  /** A word the question's reading took out: a period read it, the abbreviations or the spelling corrector rewrote it ("Referal"). */
  read(w: string): boolean;
}

/**
 * What clears a word of each standing: the stronger the sign of a name, the fewer of the bot's own words clear it.
 * A word only the bot knows ("delta", a cue) is no name as a word, but is one as an owner or after "at".
 */
const CLEARS: Record<Standing, (s: Senses, w: string) => boolean> = {
  owner: (s, w) => s.own(w),
  // (A long word the corrector mended is a line's word mistyped, "was Referal revenue"; a short one may be a name it lengthened, "Vale".)
  named: (s, w) => s.own(w) || s.nameWord(w) || (w.length >= 5 && s.read(w)),
  capitalised: (s, w) => s.own(w) || s.nameWord(w) || s.asWritten(w) || s.read(w),
  word: (s, w) => s.known(w),
};

export interface EntityRule {
  name: string;
  pattern: RegExp;
  /** How the matched word stands, by its case. */
  standing(word: string): Standing;
}

/** Capitalised as a name is ("Delta"), not as an acronym ("CFO", "BHP": the bot reads its own acronyms whatever they stand by). */
const TITLED = /^\p{Lu}\p{Ll}/u;
const byCase = (titled: Standing, lower: Standing) => (word: string) => (TITLED.test(word) ? titled : /^\p{Ll}/u.test(word) ? lower : 'word');

/** A capitalised word, of any script's letters ("Equinócio" whole, never "Equin"). */
const NAME_WORD = /(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}&]+)(?![\p{L}\p{N}_])/gu;

/** Named rules for what looks like a company: a possessive or capitalised word, a ticker in capitals. */
export const ENTITY_RULES: EntityRule[] = [
  { name: 'possessive: ING\'s, Lufax’s, Delta’s', pattern: /(?<![\p{L}\p{N}_])(\p{L}[\p{L}&.]*)(?:'s|’s)\b/gu, standing: byCase('owner', 'capitalised') },
  {
    name: 'after a word that introduces a company: at Delta, vs Progressive, how did Delta do',
    pattern: /\b(?:at|for|vs\.?|versus|against|than|like|did|does|do|has|had|is|was)\s+(\p{Lu}\p{Ll}[\p{L}&]*)(?![\p{L}\p{N}_])/gu,
    standing: byCase('named', 'word'),
  },
  // (The question's first word is capitalised by habit, but "Progressive combined ratio" is no word of the bot's as written.)
  { name: 'capitalised first or after a word of its sentence: Progressive combined ratio, ratio of Delta', pattern: /(?:^\s*|(?<=[\p{L}0-9,;)%]\s+))(\p{Lu}\p{Ll}[\p{L}&]*)(?![\p{L}\p{N}_])/gu, standing: byCase('capitalised', 'word') },
  { name: 'capitalised word: Apple, Lufax, Equinócio', pattern: NAME_WORD, standing: () => 'word' },
  { name: 'ticker: $LU, NYSE:LU', pattern: /(?:^|\s)\$([A-Za-z]{1,5})\b|\b(?:NYSE|NASDAQ|Nasdaq|HKEX|HKEx)\s*:\s*([A-Za-z0-9.]{1,8})/g, standing: () => 'word' },
];

/** The issuer's name mistyped ("Harowgate", "Ardnet"): a long word one letter off (two, for a longer one) one of its names' words. */
const mistyped = (issuer: Issuer, w: string) => w.length >= 5 && [...issuer.words].some((n) => n.length >= 5 && editDistance(w, n) <= (n.length >= 8 ? 2 : 1));

/** A word a question may capitalise or put in the possessive without naming another company: the question's, the issuer's, a month. */
const ordinary = (issuer: Issuer, word: string) => {
  const w = word.toLowerCase();
  // (A word for the issuer as a whole, "Group", is its own even where the release prints it only capitalised.)
  return PLAIN.has(w) || ISSUER_WORDS.has(w) || PEOPLE_WORDS.has(w) || issuer.self.has(w) || monthNumber(word) > 0;
};

/**
 * The capitalised words a name runs over around its word ("Northern Star" of "Star's", "Capital One", "Fifth Third"):
 * before it any but the issuer's and the question's own ("What"); after it none the release prints ("Delta Load Factor").
 */
function nameAround(text: string, at: number, word: string, issuer: Issuer, senses: Senses): string {
  const part = (w: string) => TITLED.test(w) && !ordinary(issuer, w) && !issuer.words.has(w.toLowerCase());
  const before = /(?:\p{Lu}[\p{L}\p{N}_&]*\s+)+$/u.exec(text.slice(0, at))?.[0].trim().split(/\s+/) ?? [];
  const after = /^(?:\s+\p{Lu}[\p{L}\p{N}_&]*)+/u.exec(text.slice(at + word.length))?.[0].trim().split(/\s+/) ?? [];
  const left = before.reverse().findIndex((w) => !part(w));
  const right = after.findIndex((w) => !part(w) || senses.own(w.toLowerCase()));
  return [...before.slice(0, left < 0 ? undefined : left).reverse(), word, ...after.slice(0, right < 0 ? undefined : right)].join(' ');
}

/** The first word that names a company other than the issuer (with the capitalised words its name runs over), or null. */
export function foreignEntity(original: string, issuer: Issuer, senses: Senses): string | null {
  for (const rule of ENTITY_RULES) {
    for (const m of original.matchAll(rule.pattern)) {
      const word = (m[1] ?? m[2])!;
      const w = word.toLowerCase().replace(/\.$/, '');
      if (issuer.names.has(w) || issuer.words.has(w) || mistyped(issuer, w)) continue;
      // A ticker or exchange listing is a company whatever its letters spell.
      if (rule.name.startsWith('ticker')) return word;
      // (A word for the issuer as a whole, "Group", is its own even where the release prints it only capitalised.)
      if (ordinary(issuer, word) || CLEARS[rule.standing(word)](senses, w)) continue;
      return nameAround(original, m.index! + m[0].lastIndexOf(word), word, issuer, senses);
    }
  }
  return null;
}

/**
 * A name the release prints only as a name and no line's name holds ("Kmart", "Corella", "Bellbird"): another company,
 * or the issuer's own brand, project or mine. Its words may be asked for; a figure of it is none of the issuer's lines.
 */
export function printedName(original: string, issuer: Issuer, nameOnly: (w: string) => boolean): string | null {
  for (const m of original.matchAll(NAME_WORD)) {
    const w = m[1]!.toLowerCase();
    if (!issuer.names.has(w) && !issuer.words.has(w) && !ordinary(issuer, m[1]!) && nameOnly(w)) return m[1]!;
  }
  return null;
}
