// A figure asked "as originally reported" where only a later release is loaded: that release's comparative
// column may be restated (its header says so, or its notes), so the figure first reported is not known. It
// was answered with the later figure, a wrong number; now declined, naming the figure the release prints.
// Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  'VARGSUND INDUSTRI AB (PUBL) – INTERIM REPORT JANUARY–SEPTEMBER 2025',
  '',
  'Net sales increased by 6,4% in the third quarter. The 2024 income statement has been restated, see note 1.',
  '',
  'CONDENSED INCOME STATEMENT, MSEK',
  '',
  '                                        Q3 2025   Q3 2024',
  '                                                  restated',
  'Net sales                                 8 412     7 905',
  'Operating profit (EBIT)                   1 106       948',
  'Profit for the period                       801       688',
  'EPS, SEK                                   1,94      1,67',
];

describe('"as originally reported" with no release of that period loaded', () => {
  it('declines the comparative figure, naming what the later release prints', () => {
    const a = inlineEngine(RELEASE, 'vargsund.txt').ask('what was Q3 2024 net sales as originally reported?', 't');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('as first reported: no release of that period is loaded');
    expect(a.text).toContain('SEK 7,905');
  });
  it("answers the release's own quarter, which it first reports", () => {
    const a = inlineEngine(RELEASE, 'vargsund.txt').ask('Q3 2025 net sales as first reported', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('SEK 8,412');
  });
});
