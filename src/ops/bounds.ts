// Limits applied where a question enters the bot, before any work: a question longer than the cap is
// answered with the cap, not read; suggestions are only looked for in a prefix within it. (Reading a
// 100,000-character prefix blocked the event loop for 20 s; real questions are a few hundred characters.)
import type { Answer, Engine } from '../intents/answer.js';

/** The longest question read, in characters (UTF-16 code units, as JavaScript and Discord count). */
export const MAX_QUESTION = 1000;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The reply to a question over the cap: says the cap and how long the question was. */
export function tooLong(length: number): Answer {
  return {
    status: 'unknown',
    text: `That question is ${grouped(length)} characters long; I read questions of up to ${grouped(MAX_QUESTION)} characters. Please ask it more briefly.`,
    citations: [],
    derivations: [],
    choices: [],
  };
}

/** `engine` behind the caps. */
export function bounded(engine: Engine): Engine {
  return {
    ask: (text, conversation) => (String(text ?? '').length > MAX_QUESTION ? tooLong(String(text).length) : engine.ask(text, conversation)),
    suggest: (prefix, limit) => (String(prefix ?? '').length > MAX_QUESTION ? [] : engine.suggest(prefix, limit)),
  };
}
