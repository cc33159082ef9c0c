// The bot's one entry point for adapters: load the releases, build the engine.
import type { Engine } from './intents/answer.js';
import { createEngine, type EngineOptions } from './intents/engine.js';
import { loadKnowledge, type Loaded } from './knowledge/load.js';

export interface BotOptions extends EngineOptions {
  /** Release files to load instead of every .md in data/releases. */
  releases?: string[];
}

export function loadBot(options: BotOptions = {}): Loaded & { engine: Engine } {
  const loaded = loadKnowledge(options.releases?.length ? options.releases : undefined);
  return { ...loaded, engine: createEngine(loaded.kb, options) };
}

export function loadEngine(options: BotOptions = {}): Engine {
  return loadBot(options).engine;
}
