// The terminal chat as a person at a terminal meets it: readline in terminal mode over TTY-like
// streams (keys in, screen out), with the real engine.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { sharedEngine } from './support/engines.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChat } from '../src/adapters/terminal/chat.js';
import { paint, styleFor, wrap } from '../src/adapters/terminal/render.js';
import type { Engine } from '../src/intents/answer.js';

const ESC = '\u001b[';

/** A terminal: what is typed goes in, what is shown is collected; `columns` wide. */
function terminal(columns = 100) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns, rows: 40 });
  let screen = '';
  output.on('data', (d: Buffer) => (screen += d.toString()));
  return { input, output, screen: () => screen };
}

const tick = () => new Promise((r) => setTimeout(r, 30));

async function session(engine: Engine, keys: string[], opts: { env?: NodeJS.ProcessEnv; historyFile?: string | null; columns?: number } = {}) {
  const t = terminal(opts.columns);
  const done = runChat(engine, t.input, t.output, 'qfin-bot: test', { env: opts.env ?? {}, historyFile: opts.historyFile ?? null });
  for (const k of keys) {
    t.input.write(k);
    await tick();
  }
  return { code: await done, screen: t.screen() };
}

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe('the terminal chat', () => {
  it('completes a metric name on Tab, from the end of the question', async () => {
    const { screen } = await session(engine, ['what were referral serv', '\t', '\r', '\u0004']);
    // Several names begin "referral serv": Tab completes what they share.
    expect(screen).toContain('what were referral services');
    expect(screen).toContain('RMB548.8 million');
  });

  it('lists the metric names a Tab could complete to', async () => {
    const { screen } = await session(engine, ['net inc', '\t', '\t', '\u0003']);
    expect(screen).toMatch(/net income attributable to shareholders/i);
    expect(screen).toMatch(/net income per ADS/i);
  });

  it('keeps questions between runs in its history file, recalled with the up arrow', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qfin-history-')), 'history');
    await session(engine, ['total net revenue Q1 2024\r', 'exit\r'], { historyFile: file });
    expect(readFileSync(file, 'utf8')).toBe('total net revenue Q1 2024\nexit\n');
    // A new run: ↑↑ recalls the question asked in the run before, Enter asks it again.
    const { screen } = await session(engine, [`${ESC}A`, `${ESC}A`, '\r', '\u0004'], { historyFile: file });
    expect(screen).toContain('RMB4,153.2 million');
  });

  it('colours on a terminal, and not at all with NO_COLOR set', async () => {
    const coloured = await session(engine, ['what is the weather?\r', '\u0004']);
    expect(coloured.screen).toMatch(/\u001b\[3\dm/);
    const plain = await session(engine, ['what is the weather?\r', '\u0004'], { env: { NO_COLOR: '1' } });
    // readline still moves the cursor; no colour or weight sequences (ESC [ n m) are written.
    expect(plain.screen).not.toMatch(/\u001b\[[\d;]*m/);
    expect(plain.screen).toContain('you> ');
  });

  it('wraps answers to the terminal width', async () => {
    const { screen } = await session(engine, ['summary\r', '\u0004'], { env: { NO_COLOR: '1' }, columns: 60 });
    const answerLines = screen.split('\n').filter((l) => !l.includes('you>') && !l.includes('\u001b'));
    expect(answerLines.length).toBeGreaterThan(5);
    for (const line of answerLines) if (!/\S{40}/.test(line)) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('says which keys work when asked for help, without talking of threads', async () => {
    const { screen } = await session(engine, ['help\r', '\u0004'], { env: { NO_COLOR: '1' } });
    expect(screen).toContain('Tab completes metric names');
    expect(screen).toMatch(/carry\s+on\s+from\s+the\s+last\s+answer/);
    expect(screen).not.toMatch(/thread/i);
  });

  it('leaves on Ctrl-C with exit code 130, and on Ctrl-D or "exit" with 0', async () => {
    expect((await session(engine, ['net inc', '\u0003'])).code).toBe(130);
    expect((await session(engine, ['\u0004'])).code).toBe(0);
    expect((await session(engine, ['exit\r'])).code).toBe(0);
  });

  it('keeps a history file it cannot write from stopping the chat', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qfin-history-'));
    writeFileSync(join(dir, 'file'), 'x');
    const { code, screen } = await session(engine, ['net income Q1 2024\r', '\u0004'], { historyFile: join(dir, 'file', 'history') });
    expect(code).toBe(0);
    expect(screen).toContain('RMB1,160.1 million');
  });
});

describe('wrapping', () => {
  it('breaks at spaces, indents continuation lines, and never cuts a word', () => {
    expect(wrap('aaa bbb ccc ddd', 8, '  ')).toEqual(['aaa bbb', '  ccc', '  ddd']);
    expect(wrap('short', 0)).toEqual(['short']);
    expect(wrap('x'.repeat(12), 8)).toEqual(['x'.repeat(12)]);
  });
});

describe('the terminal\'s style', () => {
  const tty = (columns?: number) => Object.assign(new PassThrough(), { isTTY: true, columns });

  it('reads a terminal reporting no width (0 or none) as 80 columns, not the narrowest wrap', () => {
    expect(styleFor(tty(0), {}).width).toBe(80);
    expect(styleFor(tty(undefined), {}).width).toBe(80);
    expect(styleFor(tty(12), {}).width).toBe(20);
  });

  it('leaves colour off when NO_COLOR, NODE_DISABLE_COLORS or FORCE_COLOR=0 says so', () => {
    expect(styleFor(tty(80), {}).color).toBe(true);
    for (const env of [{ NO_COLOR: '1' }, { NODE_DISABLE_COLORS: '1' }, { FORCE_COLOR: '0' }, { TERM: 'dumb' }]) expect(styleFor(tty(80), env).color).toBe(false);
  });

  it('paints by the style alone, one format at a time, whatever the process\'s own stdout and variables', () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '0';
    try {
      expect(paint({ color: true, width: 80 }, ['bold', 'cyan'], 'you> ')).toBe(`${ESC}1m${ESC}36myou> ${ESC}39m${ESC}22m`);
      expect(paint({ color: true, width: 80 }, 'dim', 'Sources:')).toBe(`${ESC}2mSources:${ESC}22m`);
      expect(paint({ color: false, width: 80 }, ['bold', 'cyan'], 'you> ')).toBe('you> ');
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});
