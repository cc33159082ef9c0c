// The bot's one entry point for adapters: load the releases, build the engine behind its input caps.
import type { Engine } from './intents/answer.js';
import { createEngine, type EngineOptions } from './intents/engine.js';
import type { KnowledgeBase } from './knowledge/kb.js';
import { loadKnowledge, type Loaded } from './knowledge/load.js';
import { bounded } from './ops/bounds.js';

export interface BotOptions extends EngineOptions {
  /** Release files to load instead of every .md in data/releases. */
  releases?: string[];
}

/** The engine over `kb`, with questions and suggestion prefixes capped before any work (ops/bounds.ts). */
export function buildEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  return bounded(createEngine(kb, options));
}

export function loadBot(options: BotOptions = {}): Loaded & { engine: Engine } {
  const loaded = loadKnowledge(options.releases?.length ? options.releases : undefined);
  return { ...loaded, engine: buildEngine(loaded.kb, options) };
}

export function loadEngine(options: BotOptions = {}): Engine {
  return loadBot(options).engine;
}
