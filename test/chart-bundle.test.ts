// The chart libraries as the CLI loads them: bundled into dist/bundle/chart.cjs and compiled with V8's
// code cache (bin/bundle.js), where importing vega and vega-lite as installed cost ~170 ms of CPU in
// Node's ES-module loader. The bundle draws the very same PNG bytes as the installed libraries do, keeps
// its own code cache, and the terminal chat loads it while it waits for a question, never when it ends first.
import { spawn, spawnSync } from 'node:child_process';
import { sharedEngine } from './support/engines.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/adapters/chart/render.js';

const BIN = join(process.cwd(), 'bin/qfin.js');
const scratch = () => mkdtempSync(join(tmpdir(), 'qfin-chart-bundle-'));
/** The code cache entry bin/bundle.js keeps for a bundle file. */
const entryOf = (cache: string, file: string) => join(cache, `code-${createHash('sha256').update(join(process.cwd(), file)).digest('hex').slice(0, 32)}.v8`);
const CLI_ENTRY = 'dist/bundle/cli.cjs';
const CHART_ENTRY = 'dist/bundle/chart.cjs';

/** `qfin chat` asked `question` once its prompt is out, then "exit" `pauseMs` after the answer. */
function chat(cache: string, question: string, pauseMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'chat'], { env: { PATH: process.env.PATH, QFIN_CACHE_DIR: cache, QFIN_HISTORY: '' }, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let step = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const prompts = out.split('you> ').length - 1;
      if (step === 0 && prompts === 1) child.stdin.write(`${question}\n`);
      if (step === 1 && prompts === 2) setTimeout(() => child.stdin.end('exit\n'), pauseMs);
      step = Math.max(step, prompts);
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

describe('the chart bundle', () => {
  it('draws in `qfin chart` the same PNG bytes as the installed libraries, and keeps its own code cache', async () => {
    const [dir, cache] = [scratch(), scratch()];
    const out = join(dir, 'mix.png');
    const run = () => spawnSync(process.execPath, [BIN, 'chart', 'chart the breakdown of total net revenue', '-o', out], { encoding: 'utf8', env: { PATH: process.env.PATH, QFIN_CACHE_DIR: cache }, timeout: 30_000 });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(entryOf(cache, CLI_ENTRY))).toBe(true);
    expect(existsSync(entryOf(cache, CHART_ENTRY))).toBe(true);
    const { chart } = sharedEngine().ask('chart the breakdown of total net revenue', 'chart-bundle');
    expect(chart).toBeDefined();
    const drawn = await renderChart(chart!);
    expect(readFileSync(out).equals(drawn)).toBe(true);
    // From the code caches: the same bytes again.
    expect(run().status).toBe(0);
    expect(readFileSync(out).equals(drawn)).toBe(true);
  }, 60_000);

  it('is loaded by the terminal chat while it waits for a question, and not by a chat that ends first', async () => {
    const idle = scratch();
    expect(await chat(idle, 'net income', 2_000)).toContain('Net income was RMB1,160.1 million');
    expect(existsSync(entryOf(idle, CHART_ENTRY))).toBe(true);
    // Input piped in: the chat ends as soon as it has answered.
    const brief = scratch();
    const piped = spawnSync(process.execPath, [BIN, 'chat'], { input: 'net income\n', encoding: 'utf8', env: { PATH: process.env.PATH, QFIN_CACHE_DIR: brief, QFIN_HISTORY: '' }, timeout: 30_000 });
    expect(piped.stdout).toContain('Net income was RMB1,160.1 million');
    expect(existsSync(entryOf(brief, CLI_ENTRY))).toBe(true);
    expect(existsSync(entryOf(brief, CHART_ENTRY))).toBe(false);
  }, 60_000);
});
