// Releases → companies: every release read (parsed, or from the parse cache), grouped by issuer,
// named with its aliases, checked and indexed. Apart from load.ts so that a start whose releases are all
// cached never loads the parser (the document, table and prose readers, parse5): about a third of the
// modules a first answer would otherwise import.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasFiles, attachAliases } from './aliases.js';
import { cachedDerived, cachedOnly, sourceOf } from './cache.js';
import { runChecks, type CheckReport } from './checks.js';
import { groupByIssuer, type Company } from './companies.js';
import type { KnowledgeBase } from './kb.js';
import type { Release } from './release.js';

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

export interface Loaded {
  /** The first company's: the latest quarter's issuer. */
  kb: KnowledgeBase;
  /** One knowledge base per company, the latest quarter's first: figures of two never meet in one answer. */
  companies: Company[];
  reports: Map<string, CheckReport>;
}

export type Warn = (message: string) => void;
export const toStderr: Warn = (m) => process.stderr.write(`${m}\n`);

/** The releases of `files`, read, grouped by issuer and checked. */
export function assemble(all: Release[], files: string[], warn: Warn): Loaded {
  for (const r of all) for (const s of r.skipped) warn(`qfin: ${r.document}:${s.line}: table not read (${s.reason}); the rest of the release is loaded`);
  for (const r of all) for (const t of r.tables) for (const c of t.conflicts) warn(`qfin: ${r.document}:${c.line}: ${c.what}`);
  const companies = groupByIssuer(all);
  attachAliases(companies, files, defaultReleaseDir());
  const source = sourceOf([...files, ...aliasFiles(files, defaultReleaseDir())]);
  for (const c of companies) c.kb.source = { ...source, place: `${source.place}\u0000${c.key}` };
  // Each release is checked as its company's knowledge base holds it (its lines named as in the others).
  const held = all.map(({ document }) => {
    const { kb } = companies.find((c) => c.kb.releases.some((r) => r.document === document))!;
    return { kb, release: kb.releases.find((r) => r.document === document)! };
  });
  // The reports are plain data (their facts copies, which the knowledge base flags by line and figure).
  const checked = cachedDerived('checks', source, '', () => held.map(({ release }) => runChecks(release)));
  const reports = new Map<string, CheckReport>();
  held.forEach(({ kb, release }, k) => {
    const report = checked[k]!;
    reports.set(release.document, report);
    kb.issues.push(...report.issues);
    for (const i of report.issues) for (const f of i.facts) kb.flagged.add(f);
  });
  return { kb: companies[0]!.kb, companies, reports };
}

/** The releases loaded from the parse cache alone, or null when any is not there (then load.ts parses). */
export function loadCached(files: string[] = defaultReleases(), warn: Warn = toStderr): Loaded | null {
  const all: Release[] = [];
  for (const f of files) {
    const release = cachedOnly(f);
    if (!release) return null;
    all.push(release);
  }
  return assemble(all, files, warn);
}
