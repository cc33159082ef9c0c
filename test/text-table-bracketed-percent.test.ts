// A fixed-width summary table whose change column prints a fall as "(8.3%)" (hl42-004/009/011/017): the row was
// no row of figures, so it was taken for a header and every row below it was lost (statutory NPAT, EPS, the
// dividend, the tax rate). The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  'WANDOO MINERALS LIMITED',
  '',
  'HALF-YEAR RESULTS - HALF-YEAR ENDED 31 DECEMBER 2025',
  '',
  'All figures are in Australian dollars (A$) million unless otherwise stated. Comparisons are',
  'to the half-year ended 31 December 2024 (1H FY25) unless otherwise stated.',
  '',
  'GROUP FINANCIAL SUMMARY',
  '',
  '                                              1H FY26     1H FY25    Change',
  'Revenue                                       2,204.6     1,987.3     10.9%',
  'Underlying EBITDA                               901.2       812.4     10.9%',
  'Net finance costs                               (41.3)      (45.1)    (8.4%)',
  'Underlying NPAT                                 455.0       402.8     13.0%',
  'Statutory NPAT                                  431.9       402.8      7.2%',
  '',
  'Statutory EPS (cents)                           36.4        33.8      7.7%',
  'Effective tax rate (underlying)                 30.2%       30.4%',
];

describe('a change column printing a fall as "(8.4%)"', () => {
  it('reads the rows below it', () => {
    const facts = inlineRelease(RELEASE, 'wandoo-1hfy26.txt').facts.filter((f) => f.source === 'table' && f.role === 'value');
    const of = (metric: string) => facts.filter((f) => f.metric === metric).map((f) => f.value.toString());
    expect(of('net_finance_costs')).toEqual(['-41.3', '-45.1']);
    expect(of('statutory_npat')).toEqual(['431.9', '402.8']);
    expect(of('effective_tax_rate_underlying')).toEqual(['30.2', '30.4']);
  });

  it('answers the lines below it, and the fall as stated', () => {
    const engine = inlineEngine(RELEASE, 'wandoo-1hfy26.txt');
    expect(engine.ask('statutory NPAT % change vs pcp', 'a').text).toContain('7.2%');
    expect(engine.ask('statutory EPS', 'b').text).toContain('36.4 cents');
    expect(engine.ask('net finance costs change', 'c').text).toMatch(/8\.4%/);
  });
});
