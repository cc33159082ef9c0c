// Guidance asked of a line the release's outlook names only in a table the reader could not read: the table's
// heading lines, run together ("Revision of full-year consolidated earnings forecasts … Net sales Operating profit …
// Millions of yen"), were quoted as the answer, with status answer and no figure (hl36 kagawa, "full-year OP
// forecast?"). An answer to guidance carries a figure or a sentence that says what is expected; else it declines,
// naming the lines it could not read. The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const TANSHIN = [
  'Summary of Consolidated Financial Results for the Nine Months Ended December 31, 2026',
  '',
  'Company name:      Synthetic Hiroto Gears Co., Ltd.',
  '',
  '(1) Explanation of operating results',
  'Net sales for the nine months were 216,100 million yen, up 7.7% year on year.',
  'Gears: Net sales were 131,200 million yen (up 9.0%) and segment profit was 12,100 million yen.',
  'Bearings: Net sales were 84,900 million yen (up 5.7%) and segment profit was 8,300 million yen.',
  '',
  'Condensed consolidated balance sheets (Millions of yen)',
  '                                              As of March 31, 2026    As of December 31, 2026',
  'Cash and deposits                                           55,230                     48,412',
  'Inventories                                                 66,120                     74,335',
  'Total assets                                               285,117                    298,620',
  '',
  '(3) Explanation of consolidated earnings forecasts',
  'In view of the results for the nine months, the Company has revised the full-year',
  'forecasts announced on November 7, 2026 as follows.',
  '',
  'Revision of full-year consolidated earnings forecasts (April 1, 2026 to March 31, 2027)',
  '                                      Net sales   Operating profit   Ordinary profit   Profit attributable    EPS',
  '                                                                                       to owners of parent',
  '                                Millions of yen    Millions of yen   Millions of yen       Millions of yen    Yen',
  'Previous forecast (A)                   285,000             26,000            27,800                16,500  119.73',
  'Revised forecast (B)                    292,000             28,500            30,200                18,000  132.17',
  'Change (B-A)                              7,000              2,500             2,400                 1,500',
  'Change (%)                                  2.5                9.6               8.6                   9.1',
  '(Reference) Results for the',
  'fiscal year ended March 31, 2026        273,130             24,936            26,017                16,143  114.46',
  'We expect demand for bearings to stay firm through the fourth quarter.',
];

describe('guidance answered from quoted lines carries a figure or a sentence, else declines', () => {
  const engine = inlineEngine(TANSHIN, 'synthetic-hiroto-3q-fy2027.txt');
  it.each(['full-year OP forecast?', 'full-year operating profit forecast?'])('%s: no table heading quoted as the answer', (q) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('Millions of yen Millions of yen');
    // (It names what it could not read.)
    expect(a.text).toMatch(/couldn't read a figure for "full year operating profit".*lines? \d+/);
  });
  it('a sentence that says what is expected still answers a topic no figure takes (the seed\'s "risk metrics")', () => {
    const a = sharedEngine('data/releases/qfin-2024q1.md').ask('what do they expect for risk metrics', 'r');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('we expect to see further gradual improvement throughout this year.');
  });
});
