// Releases → companies: every release read (parsed, or from the parse cache), grouped by issuer,
// named with its aliases, checked and indexed. Apart from load.ts so that a start whose releases are all
// cached never loads the parser (the document, table and prose readers, parse5): about a third of the
// modules a first answer would otherwise import.
import { attachAliases } from './aliases.js';
import { cachedOnly, storeDerived } from './cache.js';
import { runChecks, type CheckReport } from './checks.js';
import { groupByIssuer } from './companies.js';
import { defaultReleaseDir, defaultReleases, loadSource, toStderr, type Loaded, type Warn } from './loaded.js';
import type { Release } from './release.js';

export { defaultReleaseDir, defaultReleases, toStderr, type Loaded, type Warn } from './loaded.js';

/** The releases of `files`, read, grouped by issuer and checked. */
export function assemble(all: Release[], files: string[], warn: Warn): Loaded {
  const warnings = [
    ...all.flatMap((r) => r.skipped.map((s) => `qfin: ${r.document}:${s.line}: table not read (${s.reason}); the rest of the release is loaded`)),
    ...all.flatMap((r) => (r.unreadFigures ?? []).map((u) => `qfin: ${r.document}:${u.line}: figure "${u.figure}" not read (${u.reason}); the rest of the release is loaded`)),
    ...all.flatMap((r) => r.tables.flatMap((t) => t.conflicts.map((c) => `qfin: ${r.document}:${c.line}: ${c.what}`))),
  ];
  for (const w of warnings) warn(w);
  const companies = groupByIssuer(all);
  attachAliases(companies, files, defaultReleaseDir());
  const source = loadSource(files);
  for (const c of companies) c.kb.source = { ...source, place: `${source.place}\u0000${c.key}` };
  const reports = new Map<string, CheckReport>();
  // Each release is checked as its company's knowledge base holds it (its lines named as in the others).
  for (const { document } of all) {
    const { kb } = companies.find((c) => c.kb.releases.some((r) => r.document === document))!;
    const report = runChecks(kb.releases.find((r) => r.document === document)!);
    reports.set(document, report);
    kb.issues.push(...report.issues);
    for (const i of report.issues) for (const f of i.facts) kb.flagged.add(f);
  }
  const loaded = { kb: companies[0]!.kb, companies, reports };
  // The whole load, for the next start with these files and this code (open.ts reads it first).
  storeDerived('loaded', source, '', { loaded, warnings });
  return loaded;
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
