// The coverage rule: every word of a question for a figure is accounted for: part of a recognised span
// (a metric name as refined, a period, an operation or currency cue, a modifier), a filler word (data,
// vocabulary.ts), or the bot declines and names the word it did not understand. A word that looks like
// a period and was not read declines whatever the operation: the bot never falls back to this quarter.
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { FIGURE_OPS, type Operation } from './recognisers/operations.js';
import { unknown } from './reply.js';
import type { Token } from './text.js';

/** The words of a question for a figure that nothing accounts for. */
export function uncovered(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[]): Token[] {
  if (!FIGURE_OPS.includes(op)) return [];
  // A word of the release that no span claims counts too: "North America sales" must not answer the
  // consolidated sales because the release says "North America" somewhere.
  const isCue = lex.isCue(intent.text);
  return lex.matcher.unexplained(intent.bare, [...intent.metrics, ...names]).filter((t) => lex.unknownWord(t) || (t.word.length > 1 && !/\d/.test(t.word) && !lex.matcher.knows(t.word) && !isCue(t)));
}

/** The decline naming the words not understood, or null when every word is accounted for. */
export function coverage(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[]): Answer | null {
  const words = uncovered(lex, intent, op, names);
  if (!words.length) return null;
  return unknown(`I don't know "${words.map((t) => t.word).join(' ')}": I only answer from ${lex.titles}.${lex.suggestions(intent.text)}`, 'not-understood');
}
