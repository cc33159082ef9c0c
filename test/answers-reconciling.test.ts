// "What'd they back out to get there" after an adjusted line: its reconciling items, each cited, the reconciliation's
// arithmetic shown (intents/reconciling.ts, corpus test/corpus/reconciling.jsonl). It had been read as the adjusted
// line asked again, and the reply repeated its figure. "Tax rate they used on it?" then asks the rate the release
// states for the adjustments' tax effect, never the effective tax rate (a different measure).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { asksReconciling } from '../src/intents/reconciling.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Pellworth Goods Reports Third Quarter 2026 Results',
  '',
  'Synthetic Pellworth Goods today reported results for the third quarter ended September 30, 2026.',
  '',
  '| ($ in thousands, except per share data) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Income before income taxes | 40,000 | 36,000 |',
  '| Provision for income taxes | 9,200 | 8,000 |',
  '| Net income | 30,800 | 28,000 |',
  '| Diluted earnings per share | 0.77 | 0.70 |',
  '',
  'RECONCILIATION OF NET INCOME TO ADJUSTED NET INCOME (NON-GAAP)',
  '',
  '| ($ in thousands, except per share data) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net income (GAAP) | 30,800 | 28,000 |',
  '| Restructuring charges | 4,000 | 1,000 |',
  '| Tax effect of adjustments | (960) | (240) |',
  '| Adjusted net income (non-GAAP) | 33,840 | 28,760 |',
  '| Adjusted diluted earnings per share (non-GAAP) | 0.85 | 0.72 |',
  '',
];
const RATE = 'Adjusted net income excludes restructuring charges, net of the related tax effect calculated at a statutory rate of 24%.';

let n = 0;
const thread = (engine: Engine, ...qs: string[]) => {
  const c = `reconciling-${n++}`;
  return qs.map((q) => engine.ask(q, c));
};

describe('the reconciling items of an adjusted line', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = inlineEngine([...RELEASE, RATE], 'pellworth-2026q3.md');
  });

  it('"what\'d they back out to get there" after adjusted EPS lists the items, each cited, with the arithmetic', () => {
    const [, a] = thread(engine, 'adj EPS this q', "what'd they back out to get there");
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Restructuring charges: $4.00 million');
    expect(a!.text).toContain('Tax effect of adjustments: $-960 thousand');
    expect(a!.text).not.toMatch(/^Adjusted diluted earnings per share \(non-GAAP\) were/);
    expect(a!.citations.map((c) => c.line)).toEqual(expect.arrayContaining([16, 17, 18, 19]));
  });

  for (const q of ["what's the non-GAAP adjustment", "what's the adjustment", 'what are the adjustments?']) {
    it(`"${q}", naming no line: the reconciliation of the adjusted line, never a question among the adjusted lines`, () => {
      const [a] = thread(engine, q);
      expect(a!.status, a!.text).toBe('answer');
      expect(a!.text).toContain('Restructuring charges: $4.00 million');
    });
  }

  it('asked by name: "what do they add back to get adj net income"', () => {
    const [a] = thread(engine, 'what do they add back to get adj net income');
    expect(a!.text).toContain('Restructuring charges: $4.00 million');
    expect(a!.text).toContain('= $33.8 million');
  });

  it('"tax rate they used on it?" quotes the rate stated for the adjustments\' tax effect, never the effective tax rate', () => {
    const [, , a] = thread(engine, 'adj EPS this q', 'what did they back out', 'tax rate they used on it?');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('statutory rate of 24%');
    expect(a!.text).not.toContain('Effective tax rate');
    expect(a!.citations.some((c) => c.quote.includes('24%'))).toBe(true);
  });
});

describe('a release stating no rate for the adjustments', () => {
  it('declines naming it, never answering another rate', () => {
    const engine = inlineEngine(RELEASE, 'pellworth-norate-2026q3.md');
    const [, , a] = thread(engine, 'adjusted net income', 'what did they add back?', 'tax rate they used on it?');
    expect(a!.status).toBe('unknown');
    expect(a!.text).toContain('states no rate for the tax effect');
    expect(a!.text).not.toMatch(/\d+(?:\.\d+)?%/);
  });
});

describe('the reconciling-question rules, pinned by their corpus', () => {
  it('reads each example as the corpus says', () => {
    const rows = readFileSync('test/corpus/reconciling.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; asks: boolean });
    for (const r of rows) expect(asksReconciling(r.text), r.text).toBe(r.asks);
  });
});
