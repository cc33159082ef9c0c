// The parsed-release cache: a second load of the same file with the same code reads the cache and
// gives the very same facts; any change to the file is a miss, so no figure is ever served stale.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { cachedRelease } from '../src/knowledge/cache.js';
import { readRelease } from '../src/knowledge/document.js';
import { loadCached } from '../src/knowledge/assemble.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { openBot } from '../src/open.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';

const RELEASE = 'data/releases/qfin-2024q1.md';
const temp = () => mkdtempSync(join(tmpdir(), 'qfin-cache-'));

/** Every fact as a person would check it: metric, period, role, value, unit, where it is cited. */
const facts = (r: Release) =>
  r.facts.map((f) => [f.metric, f.period ? periodKey(f.period) : null, f.role, f.value.toString(), JSON.stringify(f.unit), f.citation.line, f.citation.quote].join('|'));

function load(file: string, dir: string) {
  let parsed = 0;
  const release = cachedRelease(
    file,
    () => {
      parsed++;
      return buildRelease(readRelease(file));
    },
    dir,
  );
  return { release, parsed };
}

describe('the parsed-release cache', () => {
  // The cache is under test here whatever the environment says (mutation runs turn it off for the rest).
  const ambient = process.env['QFIN_CACHE'];
  beforeAll(() => {
    delete process.env['QFIN_CACHE'];
  });
  afterAll(() => {
    if (ambient === undefined) delete process.env['QFIN_CACHE'];
    else process.env['QFIN_CACHE'] = ambient;
  });

  it('reads a second load from the cache, with the same facts, figures as Decimals', () => {
    const dir = temp();
    const first = load(RELEASE, dir);
    const second = load(RELEASE, dir);
    expect(first.parsed).toBe(1);
    expect(second.parsed).toBe(0);
    expect(facts(second.release)).toEqual(facts(first.release));
    expect(second.release.facts[0]!.value.plus(0).toString()).toBe(first.release.facts[0]!.value.toString());
    expect([...second.release.metrics.keys()]).toEqual([...first.release.metrics.keys()]);
  });

  // The compiled CLI (dist/) and the code as the tests run it (src/) hash as different code, so each keeps its own entry
  // for a release: neither parses again after the other has run (the suite's CLI children and workers share a cache).
  it('is read from the cache by the source after `qfin check` has read it, with the same facts', () => {
    const [dir, file] = [temp(), join(temp(), 'release.md')];
    copyFileSync(RELEASE, file);
    const first = load(file, dir);
    const cli = spawnSync(process.execPath, ['bin/qfin.js', '--release', file, 'check'], { encoding: 'utf8', env: { ...process.env, QFIN_CACHE_DIR: dir }, timeout: 60_000 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/: all checks pass \(/);
    const again = load(file, dir);
    expect([first.parsed, again.parsed]).toEqual([1, 0]);
    expect(facts(again.release)).toEqual(facts(first.release));
  });

  it('parses again when the release changes, and answers with the new figure', () => {
    const dir = temp();
    const file = join(temp(), 'release.md');
    copyFileSync(RELEASE, file);
    load(file, dir);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('548,824');
    writeFileSync(file, text.replaceAll('548,824', '548,825'));
    const again = load(file, dir);
    expect(again.parsed).toBe(1);
    expect(facts(again.release).some((f) => f.includes('referral') && f.includes('548825'))).toBe(true);
    expect(facts(again.release).some((f) => f.includes('548824'))).toBe(false);
  });

  it('loads the knowledge base the same from the cache as from the files', () => {
    const dir = temp();
    process.env.QFIN_CACHE_DIR = dir;
    try {
      const parsed = loadKnowledge([RELEASE]);
      const cached = loadKnowledge([RELEASE]);
      expect(cached.kb.facts.map((f) => `${f.metric}|${f.value}|${f.citation.line}`)).toEqual(parsed.kb.facts.map((f) => `${f.metric}|${f.value}|${f.citation.line}`));
      expect([...cached.reports.values()].map((r) => r.issues.length)).toEqual([...parsed.reports.values()].map((r) => r.issues.length));
      expect(cached.kb.flagged.size).toBe(parsed.kb.flagged.size);
    } finally {
      delete process.env.QFIN_CACHE_DIR;
    }
  });

  it('writes the whole load once: a load repeated in process leaves the stored load as written', () => {
    const dir = temp();
    process.env.QFIN_CACHE_DIR = dir;
    try {
      loadKnowledge([RELEASE]);
      const [entry] = readdirSync(dir).filter((f) => f.startsWith('loaded-'));
      const then = new Date('2020-01-01');
      utimesSync(join(dir, entry!), then, then);
      loadKnowledge([RELEASE]);
      expect(statSync(join(dir, entry!)).mtimeMs).toBe(then.getTime());
    } finally {
      delete process.env.QFIN_CACHE_DIR;
    }
  });

  it('opens from the cache alone only when it holds every release, and gives the same answers then', async () => {
    const dir = temp();
    const other = join(temp(), 'release.md');
    copyFileSync(RELEASE, other);
    process.env.QFIN_CACHE_DIR = dir;
    try {
      // Nothing cached: no knowledge from the cache, and openBot parses.
      expect(loadCached([RELEASE])).toBeNull();
      const parsed = await openBot({ releases: [RELEASE] });
      const fromCache = loadCached([RELEASE]);
      expect(fromCache?.kb.facts.length).toBe(parsed.kb.facts.length);
      // One of two releases cached is not enough: the other must be read.
      expect(loadCached([RELEASE, other])).toBeNull();
      const again = await openBot({ releases: [RELEASE] });
      const q = 'What was Q1 referral revenue YoY?';
      expect(again.engine.ask(q, 'c1')).toEqual(parsed.engine.ask(q, 'c2'));
      // A changed release is not served from the cache.
      writeFileSync(other, readFileSync(other, 'utf8').replaceAll('548,824', '548,825'));
      await openBot({ releases: [other] });
      writeFileSync(other, readFileSync(other, 'utf8').replaceAll('548,825', '548,826'));
      expect(loadCached([other])).toBeNull();
    } finally {
      delete process.env.QFIN_CACHE_DIR;
    }
  });

  it('is no reason to fail: an unwritable cache directory just means parsing', () => {
    const file = join(temp(), 'not-a-dir');
    writeFileSync(file, 'x');
    expect(load(RELEASE, join(file, 'cache')).parsed).toBe(1);
    expect(load(RELEASE, join(file, 'cache')).parsed).toBe(1);
  });
});
