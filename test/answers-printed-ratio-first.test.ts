// "ACL to loans" was computed from the allowance and loan lines ("0.01x (1.2%)") where the release prints the rate
// itself, "Allowance for credit losses to total loans 1.21%" (hunt33 h33-012): a ratio of two lines is the release's
// own rate of the two, cited to its line, wherever it prints one for the period asked; computed only where it does not.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const BANK = [
  '# Synthetic Ashgrove Bancorp reports third quarter 2026 results',
  '',
  'Ashgrove Bancorp today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (Dollars in thousands) | September 30, 2026 | June 30, 2026 |',
  '|---|---:|---:|',
  '| Total loans | 17,204,310 | 16,982,455 |',
  '| Allowance for credit losses (ACL) | 208,172 | 203,790 |',
  '| Nonperforming loans | 106,700 | 93,400 |',
  '| Total deposits | 20,110,000 | 19,870,000 |',
  '',
  '| Asset quality | September 30, 2026 | June 30, 2026 |',
  '|---|---:|---:|',
  '| ACL to total loans | 1.21% | 1.20% |',
];

const ask = (q: string) => inlineEngine(BANK).ask(q, q);

describe('a ratio of two lines is the rate the release prints for them', () => {
  it.each(['ACL to loans', 'allowance for credit losses to total loans', 'ACL / total loans'])('"%s" is the printed 1.21 percent, cited to its line', (q) => {
    const a = ask(q);
    expect(a.text).toContain('1.21%');
    expect(a.text).not.toMatch(/0\.01x|1\.2%/);
    expect(a.citations.map((c) => c.line)).toEqual([14]);
  });

  it('answers the printed rate of the period asked', () => {
    expect(ask('ACL to loans at June 30, 2026').text).toContain('1.20%');
  });

  it('still computes a ratio the release prints no rate for', () => {
    const a = ask('NPL to loans');
    expect(a.text).toMatch(/0\.6%/);
    expect(a.citations.map((c) => c.line).sort()).toEqual([7, 9]);
  });
});
