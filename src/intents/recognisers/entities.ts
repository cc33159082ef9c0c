// The entity recogniser: which company a question is about. The issuers come from the loaded releases
// (the title's "X Announces ...", the tickers and the short name of the opening sentence), never from
// code. Another company's name or ticker declines: the bot never falls back to the only company.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { findPeriods } from '../../knowledge/period-grammar.js';
import { monthNumber, type Period } from '../../knowledge/period.js';
import { ISSUER_WORDS } from '../vocabulary.js';

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
  const lineWords = new Set([...kb.metrics.values()].flatMap((m) => m.labels.flatMap((l) => l.toLowerCase().split(/[^a-z0-9]+/))));
  for (const n of [...names]) {
    for (let w = n.split(' '), k = 1; k < w.length; k++) if (!w.slice(0, k).every((x) => lineWords.has(x)) && !periodLed(w.slice(0, k).join(' '), kb.quarter)) names.add(w.slice(0, k).join(' '));
  }
  const words = new Set([...names].flatMap((n) => n.split(/[^a-z0-9]+/)).filter((w) => w.length > 1));
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

export interface EntityRule {
  name: string;
  pattern: RegExp;
}

/** Named rules for what looks like a company: a capitalised or possessive word, a ticker in capitals. */
export const ENTITY_RULES: EntityRule[] = [
  { name: 'possessive: ING\'s, Lufax’s', pattern: /\b([A-Za-z][A-Za-z&.]*)(?:'s|’s)\b/g },
  { name: 'capitalised word: Apple, Lufax', pattern: /\b([A-Z][a-zA-Z&]+)\b/g },
  { name: 'ticker: $LU, NYSE:LU', pattern: /(?:^|\s)\$([A-Za-z]{1,5})\b|\b(?:NYSE|NASDAQ|Nasdaq|HKEX|HKEx)\s*:\s*([A-Za-z0-9.]{1,8})/g },
];

/**
 * The first word that names a company other than the issuer, or null. `known` says whether a word is
 * the bot's or the release's (a metric word, an abbreviation such as "S&M" or "NI", a cue).
 */
export function foreignEntity(original: string, issuer: Issuer, known: (word: string) => boolean): string | null {
  for (const rule of ENTITY_RULES) {
    for (const m of original.matchAll(rule.pattern)) {
      const word = (m[1] ?? m[2])!;
      const w = word.toLowerCase().replace(/\.$/, '');
      if (issuer.names.has(w) || issuer.words.has(w)) continue;
      // A ticker or exchange listing is a company whatever its letters spell.
      const ticker = rule.name.startsWith('ticker');
      // (A word for the issuer as a whole, "Group", is its own even where the release prints it only capitalised.)
      if (!ticker && (PLAIN.has(w) || ISSUER_WORDS.has(w) || issuer.self.has(w) || monthNumber(word) || known(w))) continue;
      return word;
    }
  }
  return null;
}
