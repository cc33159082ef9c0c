// A decline where the release prints the figure asked with a scale word the reader could not read ("Total deposits
// were R$ 231,5 xq"): that figure was left unread rather than answered bare (a billion times too small), and the
// decline says so, naming the word and the line, instead of "the release doesn't give" a figure it prints.
import type { KnowledgeBase } from '../knowledge/kb.js';
import { UNREAD_SCALE } from '../knowledge/prose/mentions.js';
import type { Answer } from './answer.js';

const WORD = /[a-z]{4,}/g;
/** Words too common to tie a question to a sentence ("total" loans, deposits "this quarter"). */
const GENERIC = new Set(['total', 'quarter', 'year', 'what', 'were', 'with', 'from', 'that', 'this', 'than', 'have', 'period', 'ended', 'end', 'sept', 'september']);
const words = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/(?:es|s)$/, '')).filter((w) => !GENERIC.has(w)));

/** The decline, naming a scale word not read on the line that shares most words with the question; else as it was. */
export function withUnreadScale(answer: Answer, question: string, kb: KnowledgeBase): Answer {
  if (answer.status !== 'unknown' || answer.reason !== 'not-in-release') return answer;
  const asked = words(question);
  let best: { line: number; text: string; word: string; shared: number } | null = null;
  for (const n of kb.releases.flatMap((r) => r.nonFigures)) {
    const word = UNREAD_SCALE.exec(n.reason)?.[1];
    const shared = word ? [...words(n.text)].filter((w) => asked.has(w)).length : 0;
    if (word && shared > (best?.shared ?? 0)) best = { line: n.line, text: n.text, word, shared };
  }
  return best ? { ...answer, text: `${answer.text} Line ${best.line} reads "${best.text}", with a scale "${best.word}" I can't read, so I give no figure from it.` } : answer;
}
