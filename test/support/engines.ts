// One engine per set of releases for a whole test worker (vitest shares modules between a worker's files):
// building one, and the first questions that fill its indexes, took about 0.3 s of CPU in each of some fifty
// files. Each caller gets conversations of its own, so no file's thread is another's follow-up.
import { loadBot } from '../../src/bot.js';
import type { Engine } from '../../src/intents/answer.js';
import { defaultReleases } from '../../src/knowledge/load.js';

type Bot = ReturnType<typeof loadBot>;
const built = new Map<string, Bot>();
let callers = 0;

/**
 * The releases loaded and the engine over them (every release in data/releases when none), built once per
 * worker: the knowledge base is to be read, never changed, and the engine asks in conversations of the caller's own.
 */
export function sharedBot(...releases: string[]): Bot {
  // No releases is data/releases, as loadBot reads it: one engine for sharedEngine() and sharedEngine(seed).
  const files = releases.length ? releases : defaultReleases();
  const key = files.join('\n');
  let bot = built.get(key);
  if (!bot) {
    bot = loadBot({ releases: files });
    built.set(key, bot);
  }
  const own = `shared-${++callers}:`;
  const shared = bot.engine;
  return { ...bot, engine: { ask: (text, conversation) => shared.ask(text, own + conversation), suggest: (prefix, limit) => shared.suggest(prefix, limit) } };
}

/** The engine over `releases` (every release in data/releases when none), built once per worker. */
export function sharedEngine(...releases: string[]): Engine {
  return sharedBot(...releases).engine;
}
