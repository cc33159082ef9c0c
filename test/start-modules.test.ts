// What a fresh `qfin ask` loads once its caches are warm: the schemas' library (zod) and the release
// readers (parse5) belong to parsing a release, which a cached start never does, fuse.js to a
// misspelt name, and natural's stemmer to a word no run stemmed before (the stems are kept). Run with a module preloaded from the project, as this test does, `qfin` once crashed
// (a V8 flag set at run time).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function ask(cacheDir: string, preload: string[] = []) {
  return spawnSync(process.execPath, [...preload, 'bin/qfin.js', 'ask', 'What was total net revenue in Q1 2024?'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, QFIN_CACHE_DIR: cacheDir },
    timeout: 30_000,
  });
}

describe('a warm start', () => {
  it('answers without loading zod, the release parser, fuse.js or the stemmer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qfin-start-'));
    expect(ask(dir).status).toBe(0); // fills the caches
    const r = ask(dir, ['--require', './test/support/loaded-files.cjs']);
    expect(r.stdout).toContain('RMB4,153.2 million');
    const loaded = JSON.parse(/^LOADED (.*)$/m.exec(r.stderr)?.[1] ?? '[]') as string[];
    // The list is real: it holds the bundle's loader (decimal.js is in the bundle).
    expect(loaded.some((f) => f.endsWith('/bin/bundle.js'))).toBe(true);
    expect(loaded.some((f) => f.includes('/node_modules/decimal.js/'))).toBe(false);
    expect(loaded.filter((f) => /\/node_modules\/(?:zod|parse5|fuse\.js|natural)\//.test(f))).toEqual([]);
  });
});
