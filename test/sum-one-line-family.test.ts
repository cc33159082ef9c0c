// "Sum of X over two quarters", X one line whose first word starts other lines too: the word is X's, no
// family's head. The lines sharing it were added instead ("sum of profit after tax in Q1 and Q2" gave profit
// before tax plus profit after tax, a confident wrong figure). A family said as such is still added.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Dunmere Bank Reports Second Quarter 2026 Results',
    '',
    'Synthetic Dunmere Bank today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q1 2026 |',
    '|---|---|---|',
    '| Net interest income | 410.0 | 395.0 |',
    '| Deposits from customers | 9,120.0 | 8,870.0 |',
    '| Deposits from banks | 640.0 | 710.0 |',
  ]);
});

let n = 0;
const ask = (q: string) => engine.ask(q, `one-line-family-${n++}`).text;

describe("a sum of one line whose first word heads a family", () => {
  it('adds the line over the quarters named, never the family', () => {
    for (const q of ['sum of deposits from customers in Q1 and Q2 2026', 'deposits from customers in Q1 and Q2 2026, add them up']) {
      const a = ask(q);
      expect(a).toContain('$17,990');
      expect(a).not.toMatch(/9,760|Deposits from banks/);
    }
  });

  it('one line, one period: asks which lines, never adds the family', () => {
    expect(ask('sum of deposits from customers in Q2 2026')).not.toMatch(/9,760|\$9\.76 billion/);
  });

  it('the family said by its head word alone is still added', () => {
    expect(ask('sum of all deposits lines in Q2 2026')).toMatch(/9,760|\$9\.76 billion/);
  });
});
