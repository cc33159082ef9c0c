// A basis word (non-GAAP, adjusted, underlying) picks among the lines of the measure named; it never carries the
// answer to another measure that shares only the basis word (refiners/grouping.ts): "non-GAAP net income" is no
// non-GAAP operating income, "adjusted net income" no adjusted profit before tax, "underlying net profit" no
// pre-tax "Underlying profit" (hunt30 class H). A release printing the measure on that basis still answers it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let withNet: Engine;
beforeAll(() => {
  const rows = ['| Net income | 50.4 | 41.0 |', '| Non-GAAP operating income | 110.7 | 95.2 |', '| Adjusted profit before tax | 137.1 | 120.4 |', '| Underlying profit | 131.0 | 125.0 |'];
  const head = ['# Larchfield Tools Reports Third Quarter 2026 Results', '', 'Larchfield Tools today reported results for the third quarter ended September 30, 2026.', '', '(in millions of US dollars)', '', '| | Q3 2026 | Q3 2025 |', '|---|---|---|'];
  engine = inlineEngine([...head, ...rows], 'larchfield-basis-2026q3.md');
  withNet = inlineEngine([...head, ...rows, '| Non-GAAP net income | 88.8 | 70.1 |'], 'larchfield-basis-net-2026q3.md');
});
let n = 0;
const ask = (e: Engine, q: string) => e.ask(q, `basis-same-${n++}`);

describe('a basis word beside a measure', () => {
  it('declines where the release prints the measure on no such basis, never another measure on it', () => {
    for (const q of ['non-GAAP net income', 'adjusted net income', 'underlying net profit']) {
      const a = ask(engine, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).not.toMatch(/110\.7|137\.1|131\.0/);
    }
  });

  it("answers the measure's own line on that basis", () => {
    expect(ask(withNet, 'adjusted net income').text).toContain('88.8');
    expect(ask(engine, 'non-GAAP operating income').text).toContain('110.7');
  });
});
