// The release's sentences quoted as they read, each cited by the words of its line.
import type { TextFact } from '../../knowledge/fact.js';
import { wordsSaid } from '../../knowledge/words-said.js';
import type { Ask } from '../frame.js';
import { asSaid, Reply } from '../reply.js';

/** Each sentence as the words said (knowledge/words-said.ts), its citation quoting those words where its line holds them. */
export function quoted(ask: Ask, intro: string, texts: TextFact[]) {
  return quoteInto(new Reply(ask.kb), intro, texts).answer();
}

/** Sentences each once: a sentence the release states twice on one line (kept under two subjects) is quoted once. */
export const eachOnce = (texts: TextFact[]): TextFact[] => [...new Map(texts.map((t) => [`${t.citation.line}:${t.text}`, t])).values()];

export function quoteInto(reply: Reply, intro: string, texts: TextFact[]): Reply {
  reply.say(intro);
  for (const t of texts) {
    const { text } = wordsSaid(t.text);
    const c = t.citation;
    const citation = c.reads?.includes(text) ? { ...c, reads: text } : !c.reads && c.quote.includes(text) ? { ...c, quote: text } : c;
    reply.cite({ ...t, citation }).say(asSaid(t, text));
  }
  return reply;
}
