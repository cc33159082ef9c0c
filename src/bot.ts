// The bot's one entry point for adapters: load the releases, build the engine behind its input caps.
// With several companies loaded, one engine per company behind the one that picks it (intents/several.ts).
import { ConfigError } from './adapters/config.js';
import type { Engine } from './intents/answer.js';
import { createEngine, type EngineOptions } from './intents/engine.js';
import { createCompaniesEngine, defaultCompany } from './intents/several.js';
import type { Company } from './knowledge/companies.js';
import type { KnowledgeBase } from './knowledge/kb.js';
import { loadKnowledge, type Loaded } from './knowledge/load.js';
import { bounded } from './ops/bounds.js';

export interface BotOptions extends EngineOptions {
  /** Release files to load instead of every release in data/releases. */
  releases?: string[];
  /** The company answered for when a question names none (name or ticker; default: QFIN_COMPANY). */
  company?: string;
}

/** The engine over one knowledge base or several companies', with questions and suggestion prefixes capped before any work (ops/bounds.ts). */
export function buildEngine(source: KnowledgeBase | Company[], options: BotOptions = {}): Engine {
  if (!Array.isArray(source)) return bounded(createEngine(source, options));
  const company = options.company ?? process.env['QFIN_COMPANY'];
  try {
    defaultCompany(source, company);
  } catch (err) {
    throw new ConfigError([`QFIN_COMPANY / --company: ${(err as Error).message}`]);
  }
  return bounded(source.length > 1 ? createCompaniesEngine(source, { ...options, company }) : createEngine(source[0]!.kb, options));
}

export function loadBot(options: BotOptions = {}): Loaded & { engine: Engine } {
  const loaded = loadKnowledge(options.releases?.length ? options.releases : undefined);
  return { ...loaded, engine: buildEngine(loaded.companies, options) };
}

export function loadEngine(options: BotOptions = {}): Engine {
  return loadBot(options).engine;
}
