// In a plain-text release, a short bullet with no end stop ("* Interim dividend raised 8.0% to 8.1p (H1 2025:
// 7.5p)") was taken for a heading: its figures were not read, and the bullet after it was read as of a section
// named by its last parentheses ("Net debt ... in the H1 2025: 7.5p"). A bullet is a point of its list, never a
// heading. Synthetic releases, three bullet marks.
import { describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const release = (mark: string) => [
  'SYNTHETIC ASHCOMBE GROUP PLC',
  'Half-year results for the six months ended 30 June 2026',
  '',
  'Synthetic Ashcombe Group plc today announces its unaudited results for the six months ended 30 June 2026 ("H1 2026").',
  '',
  'HIGHLIGHTS',
  '',
  `${mark}Revenue of £212.6m, up 6.8% (H1 2025: £199.1m)`,
  `${mark}Operating margin of 14.1% (H1 2025: 13.5%)`,
  `${mark}Net debt of £141.2m at 30 June 2026 (31 December 2025: £104.9m); leverage of 1.0x`,
  '',
  'Trading in the second half has started in line with our expectations.',
  '',
  'SUMMARY INCOME STATEMENT',
  '',
  '                                              H1 2026     H1 2025     Change',
  '                                                   £m          £m          %',
  'Revenue                                         212.6       199.1        6.8',
  'Operating profit                                 30.0        26.9       11.5',
  'Profit before tax                                25.1        22.0       14.1',
  'Profit for the period                            18.8        16.5       13.9',
];

describe('a short bullet in a plain-text release', () => {
  it.each([' * ', '- ', '• '])('%j: each bullet is read under its own name', (mark) => {
    const r = inlineRelease(release(mark), 'synthetic.txt');
    const names = (line: number) => [...new Set(r.facts.filter((f) => f.citation.line === line).map((f) => f.metric))];
    expect(names(9)).toEqual(['operating_margin']);
    expect(names(10)).toEqual(['net_debt', 'leverage']);
  });
});
