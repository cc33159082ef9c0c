// Where a table's scale is stated, and what is read when it is not: a currency sign attached to markdown cells
// ("$13,615", "$(2,600)", "**$ 90.1**"), an emphasised unit note ("*(in thousands; unaudited)*"), a bold HTML
// title with its note in plain type, and a statistics table with no note whose rows state their own units
// (read), or state none (left out by line, never given a guessed scale).
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const value = (r: Release, metric: string, key: string) => r.facts.find((f) => f.metric === metric && periodKey(f.period) === key && f.role === 'value');

describe('markdown cells with their currency sign, under an emphasised note', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Tamsin Outdoor Reports Second Quarter 2026 Results',
      '',
      'Tamsin Outdoor reported results for the second quarter ended June 30, 2026.',
      '',
      '## Statements of Operations',
      '',
      '*(in thousands; unaudited)*',
      '',
      '| | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Net sales | $48,215 | $ 44,930 |',
      '| Restructuring charges | $(1,240) | ($310) |',
      '| **Operating income** | **$ 6,412** | **$ 5,877** |',
    ]);
  });
  it('reads the figures, signs and all, at the note\'s scale', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'net_sales', '2026Q2')?.value.toString()).toBe('48215');
    expect(value(r, 'net_sales', '2025Q2')?.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e3 });
    expect(value(r, 'restructuring_charges', '2026Q2')?.value.toString()).toBe('-1240');
    expect(value(r, 'restructuring_charges', '2025Q2')?.value.toString()).toBe('-310');
    expect(value(r, 'operating_income', '2026Q2')?.value.toString()).toBe('6412');
  });
});

describe('a bold HTML title with its unit note after it', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(
      [
        '<html><body>',
        '<p>Wrenfield Pay reported results for the second quarter ended June 30, 2026.</p>',
        '<p><b>Condensed Statements of Operations</b> (in millions, unaudited)</p>',
        '<table>',
        '<tr><td></td><td>Three Months Ended June 30, 2026</td><td>Three Months Ended June 30, 2025</td></tr>',
        '<tr><td>Processing revenue</td><td>151.7</td><td>132.4</td></tr>',
        '<tr><td>Net income</td><td>12.9</td><td>9.6</td></tr>',
        '</table>',
        '</body></html>',
      ],
      'wrenfield.html',
    );
  });
  it('reads the table in millions', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'processing_revenue', '2026Q2')?.unit).toMatchObject({ kind: 'money', scale: 1e6 });
  });
});

describe('a statistics table with no unit note', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Ospray Air Reports Third Quarter 2026 Results',
      '',
      'Ospray Air reported results for the third quarter ended September 30, 2026.',
      '',
      '## Operating statistics',
      '',
      '| | Q3 2026 | Q3 2025 |',
      '|---|---:|---:|',
      '| Seats flown (thousands) | 9,210 | 8,874 |',
      '| Load factor (%) | 83.1 | 82.4 |',
      '| Cost per seat kilometre (cents) | 7.41 | 7.52 |',
      '| Total revenue per seat kilometre (cents) | 8.96 | 8.70 |',
      '| Average fare ($) | 128.40 | 124.15 |',
      '| Block hours | 96 | 91 |',
    ]);
  });
  it('reads the lines that state their units, in those units', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'seats_flown_thousands', '2026Q3')?.unit).toEqual({ kind: 'count', scale: 1e3, noun: 'count' });
    expect(value(r, 'load_factor', '2026Q3')?.unit).toEqual({ kind: 'percent' });
    expect(value(r, 'cost_per_seat_kilometre', '2026Q3')?.unit).toEqual({ kind: 'count', scale: 1, noun: 'cents' });
    expect(value(r, 'average_fare', '2026Q3')?.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1 });
  });
  it('leaves out by line a figure whose unit it cannot tell, with the reason', () => {
    expect(r.facts.some((f) => /block/.test(f.metric))).toBe(false);
    expect(r.tables[0]!.lines.find((l) => /Block/.test(l.label))?.exclusion).toMatch(/no unit/);
  });
  it('checks no rate per seat as the sum of the lines above it', () => {
    expect(r.tableMismatches).toEqual([]);
  });
});
