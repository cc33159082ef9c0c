// One line's figures for two periods in one sentence ("NT$6,480 million in 3Q26 and NT$17,950 million for the first
// nine months of 2026"): both are answered. The second had no phrase of its own and was lost, so "capex in the quarter
// and year to date?" gave the quarter and said the release gives no nine months' figure.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Lanhe Electronics Reports Third Quarter 2026 Results',
  '',
  'Synthetic Lanhe Electronics today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Capital Expenditures',
  '',
  'Capital expenditures were NT$6,480 million in 3Q26 and NT$17,950 million for the first nine months of 2026, mainly for new lines.',
]);

describe('two periods of one line in one sentence', () => {
  it('answers both figures asked', () => {
    const a = engine.ask('capex in the quarter and year to date?', 'two-periods');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('NT$6,480 million in Q3 2026');
    expect(a.text).toContain('NT$17,950 million in the 9 months ended September 30, 2026');
  });
});
