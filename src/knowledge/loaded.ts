// What a load gives and the files it reads: the releases (data/releases, or those named) and the
// aliases files beside them; and a load as a former one with the same files and code left it, from the
// on-disk cache. Apart from assemble.ts so that such a start loads none of the readers, checks or
// grouping: only the knowledge base's class, whose prototype the cached bases take again.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivedOnly, sourceOf, type Source } from './cache.js';
import type { CheckReport } from './checks.js';
import type { Company } from './companies.js';
import type { KnowledgeBase } from './kb.js';

/** The project's data/releases, named relative to the working directory as citations name documents. */
export function defaultReleaseDir(): string {
  return relative(process.cwd(), fileURLToPath(new URL('../../data/releases/', import.meta.url))) || '.';
}

/** What a release is published as: markdown, HTML or plain text. */
const RELEASE_FILE = /\.(?:md|html?|txt)$/i;

export function defaultReleases(dir = defaultReleaseDir()): string[] {
  return readdirSync(dir)
    .filter((f) => RELEASE_FILE.test(f) && !/^readme\./i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The aliases files beside the loaded releases and in the data directory. */
export function aliasFiles(releaseFiles: string[], dataDir = defaultReleaseDir()): string[] {
  const beside = releaseFiles.map((f) => join(dirname(f), `${basename(f).replace(/\.[^.]+$/, '')}.aliases.json`));
  const data = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.aliases.json')).map((f) => join(dataDir, f)) : [];
  return [...new Set([...beside, ...data])].filter((f) => existsSync(f));
}

/** Every file a load of `files` reads: the releases and their aliases files. */
export const loadSource = (files: string[]): Source => sourceOf([...files, ...aliasFiles(files)]);

export interface Loaded {
  /** The first company's: the latest quarter's issuer. */
  kb: KnowledgeBase;
  /** One knowledge base per company, the latest quarter's first: figures of two never meet in one answer. */
  companies: Company[];
  reports: Map<string, CheckReport>;
}

/** A load as stored: what it gave and what it warned of (said again on every start from the cache). */
export interface StoredLoad {
  loaded: Loaded;
  warnings: string[];
}

export type Warn = (message: string) => void;
export const toStderr: Warn = (m) => process.stderr.write(`${m}\n`);

/** The load of `files` as a former one left it, or null (not stored, or stored from other files or code). */
export function loadStored(files: string[] = defaultReleases(), warn: Warn = toStderr): Loaded | null {
  let stored: StoredLoad | undefined;
  try {
    stored = derivedOnly<StoredLoad>('loaded', loadSource(files), '');
  } catch {
    return null; // a file unreadable: the full load says which
  }
  if (!stored) return null;
  for (const w of stored.warnings) warn(w);
  return stored.loaded;
}
