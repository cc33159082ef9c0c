// An elliptical follow-up whose words name a part of the thread's line ("how much was capital light" after the
// loan volume) is that part, of the thread's kind: never another family's line whose name merely holds the
// same words (the capital-light fees). With no thread, the words keep the line they name. Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LENDER = [
  '# Synthetic Harbor Lending Announces Second Quarter 2026 Unaudited Financial Results',
  '',
  'Synthetic Harbor Lending today announced its unaudited financial results for the second quarter ended June 30, 2026.',
  '',
  '- Total loan volume was RMB50,000 million, and loan volume under the partner model was RMB30,000 million.',
  '',
  '| (RMB in thousands) | Q2 2025 | Q2 2026 |',
  '|---|---:|---:|',
  '| Service fees: | | |',
  '| Partner model | 880,000 | 910,000 |',
  '| Own balance sheet | 410,000 | 420,000 |',
  '| Total net revenue | 1,290,000 | 1,330,000 |',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(LENDER);
});

describe("a follow-up naming a part of the thread's line", () => {
  it('after the loan volume: the volume under the partner model, and its share of the total', () => {
    expect(engine.ask('total loan volume Q2 2026', 'part-1').text).toContain('RMB50,000 million');
    const part = engine.ask('how much was partner model', 'part-1').text;
    expect(part).toContain('RMB30,000 million');
    expect(part).not.toContain('910');
    expect(engine.ask('share?', 'part-1').text).toContain('60.0%');
  });

  it('with no thread, the line the words name', () => {
    expect(engine.ask('how much was partner model', 'part-2').text).toContain('RMB910.0 million');
  });

  it('after the revenue, the words name a revenue line already: kept', () => {
    engine.ask('total net revenue Q2 2026', 'part-3');
    expect(engine.ask('how much was partner model', 'part-3').text).toContain('RMB910.0 million');
  });
});
