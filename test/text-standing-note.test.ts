// A plain-text release that states its unit once, in a sentence of its preamble ("All figures are in NOK
// millions unless otherwise stated."), over fixed-width tables with no unit line of their own; ratio rows whose
// change is printed in points ("-0.9 pp") among them; a line that names its own dates under period-end
// columns. Each used to leave its table unread (no scale; the ratio rows taken for a header) or misdate a line.
// Synthetic issuer, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  'FJELLHAVN FORSIKRING ASA',
  '',
  'Bergen, 28 October 2026',
  '',
  'Fjellhavn Forsikring ASA today published its results for the third quarter of 2026. The financial',
  'year is the calendar year. All figures are in NOK millions unless otherwise stated. Results are',
  'reported under IFRS 17.',
  '',
  '',
  'THIRD QUARTER                                            Q3 2026     Q3 2025    Change',
  '----------------------------------------------------------------------------------------',
  'Insurance revenue                                          1,204       1,150      4.7%',
  'Claims ratio                                               68.4%       69.3%   -0.9 pp',
  'Cost ratio                                                 14.2%       14.0%   +0.2 pp',
  'Insurance service result                                     208         192      8.3%',
  'Profit before tax                                            301         277      8.7%',
  '----------------------------------------------------------------------------------------',
  '',
  '',
  'CAPITAL                                            30 Sep 2026  31 Dec 2025',
  '----------------------------------------------------------------------------------------',
  'Total assets                                              61,300      59,870',
  'Equity                                                     9,410       9,120',
  'Solvency ratio (30 Jun 2026 / 31 Dec 2025)                   194%        201%',
  '----------------------------------------------------------------------------------------',
];

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a plain-text release whose unit is stated once in its preamble', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease(LINES, 'fjellhavn.txt');
  });
  it('reads its tables at the stated scale and currency', () => {
    expect(r.skipped).toEqual([]);
    const revenue = fact(r, 'insurance_revenue', '2026Q3');
    expect(revenue?.value.toString()).toBe('1204');
    expect(revenue?.unit).toMatchObject({ kind: 'money', currency: 'NOK', scale: 1e6 });
    expect(fact(r, 'equity', '2026-09-30')?.unit).toMatchObject({ currency: 'NOK', scale: 1e6 });
  });
  it('reads rows after ratio rows with changes in points in the same table, the points never a % change', () => {
    expect(fact(r, 'profit_before_tax', '2025Q3')?.value.toString()).toBe('277');
    expect(fact(r, 'claims_ratio', '2026Q3')?.value.toString()).toBe('68.4');
    expect(r.facts.some((f) => f.metric === 'claims_ratio' && f.role === 'change')).toBe(false);
  });
  it('never dates a line that names its own dates by its column', () => {
    expect(r.facts.some((f) => f.source === 'table' && f.metric.startsWith('solvency_ratio'))).toBe(false);
  });
  it('answers from the table', () => {
    expect(inlineEngine(LINES, 'fjellhavn.txt').ask('profit before tax Q3 2026', 'a').text).toContain('NOK 301');
  });
});
