// A fixed-width statement whose "Three Months Ended" is centred over three date columns with a rule under it as
// wide as all three: it overlaps the middle date only, and the outer dates ("Sept. 30, 2026") were read as
// balance dates, so the middle (prior) quarter was taken for the current one. A line named with its unit
// ("Nonperforming loans (000s)") is asked for by its name alone. Synthetic issuers, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const periods = (r: Release, metric: string) => r.facts.filter((f) => f.source === 'table' && f.metric === metric && f.role === 'value').map((f) => `${periodKey(f.period)}=${f.value.toString()}`);

const LARCH = [
  'LARCH CREEK BANCSHARES REPORTS THIRD QUARTER 2026 RESULTS',
  '',
  'Larch Creek Bancshares today reported results for the quarter ended September 30, 2026.',
  '',
  '                     CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)',
  '                           (Dollars in thousands)',
  '',
  '                                              Three Months Ended',
  '                                   ----------------------------------------',
  '                                   Sept. 30,      June 30,       Sept. 30,',
  '                                     2026           2026           2025',
  '                                   ---------      ---------      ---------',
  'Net interest income                   41,210         40,380         37,905',
  'Provision for credit losses            2,140          1,720          1,310',
  'Nonperforming loans (000s)          $ 18,400       $ 16,950       $ 12,700',
  'Nonperforming loans to total loans       0.45%          0.42%          0.34%',
  'Net income                            14,860         14,215         13,020',
];

describe('"Three Months Ended" centred over three dates under one rule', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease(LARCH, 'larch.txt');
  });

  it('heads every date column: each is a quarter, the latest the current one', () => {
    expect(periods(r, 'provision_for_credit_losses')).toEqual(['2026Q3=2140', '2026Q2=1720', '2025Q3=1310']);
  });

  it('answers "this quarter" from the September quarter, not the June one', () => {
    const a = inlineEngine(LARCH, 'larch.txt').ask('What was net income this quarter?', 'larch-ni');
    expect(a.text).toContain('14.9 million');
    expect(a.text).not.toContain('14.2');
  });

  it('names a line by its label without the unit note: "NPLs" is the amount, not the ratio', () => {
    expect(r.metrics.get('nonperforming_loans_000s')?.labels).toContain('Nonperforming loans');
    const a = inlineEngine(LARCH, 'larch.txt').ask('NPLs at 9/30/26?', 'larch-npl');
    expect(a.text).toMatch(/18[.,]4/);
    expect(a.text).not.toContain('0.45%');
  });
});

describe('a second layout: "Quarter Ended" over Dec./Sept./Dec. dates, "=" rule', () => {
  it('reads the December 2025 quarter as current and September as the prior quarter', () => {
    const r = inlineRelease([
      'PINEHOLT SUPPLY CO. FOURTH QUARTER RESULTS',
      '',
      'Pineholt Supply Co. today reported results for the quarter ended December 31, 2025.',
      '',
      '                 CONDENSED STATEMENTS OF OPERATIONS',
      '                      (In thousands of dollars)',
      '',
      '                                                Quarter Ended',
      '                                   ========================================',
      '                                   Dec. 31,       Sept. 30,      Dec. 31,',
      '                                     2025           2025           2024',
      'Net sales                            212,400        198,730        190,115',
      'Cost of sales                        141,380        133,260        128,470',
      'Operating income                      18,920         16,410         15,870',
    ], 'pineholt.txt');
    expect(periods(r, 'net_sales')).toEqual(['2025Q4=212400', '2025Q3=198730', '2024Q4=190115']);
  });
});
