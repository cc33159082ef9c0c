// A plan's term dates no figure bought under it: in "Under the share buyback programme of up to EUR 500
// million ... running until 31 December 2026, the Company repurchased 1.02 million shares for EUR 91.6
// million in Q2 2026" the shares are the quarter's (they were dated 31 December 2026, and "shares
// repurchased in Q2" declined as given for that date). A share of the plan asked where no size and amount
// spent or left are read as figures is declined, never answered with the plan's words that leave the
// share out (hl21 v07). A synthetic release, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Meridal Group Reports Second Quarter 2026 Results',
  '',
  '| (EUR million) | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Group revenue | 2,384.0 | 2,323.0 |',
  '',
  'Under the share buyback programme of up to EUR 500 million announced in November 2025 and running until 31 December 2026, Meridal repurchased 1.02 million shares for EUR 91.6 million in Q2 2026; by 30 June 2026 it had bought 2.14 million shares for EUR 187.3 million in total, leaving EUR 312.7 million.',
];

describe("a plan's term in prose", () => {
  it('leaves the figures bought under the plan to the period they name', () => {
    const r = inlineRelease(LINES, 'meridal.md');
    const bought = r.facts.find((f) => f.value.toString() === '1.02');
    expect(bought && periodKey(bought.period)).toBe('2026Q2');
    expect(r.facts.some((f) => f.citation.line === 7 && periodKey(f.period) === '2026-12-31')).toBe(false);
  });
});

describe('a share of the plan that cannot be worked out', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES, 'meridal.md');
  });
  it('is declined, not answered with words that leave it out', () => {
    const a = engine.ask('how much of the buyback is left, and what % of the programme is done?', 'plan-terms-1');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/cannot work out what share of the plan/);
  });
});
