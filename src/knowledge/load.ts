// Loading: every release in data/releases (or the files named), parsed, checked and indexed.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks, type CheckReport } from './checks.js';
import { readRelease } from './document.js';
import { KnowledgeBase } from './kb.js';
import { buildRelease } from './release.js';

/** The project's data/releases, named relative to the working directory as citations name documents. */
export function defaultReleaseDir(): string {
  return relative(process.cwd(), fileURLToPath(new URL('../../data/releases/', import.meta.url))) || '.';
}

export function defaultReleases(dir = defaultReleaseDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
}

export interface Loaded {
  kb: KnowledgeBase;
  reports: Map<string, CheckReport>;
}

/** Loads the given release files (default: every .md in data/releases). Throws ReleaseError naming the line at fault. */
export function loadKnowledge(files: string[] = defaultReleases()): Loaded {
  const releases = files.map((f) => buildRelease(readRelease(f)));
  const kb = new KnowledgeBase(releases);
  const reports = new Map<string, CheckReport>();
  for (const r of releases) {
    const report = runChecks(r);
    reports.set(r.document, report);
    kb.issues.push(...report.issues);
    for (const i of report.issues) for (const f of i.facts) kb.flagged.add(f);
  }
  return { kb, reports };
}
