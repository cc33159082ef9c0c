// The people a release quotes: each speaker's name words, read from the sentence that opens their remarks
// ("Mr. Yan Zheng, Chief Risk Officer, added"), mapped to the title the release's quotes go by. A name
// asked about is that speaker ("what did Zheng say"), never another company.
import type { KnowledgeBase } from '../knowledge/kb.js';

/** A name of two or three capitalised words, then a title with an officer's word, in a quote's opening. */
const NAMED = /\b((?:[A-Z][a-z]+[\s-]+){1,2}[A-Z][a-z]+),\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)*(?:Officer|President|Chairman|Director|Founder)\b/;

const known = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Each word of a quoted speaker's name (lowercased), with the title their remarks go by ("Chief Risk Officer"). */
export function speakers(kb: KnowledgeBase): Map<string, string> {
  let found = known.get(kb);
  if (!found) {
    found = new Map();
    for (const t of kb.texts) {
      if (t.kind !== 'statement' || !t.subject.endsWith(' said')) continue;
      const name = NAMED.exec(t.text)?.[1];
      for (const w of name?.toLowerCase().split(/[\s-]+/) ?? []) if (!found.has(w)) found.set(w, t.subject.replace(/ said$/, ''));
    }
    known.set(kb, found);
  }
  return found;
}

/** The title of the speaker a text names by name, if any. */
export function speakerNamed(kb: KnowledgeBase, text: string): string | undefined {
  const people = speakers(kb);
  return text.toLowerCase().split(/[^a-z]+/).map((w) => people.get(w)).find(Boolean);
}
