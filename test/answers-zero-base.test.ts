// A base of nil is no base: a percentage change or a multiple is never taken from zero (Decimal's
// isPositive() holds for zero, which had printed "up Infinity%" from a sum of nil and "Infinity times"
// beside a nil line). Each handler that divides by a base is fed one: a sum's change, a ranking of two
// lines, a restatement of a figure first reported as nil. The releases are synthetic, written inline.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { groupByIssuer } from '../src/knowledge/companies.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

let goods: Engine;
let restated: Engine;
beforeAll(() => {
  goods = inlineEngine([
    '# Synthetic Goods Reports Second Quarter 2026 Results',
    '',
    'Synthetic Goods today reported results for the second quarter ended June 30, 2026.',
    '',
    '| (RMB in millions) | Q2 2025 | Q1 2026 | Q2 2026 |',
    '|---|---|---|---|',
    '| Sales and marketing expenses | 100.0 | 110.0 | 120.0 |',
    '| Impairment charges | 0.0 | 3.0 | 0.0 |',
    '| Net loss | (50.0) | (5.0) | 30.0 |',
    '| Other income | 10.0 | 5.0 | 10.0 |',
  ]);
  // The Cygnet pair of test/fixtures/history-marks/, with Q3 2025's other income first reported as nil.
  const read = (f: string) => readFileSync(`test/fixtures/history-marks/${f}`, 'utf8').split('\n');
  const q3 = read('cygnet-2025q3.md').flatMap((l) => (l.startsWith('| Net income') ? [l, '| Other income | 0.0 | 0.1 |'] : [l]));
  const q4 = read('cygnet-2025q4.md').flatMap((l) => (l.startsWith('| Net income') ? [l, '| Other income⁽¹⁾ | 0.4 | 0.2⁽¹⁾ | 0.1 |'] : [l]));
  restated = buildEngine(groupByIssuer([inlineRelease(q3, 'cygnet-2025q3.md'), inlineRelease(q4, 'cygnet-2025q4.md')]));
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `zero-base-${n++}`);

describe('a base of nil', () => {
  it("a sum's change from a total of nil is an amount, never a percentage", () => {
    const a = ask(goods, 'net loss plus other income qoq');
    expect(a.text.split('\n')[0]).toBe(
      'The sum of 2 lines was RMB40.0 million in Q2 2026, an increase of RMB40.0 million quarter over quarter from RMB0.00 in Q1 2026 (a percentage change is not meaningful from a zero or negative base).',
    );
    expect(a.text).not.toMatch(/Infinity|How:/);
  });

  it('two lines ranked, the smaller nil: ranked, and no multiple of nil', () => {
    const a = ask(goods, 'compare sales and marketing with impairment charges');
    expect(a.text).toBe('In Q2 2026, largest first:\n- Sales and marketing expenses: RMB120.0 million\n- Impairment charges: nil');
    expect(a.derivations).toEqual([]);
  });

  it('a restatement of a figure first reported as nil: the amount it changed by, no percentage', () => {
    const a = ask(restated, 'Q3 2025 other income now after the restatement, and by how much did it change');
    expect(a.text).toContain(
      'Other income in Q3 2025 is $200 thousand as restated in the Q4 2025 release, against nil first reported in the Q3 2025 release: an increase of $0.2 million.',
    );
    expect(a.text).not.toContain('Infinity');
  });
});
