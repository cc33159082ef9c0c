// A margin the release does not print, from two lines it does ("Non-GAAP operating income" over revenue):
// declined where the first revenue line found ("Total net revenue" of a breakdown whose columns are read
// as days) is dated otherwise than the numerator, though "Net revenue" of the same quarter is printed.
// The denominator is now the first revenue line with a figure of the numerator's period. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const pad = (label: string, ...cells: string[]) => label.padEnd(44) + cells.map((c) => c.padStart(16)).join('');
const lines = [
  'SYNTHETIC MORROWCAST DEVICES, INC. REPORTS FIRST QUARTER FISCAL 2027 RESULTS',
  '',
  'Synthetic Morrowcast Devices, Inc. today reported results for its first fiscal quarter ended September 27, 2026.',
  '',
  '                     CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS',
  '                      (in thousands, except per share data; unaudited)',
  '',
  '                                                      Three Months Ended',
  pad('', 'September 27,', 'September 28,'),
  pad('', '2026', '2025'),
  pad('Net revenue', '$ 250,000', '$ 200,000'),
  pad('Cost of revenue', '100,000', '90,000'),
  pad('Gross profit', '150,000', '110,000'),
  pad('Operating income', '40,000', '30,000'),
  '',
  '                               NET REVENUE BY PRODUCT LINE',
  '                                     (in thousands)',
  pad('', 'September 27,', 'September 28,'),
  pad('', '2026', '2025'),
  pad('Sensors', '$ 150,000', '$ 120,000'),
  pad('Controllers', '100,000', '80,000'),
  pad('Total net revenue', '$ 250,000', '$ 200,000'),
  '',
  '            RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES',
  '                      (in thousands; unaudited)',
  '                                                      Three Months Ended',
  pad('', 'September 27,', 'September 28,'),
  pad('', '2026', '2025'),
  pad('GAAP operating income', '$ 40,000', '$ 30,000'),
  pad('  Stock-based compensation', '10,000', '8,000'),
  pad('Non-GAAP operating income', '$ 50,000', '$ 38,000'),
];

describe('a margin of a non-GAAP line', () => {
  it('is computed over the revenue line of its own period', () => {
    const a = inlineEngine(lines, 'synthetic.txt').ask("what's the non-GAAP operating margin?", 'm');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('20.0%');
  });
});
