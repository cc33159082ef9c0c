// One engine per set of releases for a whole test worker (vitest shares modules between a worker's files):
// building one, and the first questions that fill its indexes, took about 0.3 s of CPU in each of some fifty
// files. Each caller gets conversations of its own, so no file's thread is another's follow-up.
import { loadEngine } from '../../src/bot.js';
import type { Engine } from '../../src/intents/answer.js';

const built = new Map<string, Engine>();
let callers = 0;

/** The engine over `releases` (every release in data/releases when none), built once per worker. */
export function sharedEngine(...releases: string[]): Engine {
  const key = releases.join('\n');
  let engine = built.get(key);
  if (!engine) {
    engine = loadEngine(releases.length ? { releases } : {});
    built.set(key, engine);
  }
  const own = `shared-${++callers}:`;
  const shared = engine;
  return { ask: (text, conversation) => shared.ask(text, own + conversation), suggest: (prefix, limit) => shared.suggest(prefix, limit) };
}
