// A table's title set at the labels' margin that runs on over its first column ("Reconciliation of EBITDA adjusted
// to EBIT" above "in € million   Q3 2026 ...") is its title, not the first column's header: that header had read
// "Reconciliation of EBITDA adjusted to EBIT Q3 2026", words of no period, and the table was skipped. A header
// centred over its column and wider on both sides ("Previous (Nov 6)" over "595,000") heads that column, never the
// unit note's line's title. Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (title: string) => [
  'Synthetic Antriebstechnik SE – Quarterly Statement Q3 2026',
  'Mannheim, 29 October 2026',
  '',
  'Synthetic grows order intake by 7.3 % in the third quarter of 2026.',
  '',
  title,
  'in € million                     Q3 2026   Q3 2025    9M 2026   9M 2025',
  'EBITDA adjusted                    201.4     180.7      578.3     541.6',
  'Special items                       -8.2      -2.9      -19.6      -8.4',
  'EBITDA (reported)                  193.2     177.8      558.7     533.2',
  'Depreciation and amortisation      -64.3     -61.6     -197.7    -184.7',
  'EBIT                               128.9     116.2      361.0     348.5',
];

describe('a title at the margin running over the first column', () => {
  it.each([['Reconciliation of EBITDA adjusted to EBIT'], ['Reconciliation of adjusted EBITDA to EBIT (unaudited figures)'], ['EBIT bridge from EBITDA adjusted, third quarter']])('"%s": the table is read and cited', (title) => {
    const a = inlineEngine(release(title), 'synthetic.txt').ask('EBIT in Q3 2026', 'margin-title');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('€128.9 million');
    expect(a.citations[0]?.line).toBe(12);
  });

  it('a centred header on the unit note\'s line heads its column', () => {
    const lines = [
      'Synthetic Optics Co., Ltd. Consolidated Financial Results for the Nine Months Ended December 31, 2025',
      '',
      '1. Summary of results for the first nine months of FY2025 (April 1 - December 31, 2025)',
      '(Millions of yen; percentages are year-on-year changes)',
      '                                             9M FY2024          9M FY2025       YoY',
      '                                          (Apr-Dec 2024)     (Apr-Dec 2025)',
      'Revenue                                        412,380            448,915     +8.9%',
      'Operating profit                                38,204             45,871    +20.1%',
      'Profit before tax                               39,950             47,312    +18.4%',
      'Profit attributable to owners of the parent     27,416             33,208    +21.1%',
      'Basic earnings per share (yen)                  205.37             251.02',
      '',
      '',
      '6. Forecast for FY2025 (April 1, 2025 - March 31, 2026), revised upward',
      '(Millions of yen)                    Previous (Nov 6)     Revised      Change',
      'Revenue                                   595,000          610,000     +15,000',
      'Operating profit                           56,000           60,000      +4,000',
      'Profit attributable to owners              40,500           43,000      +2,500',
    ];
    const r = inlineRelease(lines, 'synthetic.txt');
    const skipped = r.skipped.find((s) => s.line >= 10);
    expect(skipped?.reason).toBe('no column header names a period ("Previous (Nov 6)", "Revised", "Change")');
  });
});
