// The code cache of the CLI bundle (bin/bundle.js): a second start compiles nothing V8 cached, and a
// changed bundle is never run with the code of the one before, even when its length is the same (V8
// itself checks only the length of the source), whether the bundle is known by its bytes or by the
// build's stamp beside it (dist/code-version) with its size and time.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { loadBundle } = await import(new URL('../bin/bundle.js', import.meta.url).href);

describe('the bundle code cache', () => {
  const ambient = { cache: process.env['QFIN_CACHE'], dir: process.env['QFIN_CACHE_DIR'] };
  const dir = mkdtempSync(join(tmpdir(), 'qfin-code-'));
  // As dist/bundle/cli.cjs beside dist/code-version: the stamp is read from the bundle's parent.
  const bundle = join(dir, 'bundle', 'cli.cjs');
  const stamp = join(dir, 'code-version');
  mkdirSync(join(dir, 'bundle'));
  const url = pathToFileURL(bundle);
  beforeAll(() => {
    delete process.env['QFIN_CACHE'];
    process.env['QFIN_CACHE_DIR'] = join(dir, 'cache');
  });
  afterAll(() => {
    for (const [name, value] of [['QFIN_CACHE', ambient.cache], ['QFIN_CACHE_DIR', ambient.dir]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('runs the bundle from its cache once a run has saved it', () => {
    writeFileSync(bundle, 'module.exports.value = (() => "first")();\n');
    const first = loadBundle(url);
    expect(first.cached).toBe(false);
    first.save();
    const second = loadBundle(url);
    expect(second.cached).toBe(true);
    expect(second.exports.value).toBe('first');
  });

  it('never runs a changed bundle of the same length with the cached code', () => {
    writeFileSync(bundle, 'module.exports.value = (() => "first")();\n');
    loadBundle(url).save();
    writeFileSync(bundle, 'module.exports.value = (() => "other")();\n');
    const changed = loadBundle(url);
    expect(changed.exports.value).toBe('other');
    expect(changed.cached).toBe(false);
  });

  it('with a stamp, runs from the cache, and never a bundle changed since with the cached code', () => {
    const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
    writeFileSync(bundle, 'module.exports.value = (() => "built")();\n');
    writeFileSync(stamp, 'v1\n');
    at(bundle, 1000);
    at(stamp, 1001);
    loadBundle(url).save();
    expect(loadBundle(url).cached).toBe(true);
    // Edited after the build, same length: newer than the stamp, known by its bytes.
    writeFileSync(bundle, 'module.exports.value = (() => "edits")();\n');
    at(bundle, 1002);
    expect(loadBundle(url).exports.value).toBe('edits');
    // An edit the stamp was touched after: the bundle's time tells it from the one cached with that stamp.
    at(stamp, 1003);
    loadBundle(url).save();
    expect(loadBundle(url).cached).toBe(true);
    writeFileSync(bundle, 'module.exports.value = (() => "again")();\n');
    at(bundle, 1004);
    at(stamp, 1005);
    const again = loadBundle(url);
    expect(again.exports.value).toBe('again');
    expect(again.cached).toBe(false);
    rmSync(stamp);
  });

  it('gives a bundle the bundles beside it through __bundle, each loaded once (the CLI its chart libraries)', () => {
    writeFileSync(join(dir, 'bundle', 'side.cjs'), 'module.exports.made = Symbol("side");\n');
    writeFileSync(bundle, 'module.exports.side = () => __bundle("side.cjs");\n');
    const { exports } = loadBundle(url);
    expect(typeof exports.side().made).toBe('symbol');
    expect(exports.side().made).toBe(exports.side().made);
  });

  it('keeps no cache when caching is off', () => {
    process.env['QFIN_CACHE'] = '0';
    writeFileSync(bundle, 'module.exports.value = (() => "third")();\n');
    loadBundle(url).save();
    expect(loadBundle(url).cached).toBe(false);
    delete process.env['QFIN_CACHE'];
  });
});
