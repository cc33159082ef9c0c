// The chart libraries as the CLI loads them: bundled into dist/bundle/chart.cjs and compiled with V8's
// code cache (bin/bundle.js), where importing vega and vega-lite as installed cost ~170 ms of CPU in
// Node's ES-module loader. The bundle draws the very same PNG bytes as the installed libraries do, and keeps
// its own code cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/adapters/chart/render.js';
import { loadEngine } from '../src/bot.js';

const BIN = join(process.cwd(), 'bin/qfin.js');
const scratch = () => mkdtempSync(join(tmpdir(), 'qfin-chart-bundle-'));
/** The code cache entry bin/bundle.js keeps for a bundle file. */
const entryOf = (cache: string, file: string) => join(cache, `code-${createHash('sha256').update(join(process.cwd(), file)).digest('hex').slice(0, 32)}.v8`);
const CLI_ENTRY = 'dist/bundle/cli.cjs';
const CHART_ENTRY = 'dist/bundle/chart.cjs';

describe('the chart bundle', () => {
  it('draws in `qfin chart` the same PNG bytes as the installed libraries, and keeps its own code cache', async () => {
    const [dir, cache] = [scratch(), scratch()];
    const out = join(dir, 'mix.png');
    const run = () => spawnSync(process.execPath, [BIN, 'chart', 'chart the breakdown of total net revenue', '-o', out], { encoding: 'utf8', env: { PATH: process.env.PATH, QFIN_CACHE_DIR: cache }, timeout: 30_000 });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(entryOf(cache, CLI_ENTRY))).toBe(true);
    expect(existsSync(entryOf(cache, CHART_ENTRY))).toBe(true);
    const { chart } = loadEngine().ask('chart the breakdown of total net revenue', 'chart-bundle');
    expect(chart).toBeDefined();
    const drawn = await renderChart(chart!);
    expect(readFileSync(out).equals(drawn)).toBe(true);
    // From the code caches: the same bytes again.
    expect(run().status).toBe(0);
    expect(readFileSync(out).equals(drawn)).toBe(true);
  }, 60_000);
});
