// Loading: every release in data/releases (or the files named), parsed, checked and indexed.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedRelease } from './cache.js';
import { runChecks, type CheckReport } from './checks.js';
import { readRelease } from './document.js';
import { issuerOf } from './issuer.js';
import { KnowledgeBase } from './kb.js';
import { periodEnd } from './period.js';
import { buildRelease } from './build.js';
import type { Release } from './release.js';

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

/**
 * One company's releases: figures of two companies must never meet in one answer (a change from one to
 * the other, a figure with the other's USD). Where releases of several are found, the company of the
 * latest quarter is answered for, and the others are named on stderr.
 */
function oneIssuer(releases: Release[], warn: (message: string) => void): Release[] {
  const issuers = new Set(releases.map((r) => issuerOf(r.title)).filter((i) => i !== null));
  if (issuers.size <= 1) return releases;
  const latest = [...releases].sort((a, b) => periodEnd(b.quarter).localeCompare(periodEnd(a.quarter)))[0]!;
  const kept = releases.filter((r) => issuerOf(r.title) === issuerOf(latest.title));
  warn(`qfin: releases of ${issuers.size} companies were found; answering for the latest quarter's (${latest.title}), leaving out ${releases.filter((r) => !kept.includes(r)).map((r) => r.document).join(', ')}. Load one company's releases with --release.`);
  return kept;
}

/** Loads the given release files (default: every .md in data/releases). Throws ReleaseError naming the line at fault. */
export function loadKnowledge(files: string[] = defaultReleases(), warn: (m: string) => void = (m) => process.stderr.write(`${m}\n`)): Loaded {
  const all = files.map((f) => cachedRelease(f, () => buildRelease(readRelease(f))));
  for (const r of all) for (const s of r.skipped) warn(`qfin: ${r.document}:${s.line}: table not read (${s.reason}); the rest of the release is loaded`);
  const releases = oneIssuer(all, warn);
  const kb = new KnowledgeBase(releases);
  // Every release named is checked; the answers rest on one company's.
  const reports = new Map<string, CheckReport>();
  for (const r of all) {
    const report = runChecks(r);
    reports.set(r.document, report);
    if (!releases.includes(r)) continue;
    kb.issues.push(...report.issues);
    for (const i of report.issues) for (const f of i.facts) kb.flagged.add(f);
  }
  return { kb, reports };
}
