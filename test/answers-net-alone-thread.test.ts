// "net?" after two lines a thread showed one by one: the first less the second, both cited. Unread, the word
// was dropped and the last line answered again (r57's DTA, DTL, "net?" repeated DTL).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Freight Corp Reports Second Quarter 2026 Results',
    '',
    'Synthetic Freight Corp today reported results for the second quarter ended June 30, 2026.',
    '',
    '($ in thousands)',
    '',
    '| | December 31, 2025 | June 30, 2026 |',
    '|---|---:|---:|',
    '| Derivative assets | 48,210 | 52,400 |',
    '| Derivative liabilities | 12,030 | 19,150 |',
    '| Total assets | 912,400 | 955,100 |',
  ]);
});

let n = 0;
const thread = (...qs: string[]) => {
  const id = `net-alone-${n++}`;
  return qs.map((q) => engine.ask(q, id)).at(-1)!;
};

describe('"net" alone after two lines is their difference', () => {
  it.each([
    [['derivative assets at June 30, 2026', 'and derivative liabilities?', 'net?']],
    [['derivative assets at June 30, 2026', 'derivative liabilities', "so what's the net figure"]],
  ])('%j', (qs) => {
    const a = thread(...qs);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$33.3 million');
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/52,400[\s\S]*19,150|19,150[\s\S]*52,400/);
  });

  it('after one line, "net?" names no second side: declined, never that line again', () => {
    const a = thread('total assets at June 30, 2026', 'net?');
    expect(a.status).not.toBe('answer');
  });
});
