// A fixed-width statement whose period header is centred over two year columns, with the rule under it as
// wide as both ("Three months ended" over 2025 and 2024): it heads both, so the prior year's figures load
// (they were left out as "a year alone"). Japanese releases print a minus as "△" or "▲".
// Synthetic issuers, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value')?.value.toString();

describe('a period header centred over two years, underlined by one rule; "△" negatives', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'HIBARI SEIKO CO., LTD.',
      '',
      'Hibari Seiko today announced consolidated results for the quarter ended September 30, 2025.',
      '',
      'CONSOLIDATED STATEMENTS OF INCOME',
      '(Millions of yen)',
      '',
      '                                        Three months ended        Six months ended',
      '                                          September 30,             September 30,',
      '                                        ---------------------   ---------------------',
      '                                             2025       2024         2025       2024',
      '                                        ---------  ---------   ---------  ---------',
      'Net sales                                  52,410     48,905      101,220     95,730',
      'Operating profit                            4,815      4,102        9,044      8,310',
      'Non-operating income (expenses), net         △318        207         △590        415',
      'Profit attributable to owners of parent     3,120      2,980        5,861      5,602',
    ], 'hibari.txt');
  });

  it('reads the prior year\'s quarter and half beside this year\'s', () => {
    expect(r.skipped).toEqual([]);
    expect([value(r, 'net_sales', '2025Q3'), value(r, 'net_sales', '2024Q3')]).toEqual(['52410', '48905']);
    expect(r.facts.some((f) => f.metric === 'net_sales' && f.period.kind === 'duration' && f.period.months === 6 && f.period.end === '2024-09-30' && f.value.toString() === '95730')).toBe(true);
  });

  it('reads "△318" as minus 318', () => {
    expect([value(r, 'non_operating_income_expenses_net', '2025Q3'), value(r, 'non_operating_income_expenses_net', '2024Q3')]).toEqual(['-318', '207']);
  });
});

describe('a second layout: "=" rules, headers on one line each, "▲" for a loss', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'SUZURAN FOODS INC.',
      '',
      'Suzuran Foods today reported results for the third quarter ended December 31, 2025.',
      '',
      '',
      'CONSOLIDATED RESULTS (In millions of yen)',
      '',
      '                        Three Months Ended Dec. 31     Nine Months Ended Dec. 31',
      '                        ==========================     =========================',
      '                            2025          2024             2025          2024',
      'Revenue                   104,310        99,020          310,442       296,118',
      'Operating income            6,120         5,877           18,204        17,655',
      'Net income                  3,905        ▲1,230           11,930        ▲2,410',
    ], 'suzuran.txt');
  });

  it('reads both years of the quarter and of the nine months, a loss as negative', () => {
    expect(r.skipped).toEqual([]);
    expect([value(r, 'revenue', '2025Q4'), value(r, 'revenue', '2024Q4'), value(r, 'net_income', '2024Q4')]).toEqual(['104310', '99020', '-1230']);
    const nine = (y: string) => r.facts.find((f) => f.metric === 'net_income' && f.period.kind === 'duration' && f.period.months === 9 && f.period.end === `${y}-12-31`)?.value.toString();
    expect([nine('2025'), nine('2024')]).toEqual(['11930', '-2410']);
  });
});
