// A row's own unit outranks the table's: a per-share line under a corner that states the table's scale
// ("Particulars (₹ crore)") is an amount per share, never in crore, and a line printed in cents with a
// remark beside its unit ("(cents, fully franked)") is in cents, never in dollars. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const bank = (corner: string, eps: string) => [
  '# Vindhya Mercantile Bank Limited',
  '## Press Release — Financial Results for the Quarter ended September 30, 2031 (Q2FY32)',
  '',
  `| ${corner} | Q2FY32 | Q1FY32 | Q2FY31 |`,
  '|---|---:|---:|---:|',
  '| Net Interest Income | 4,224 | 4,054 | 3,734 |',
  '| Net profit | 1,815 | 1,682 | 1,571 |',
  `| ${eps} | 11.42 | 10.59 | 9.91 |`,
];

describe('a per-share line under a corner stating the table scale', () => {
  it.each([
    ['Particulars (₹ crore)', 'EPS (₹, not annualised)', 'EPS?'],
    ['Particulars (₹ crore)', 'Earnings per share (₹)', 'EPS?'],
    ['(₹ crore)', 'Basic EPS (₹, not annualised)', 'basic EPS?'],
  ])('%s / %s: per share, never crore', (corner, eps, q) => {
    const a = inlineEngine(bank(corner, eps)).ask(q, 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('₹11.42');
    expect(a.text).not.toMatch(/crore/);
    expect(inlineEngine(bank(corner, eps)).ask('net profit?', 'b').text).toContain('₹1,815 crore');
  });
});

describe('a line printed in cents, with a remark beside its unit', () => {
  it('is said in cents, never in dollars', () => {
    const engine = inlineEngine([
      'KARRI RESOURCES LIMITED',
      '',
      'HALF-YEAR REPORT AND INTERIM DIVIDEND -- HALF-YEAR ENDED 31 DECEMBER 2031 ("1H FY32")',
      '',
      'All figures are in Australian dollars (A$) unless otherwise stated. Comparisons are with the half-year ended',
      '31 December 2030 ("1H FY31") unless otherwise stated.',
      '',
      '| A$ million | 1H FY32 | 1H FY31 |',
      '|---|---|---|',
      '| Revenue | 1,318.6 | 1,062.4 |',
      '| Statutory NPAT | 267.5 | 198.2 |',
      '| Basic earnings per share (cents) | 44.6 | 33.1 |',
      '| Interim dividend per share (cents, fully franked) | 12.0 | 8.0 |',
    ]);
    const a = engine.ask('interim dividend per share?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/12\.0 cents/);
    expect(a.text).not.toMatch(/A\$12/);
  });
});
