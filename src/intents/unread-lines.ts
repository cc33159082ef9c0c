// A line the release prints in a table the reader left out ("Automotive Parts" of a segment table whose columns it could
// not date): asked for, it is named as the release's own line left unread, with the table's line and why, never taken
// for another company nor declined as a word the bot does not know.
import type { KnowledgeBase } from '../knowledge/kb.js';

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const unreadWords = new WeakMap<KnowledgeBase, Set<string>>();

/** Whether a word is one of a label of a table left unread: it names a line of the release ("why were automotive parts sales down"). */
export function unreadWord(kb: KnowledgeBase, word: string): boolean {
  let words = unreadWords.get(kb);
  if (!words) unreadWords.set(kb, (words = new Set(kb.releases.flatMap((r) => r.skipped.flatMap((s) => (s.labels ?? []).flatMap(wordsOf))))));
  return words.has(word);
}

/** The decline for words that are all words of one label of a table left unread, or null. */
export function unreadLine(kb: KnowledgeBase, asked: string): string | null {
  const said = wordsOf(asked);
  if (!said.length) return null;
  for (const r of kb.releases) {
    for (const s of r.skipped) {
      const label = s.labels?.find((l) => said.every((w) => wordsOf(l).includes(w)));
      if (label) return `The release prints "${label}" in the table at line ${s.line}, which I could not read (${s.reason}), so I give no figure of it.`;
    }
  }
  return null;
}

