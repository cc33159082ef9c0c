// Loading: every release in data/releases (or the files named), parsed, checked and indexed.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineOf } from './citation.js';
import { cachedRelease } from './cache.js';
import { runChecks, type CheckReport } from './checks.js';
import { readRelease } from './document.js';
import { groupByIssuer, type Company } from './companies.js';
import type { KnowledgeBase } from './kb.js';
import { buildRelease } from './build.js';
import { attachAliases } from './aliases.js';

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

/** Loads the given release files (default: every release in data/releases). Throws ReleaseError naming the line at fault. */
export function loadKnowledge(files: string[] = defaultReleases(), warn: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Loaded {
  const all = files.map((f) => cachedRelease(f, () => buildRelease(readRelease(f))));
  for (const r of all) for (const s of r.skipped) warn(`qfin: ${lineOf({ document: r.document, line: s.line })}: table not read (${s.reason}); the rest of the release is loaded`);
  for (const r of all) for (const t of r.tables) for (const c of t.conflicts) warn(`qfin: ${lineOf({ document: r.document, line: c.line })}: ${c.what}`);
  const companies = groupByIssuer(all);
  attachAliases(companies, files, defaultReleaseDir());
  const reports = new Map<string, CheckReport>();
  // Each release is checked as its company's knowledge base holds it (its lines named as in the others).
  for (const { document } of all) {
    const { kb } = companies.find((c) => c.kb.releases.some((r) => r.document === document))!;
    const report = runChecks(kb.releases.find((r) => r.document === document)!);
    reports.set(document, report);
    kb.issues.push(...report.issues);
    for (const i of report.issues) for (const f of i.facts) kb.flagged.add(f);
  }
  return { kb: companies[0]!.kb, companies, reports };
}
