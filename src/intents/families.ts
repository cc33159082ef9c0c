// Families of lines that share a head word ("Provision for loans receivable", "Provision for financial
// assets receivable", ...): "all four provision lines" sums them, "loan provisions" picks the one.
import type { KnowledgeBase } from '../knowledge/kb.js';
import { words } from '../knowledge/labels.js';
import { stem } from '../nlp.js';
import type { Token } from './text.js';

/** Head words that start many labels without naming a family of lines. */
const NOT_A_FAMILY = new Set(['total', 'net', 'other', 'income', 'non']);

const families = new WeakMap<KnowledgeBase, Map<string, string[]>>();

/** The table metrics whose label starts with this token's word, when there are two or more. */
export function familyOf(kb: KnowledgeBase, token: Token): string[] {
  if (NOT_A_FAMILY.has(token.word) || NOT_A_FAMILY.has(token.stem)) return [];
  let byHead = families.get(kb);
  if (!byHead) {
    byHead = new Map();
    for (const m of kb.metrics.values()) {
      if (m.source !== 'table') continue;
      const head = stem(m.label.split(/\s+/)[0]!.toLowerCase());
      byHead.set(head, [...(byHead.get(head) ?? []), m.id]);
    }
    families.set(kb, byHead);
  }
  const members = byHead.get(token.stem) ?? [];
  return members.length >= 2 ? members : [];
}

/** The smallest family any of the tokens heads. */
export function smallestFamily(kb: KnowledgeBase, tokens: Token[]): string[] {
  let best: string[] = [];
  for (const t of tokens) {
    const members = familyOf(kb, t);
    if (members.length && (!best.length || members.length < best.length)) best = members;
  }
  return best;
}

/** Members of a family whose labels hold every one of the given stems ("loan" narrows provisions). */
export function narrow(kb: KnowledgeBase, members: string[], stems: string[]): string[] {
  return members.filter((id) => {
    const have = new Set(words(kb.metrics.get(id)!.label));
    return stems.every((s) => have.has(s));
  });
}

/** Words that say which way an amount runs: filler elsewhere ("from", "to"), but here a word of the name. */
const DIRECTIONS: [RegExp, RegExp][] = [
  [/\bfrom\b/i, /\bto\b/i],
  [/\breceivables?\b/i, /\bpayables?\b/i],
  [/\bassets?\b/i, /\bliabilit(?:y|ies)\b/i],
];

/**
 * The members of a family that are lines of the name said ("amounts due from related parties, current plus
 * noncurrent"): none running the other way ("Amounts due to related parties" is a liability, not a part of
 * what is due from them), then those holding the name's words where two or more do.
 */
export function ofTheName(kb: KnowledgeBase, members: string[], said: string): string[] {
  const label = (id: string) => kb.metrics.get(id)!.label;
  const opposite = (text: string, [a, b]: [RegExp, RegExp]) => a.test(said) && !b.test(said) && b.test(text) && !a.test(text);
  const way = members.filter((id) => !DIRECTIONS.some(([a, b]) => opposite(label(id), [a, b]) || opposite(label(id), [b, a])));
  const named = narrow(kb, way, words(said));
  return named.length >= 2 ? named : way;
}
