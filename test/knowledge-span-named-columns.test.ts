// A span's name over a group of columns ("Nine months" above "9M 2025") dates nothing; months written out beside a
// fiscal quarter's name ("1Q (Apr-Jun)" under a March year's "FY2025") do: they date that quarter. Dropping them
// with the span names dated Apr-Jun as calendar Q1 and answered a fourth quarter the release does not give.
// Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const marchYear = [
  'SYNTHETIC LODGING HOLDINGS, INC.',
  'Consolidated Financial Results for the Nine Months Ended December 31, 2025 [Japanese GAAP]',
  '(Fiscal year ending March 31, 2026)',
  '',
  '(Amounts are in millions of yen, rounded down to the nearest million, unless otherwise noted.',
  ' "9M FY2025" is the nine months from April 1, 2025 to December 31, 2025; "9M FY2024" is the',
  ' nine months from April 1, 2024 to December 31, 2024.)',
  '',
  '1. CONSOLIDATED STATEMENT OF INCOME (cumulative)',
  '',
  '                                9M FY2024      9M FY2025     Change',
  'Net sales                         259,812        286,450      10.3%',
  'Cost of sales                     158,377        171,204',
  'Gross profit                      101,435        115,246      13.6%',
  'Operating profit                   28,831         36,315      26.0%',
  '',
  '2. QUARTERLY TREND (FY2025, three-month periods)',
  '',
  '                   1Q (Apr-Jun)   2Q (Jul-Sep)   3Q (Oct-Dec)',
  'Net sales                87,955         96,118        102,377',
  'Operating profit         10,065         12,044         14,206',
  '',
];

const groupHeader = [
  '<html><body><h1>Synthetic Tools Inc. Results for the Nine Months Ended September 30, 2026</h1>',
  '<table>',
  '<tr><th rowspan="2">(US$ in thousands)</th><th colspan="2">Nine months</th></tr>',
  '<tr><th>9M 2026</th><th>9M 2025</th></tr>',
  '<tr><td>Revenue</td><td>48,362</td><td>42,915</td></tr>',
  '</table></body></html>',
];

describe('period names over and beside columns', () => {
  it('a March year\'s quarters written with their months are its fiscal quarters, never calendar ones', () => {
    const engine = inlineEngine(marchYear, 'synthetic.txt');
    expect(engine.ask('net sales in 4Q FY2025 (jan-mar 26)?', 'q4').status).not.toBe('answer');
    expect(engine.ask('net sales 3Q FY2025', 'q3').text).toContain('¥102,377');
    expect(engine.ask('net sales Oct-Dec 2025', 'months').text).toContain('¥102,377');
    expect(engine.ask('net sales Apr-Jun 2025', 'first').text).toContain('¥87,955');
    expect(engine.ask('net sales Jan-Mar 2025', 'calendar-q1').status).not.toBe('answer');
  });

  it('"Nine months" spanning "9M 2026" and "9M 2025" leaves each column its own year', () => {
    const engine = inlineEngine(groupHeader, 'synthetic.html');
    expect(engine.ask('revenue in the nine months ended September 30, 2025', 'prior').text).toContain('$42.9 million');
    expect(engine.ask('revenue 9M 2026', 'current').text).toContain('$48.4 million');
  });
});
