// What the release says of its outlook, in its words: the sentences knowledge/outlook-sentences.ts finds, quoted.
import type { TextFact } from '../../knowledge/fact.js';
import { outlookRule } from '../../knowledge/outlook-sentences.js';
import type { Ask } from '../frame.js';
import { title, unknown } from '../reply.js';
import { quoted } from './quoted.js';

/** The release's sentences about its outlook, by the speaker asked; none, a decline: never its first lines. */
export function outlookSaid(ask: Ask, by: (t: TextFact) => boolean = () => true, named?: string) {
  const found = ask.kb.texts.filter((t) => t.kind !== 'definition' && by(t) && outlookRule(t.text, t.section, ask.kb.quarter));
  if (!found.length) return unknown(named ? `The release quotes no ${named} on the outlook.` : 'The release gives no outlook.');
  return quoted(ask, named ? `${title(named)}, in the release:` : "The release's outlook, in its words:", found.slice(0, 8));
}
