// The bot's entry point for the CLI and the chat platforms: the releases (from the parse cache when every
// one is there, so the parser is never loaded; else parsed) and the engine over them, behind its input
// caps. bot.ts's loadBot does the same synchronously, for tests and library use.
import { ConfigError } from './adapters/config.js';
import type { Engine } from './intents/answer.js';
import { createEngine, type EngineOptions } from './intents/engine.js';
import { createCompaniesEngine, defaultCompany } from './intents/several.js';
import { keepTables } from './keep.js';
import { loadStored, type Loaded } from './knowledge/loaded.js';
import type { Company } from './knowledge/companies.js';
import type { KnowledgeBase } from './knowledge/kb.js';
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

/**
 * The releases named (default: data/releases): the load stored by a former start with the same files and
 * code; else assembled from the parse cache where it holds them all; else parsed. Each step loads its
 * modules only when the one before could not answer.
 */
export async function openKnowledge(releases: string[] = []): Promise<Loaded> {
  const files = releases.length ? releases : undefined;
  return loadStored(files) ?? (await import('./knowledge/assemble.js')).loadCached(files) ?? (await import('./knowledge/load.js')).loadKnowledge(files);
}

export async function openBot(options: BotOptions = {}): Promise<Loaded & { engine: Engine }> {
  // A process started for a question or two: what the prefilter reads of patterns, and stems, are kept between runs.
  keepTables();
  const loaded = await openKnowledge(options.releases);
  return { ...loaded, engine: buildEngine(loaded.companies, options) };
}
