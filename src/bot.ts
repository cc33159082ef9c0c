// The bot, loaded synchronously (tests, library use): the releases and the engine over them. The CLI and
// the chat platforms use open.ts's openBot, which leaves the parser unloaded when the cache holds every release.
// With several companies loaded, one engine per company behind the one that picks it (intents/several.ts).
import type { Engine } from './intents/answer.js';
import { loadKnowledge, type Loaded } from './knowledge/load.js';
import { buildEngine, type BotOptions } from './open.js';

export { buildEngine, type BotOptions } from './open.js';

export function loadBot(options: BotOptions = {}): Loaded & { engine: Engine } {
  const loaded = loadKnowledge(options.releases?.length ? options.releases : undefined);
  return { ...loaded, engine: buildEngine(loaded.companies, options) };
}

export function loadEngine(options: BotOptions = {}): Engine {
  return loadBot(options).engine;
}
