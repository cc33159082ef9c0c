// Charts outside the chat platforms: `qfin chart "QUESTION" -o FILE` as a user runs it (the compiled CLI
// in a child process), and the terminal chat, which saves an answer's chart in a directory and says where.
import { spawnSync } from 'node:child_process';
import { sharedEngine } from './support/engines.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../src/adapters/terminal/chat.js';
import { pngSize } from './support/png.js';

const run = (args: string[], cwd = process.cwd()) =>
  spawnSync(process.execPath, [join(process.cwd(), 'bin/qfin.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 30_000 });
const scratch = () => mkdtempSync(join(tmpdir(), 'qfin-chart-'));

describe('qfin chart', () => {
  it('writes the chart of a breakdown to the file named, and prints the answer with its sources', () => {
    const out = join(scratch(), 'revenue.png');
    const r = run(['chart', 'total net revenue breakdown', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Credit driven services: RMB3,016.3 million (72.6%)');
    expect(r.stdout).toContain('data/releases/qfin-2024q1.md:268');
    expect(r.stdout).toContain(`Saved the chart to ${out}`);
    expect(pngSize(readFileSync(out)).width).toBeGreaterThan(600);
  }, 40_000);

  it('says why, exits 1 and writes nothing when the answer has no chart', () => {
    const dir = scratch();
    const r = run(['chart', 'net income', '-o', join(dir, 'x.png')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('qfin: no chart for "net income"');
    expect(r.stderr).toContain('Net income was RMB1,160.1 million');
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
  }, 40_000);

  it('refuses a missing question, -o on another command, and a path it cannot write, each named', () => {
    expect(run(['chart']).stderr).toContain('chart needs a question');
    const misplaced = run(['ask', 'net income', '-o', 'x.png']);
    expect([misplaced.status, misplaced.stderr]).toEqual([2, expect.stringContaining('--output belongs to chart')]);
    const unwritable = run(['chart', 'revenue mix', '-o', join(scratch(), 'missing', 'x.png')]);
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/could not write the chart to .*missing\/x\.png/);
  }, 60_000);
});

describe('the terminal chat with a chart', () => {
  it('saves the chart in its files directory and says where', async () => {
    const dir = join(scratch(), 'files');
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = '';
    output.on('data', (d: Buffer) => (screen += d.toString()));
    const done = runChat(sharedEngine(), input, output, 'qfin-bot: test', { historyFile: null, env: {}, filesDir: dir });
    input.end('pie chart of the revenue mix\nnet income\n');
    expect(await done).toBe(0);
    const saved = /Saved the chart to (\S+\.png)/.exec(screen)?.[1];
    expect(saved, screen).toBeDefined();
    expect(saved!.startsWith(dir)).toBe(true);
    expect(pngSize(readFileSync(saved!)).height).toBeGreaterThan(300);
    // Only the chart question saved anything.
    expect(screen.match(/Saved the/g)).toHaveLength(1);
    expect(screen).toContain('Net income was RMB1,160.1 million');
  }, 30_000);
});
