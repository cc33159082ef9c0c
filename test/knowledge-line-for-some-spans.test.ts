// A line a table gives for some of its spans only: "Free cash flow" for the quarters, its nine-months cells
// blank, under "Q3 2026 | Q3 2025 | 9M 2026 | 9M 2025". The blank cells stopped the whole table ("missing figure
// in column '9M 2026'"). A row that fills every column of one span and leaves every column of another blank is
// read for the span it fills; a row that leaves one column of a span blank (a figure missing, or misplaced)
// still stops the table. (A synthetic issuer, made-up figures.)
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const table = (fcf: string) => [
  '# Brenmoor Rail reports third quarter 2026 results',
  '',
  'Revenue for the third quarter of 2026 was $812.4 million.',
  '',
  '(In millions of U.S. dollars)',
  '',
  '| | Q3 2026 | Q3 2025 | 9M 2026 | 9M 2025 |',
  '|---|---|---|---|---|',
  '| Revenue | 812.4 | 770.1 | 2,301.9 | 2,188.0 |',
  '| Operating income | 201.3 | 188.6 | 540.2 | 511.7 |',
  '| Cash flows from operating activities | 240.7 | 221.5 | | |',
  '| Less: Capital expenditures | (120.3) | (131.0) | | |',
  `| Free cash flow | ${fcf} |`,
  '',
];

describe('a line given for some spans only', () => {
  it('is read for the span it fills; the table is not skipped', () => {
    const r = inlineRelease(table('120.4 | 90.5 | |'), 'brenmoor-3q26.md');
    expect(r.skipped).toEqual([]);
    const fcf = r.facts.filter((f) => f.source === 'table' && f.metric === 'free_cash_flow' && f.role === 'value');
    expect(fcf.map((f) => [periodKey(f.period), f.value.toString()])).toEqual([['2026Q3', '120.4'], ['2025Q3', '90.5']]);
    expect(r.facts.find((f) => f.metric === 'revenue' && periodKey(f.period).includes('9M'))?.value.toString()).toBe('2301.9');
  });
  it('a row missing one column of a span it otherwise fills still stops the table', () => {
    const r = inlineRelease(table('120.4 | | 300.1 | 280.2'), 'brenmoor-3q26.md');
    expect(r.skipped.map((s) => s.reason).join(' ')).toMatch(/missing figure/);
  });
});
