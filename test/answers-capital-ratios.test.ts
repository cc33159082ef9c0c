// A bank's capital ratios are distinct measures: "tier 1 capital ratio (risk-based)" was answered with the CET1
// ratio, a line sharing its words, though Tier 1 holds preferred stock CET1 leaves out. Synthetic issuer.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Larchmont Bancorp Reports Third Quarter 2026 Results', '',
  'Synthetic Larchmont Bancorp today reported results for the third quarter ended September 30, 2026.', '',
  '| Capital ratios | Sep 30, 2026 | Jun 30, 2026 |', '|---|---:|---:|',
  '| Common equity tier 1 (CET1) capital ratio | 11.42% | 11.35% |',
  '| Tier 1 leverage ratio | 9.61% | 9.55% |',
  '| Total risk-based capital ratio | 13.87% | 13.80% |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `cap-${n++}`);

describe('capital ratios answer only for themselves', () => {
  it.each(["what's the tier 1 capital ratio (risk-based)?", 'tier 1 ratio', 'tier 1 capital ratio risk-based', 'tier one capital ratio'])('%s → declined, never the CET1 or leverage ratio', (q) => {
    const a = ask(q);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/11\.42%|9\.61%/);
  });
  it('CET1 asked is never another ratio (the release\'s CET1 line may be offered back: "capital ratio" is more than "ratio")', () => {
    const a = ask('CET1 ratio');
    expect(a.text).toContain('11.42%');
    expect(a.text).not.toMatch(/9\.61%|13\.87%/);
  });
  it.each([
    ['tier 1 leverage ratio', '9.61%'],
    ['total capital ratio', '13.87%'],
  ])('%s → %s', (q, figure) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
  });
});
