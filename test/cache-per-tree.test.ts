// The compiled CLI (dist/) and the code as the tests run it (src/) hash as different code, so each keeps
// its own cache entry for a release: one reading never overwrites the other's, and neither parses again
// after the other has run (the suite's CLI children and its workers share node_modules/.cache).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { cachedRelease } from '../src/knowledge/cache.js';
import { readRelease } from '../src/knowledge/document.js';

const temp = () => mkdtempSync(join(tmpdir(), 'qfin-tree-'));

describe('a release cached by the compiled CLI and by the source in one cache directory', () => {
  const ambient = process.env['QFIN_CACHE'];
  beforeAll(() => {
    delete process.env['QFIN_CACHE'];
  });
  afterAll(() => {
    if (ambient === undefined) delete process.env['QFIN_CACHE'];
    else process.env['QFIN_CACHE'] = ambient;
  });

  it('is read from the cache by the source after `qfin check` has read it, with the same facts', () => {
    const [dir, file] = [temp(), join(temp(), 'release.md')];
    copyFileSync('data/releases/qfin-2024q1.md', file);
    let parsed = 0;
    const load = () =>
      cachedRelease(
        file,
        () => {
          parsed++;
          return buildRelease(readRelease(file));
        },
        dir,
      );
    const first = load();
    const cli = spawnSync(process.execPath, ['bin/qfin.js', '--release', file, 'check'], { encoding: 'utf8', env: { ...process.env, QFIN_CACHE_DIR: dir }, timeout: 60_000 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/: all checks pass \(/);
    const again = load();
    expect(parsed).toBe(1);
    expect(again.facts.map((f) => `${f.metric}|${f.value}|${f.citation.line}`)).toEqual(first.facts.map((f) => `${f.metric}|${f.value}|${f.citation.line}`));
  });
});
