// Fixed-width statements in plain-text releases (synthetic issuers, made-up figures, written inline): a column
// of stated % changes set between period columns, negatives whose parentheses hang past their column, several
// tables in one run of lines, dates one space apart over their columns, and columns that cannot be told.
// Each column is found from where the digits of every row end; a table that cannot be placed is skipped and
// named by its line, and the tables beside it still load.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string, role = 'value') => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === role);
const value = (r: Release, metric: string, period: string, role = 'value') => fact(r, metric, period, role)?.value.toString();

describe('a column of stated changes between the period columns ("YoY", signed "+10.1%")', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'SYNTHETIC HARBOUR LOGISTICS REPORTS THIRD QUARTER 2025 RESULTS',
      '',
      'Synthetic Harbour Logistics today reported results for the third quarter ended September 30, 2025.',
      'Net revenue rose on higher container volumes through its two terminals.',
      '',
      '                         CONSOLIDATED RESULTS',
      '                          (US$ in millions)',
      '                                             Q3 2025    Q3 2024      YoY    Q2 2025',
      'Net revenue                                  2,318.4    2,104.9    +10.1%   2,250.7',
      'Operating costs                              1,911.0    1,780.3     +7.3%   1,862.6',
      'Finance costs                                   41.2       48.6    -15.2%      44.0',
      'Operating margin (%)                            17.6       15.4                17.2',
      'Profit for the period                          266.1      207.5    +28.2%     251.3',
      '',
      'REVENUE BY SEGMENT',
      '(US$ in millions)',
      '                                             Q3 2025    Q3 2024      YoY    Q2 2025',
      'Ports                                        1,402.3    1,290.0     +8.7%   1,371.4',
      'Shipping                                       916.1      814.9    +12.4%     879.3',
    ], 'synthetic.txt');
  });

  it('loads every table, each under its own title', () => {
    expect(r.skipped).toEqual([]);
    expect(r.tables.map((t) => t.title)).toEqual(['CONSOLIDATED RESULTS', 'REVENUE BY SEGMENT']);
  });

  it('reads each period column, in millions of dollars', () => {
    expect([value(r, 'net_revenue', '2025Q3'), value(r, 'net_revenue', '2024Q3'), value(r, 'net_revenue', '2025Q2')]).toEqual(['2318.4', '2104.9', '2250.7']);
    expect(fact(r, 'net_revenue', '2025Q3')!.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e6 });
    expect(value(r, 'ports', '2025Q2')).toBe('1371.4');
  });

  it('takes the % column as the change the release states, with its sign, and never as a period', () => {
    expect(value(r, 'net_revenue', '2025Q3', 'change')).toBe('10.1');
    expect(value(r, 'finance_costs', '2025Q3', 'change')).toBe('-15.2');
    expect(fact(r, 'finance_costs', '2025Q3', 'change')!.basis && periodKey(fact(r, 'finance_costs', '2025Q3', 'change')!.basis!)).toBe('2024Q3');
    expect(r.tables[0]!.columns.map((c) => (c.period ? periodKey(c.period) : null))).toEqual(['2025Q3', '2024Q3', null, '2025Q2']);
  });

  it('places a row that leaves the % column blank by where its figures stand', () => {
    expect([value(r, 'operating_margin', '2025Q3'), value(r, 'operating_margin', '2024Q3'), value(r, 'operating_margin', '2025Q2')]).toEqual(['17.6', '15.4', '17.2']);
  });
});

describe('negatives whose parentheses hang past their column, and dates one space apart', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'SYNTHETIC ORE HOLDINGS REPORTS FOURTH QUARTER 2025 RESULTS',
      '',
      'Synthetic Ore Holdings today reported results for the fourth quarter ended December 31, 2025.',
      '',
      '                 SELECTED FINANCIAL DATA (Unaudited)',
      '                          (In thousands)',
      '                                       Three Months Ended December 31,',
      '                                              2025         2024',
      'Revenue                                 12,881,204   11,904,377',
      'Cost of revenue                         (9,114,020)  (8,702,511)',
      'Net cash used in investing activities   (1,881,920) (12,004,377)',
      'Net loss                                  (402,118)     (96,004)',
      '',
      '                                          June 30, December 31,',
      '                                              2025         2024',
      'Cash and cash equivalents              $     641.2   $    702.9',
      'Total debt                                1,880.0      1,955.4',
      'Total equity                              3,112.5      2,987.1',
    ], 'synthetic.txt');
  });

  it('reads the statement whole: a "(" next to the column before it is no figure of that column', () => {
    expect(r.skipped).toEqual([]);
    expect(value(r, 'net_cash_used_in_investing_activities', '2025Q4')).toBe('-1881920');
    expect(value(r, 'net_cash_used_in_investing_activities', '2024Q4')).toBe('-12004377');
    expect(value(r, 'net_loss', '2024Q4')).toBe('-96004');
  });

  it('reads the table after it under its own dates, each date heading the column it ends over', () => {
    expect(r.tables).toHaveLength(2);
    expect(r.tables[1]!.columns.map((c) => c.header)).toEqual(['June 30, 2025', 'December 31, 2024']);
    expect(value(r, 'total_debt', '2025-06-30')).toBe('1880');
    expect(value(r, 'total_debt', '2024-12-31')).toBe('1955.4');
  });
});

describe('columns that cannot be told from where the figures stand', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'SYNTHETIC GROCERS REPORTS FOURTH QUARTER 2025 RESULTS',
      '',
      'Synthetic Grocers today reported revenue of $96.2 million for the fourth quarter ended December 31, 2025.',
      '',
      '                          STORE DATA',
      '                                     Dec. 31, 2025  Dec. 31, 2024',
      'Units shipped                                1,204            998',
      'Customers                                                  87,000       1,112',
      'Stores                                         420            415',
      '',
      '                        (In millions)',
      '                                           Three Months Ended',
      '                                          Dec. 31,     Dec. 31,',
      '                                              2025         2024',
      'Revenue                                       96.2         90.4',
      'Operating income                              11.3          9.8',
      'Net income                                     8.1          7.0',
    ], 'synthetic.txt');
  });

  it('skips that table, naming the line whose figure no column heads, and reads the table after it', () => {
    expect(r.skipped).toEqual([expect.objectContaining({ line: 8, reason: expect.stringContaining('"1,112" stands in a column with no header') })]);
    expect(r.facts.some((f) => f.citation.line >= 5 && f.citation.line <= 9)).toBe(false);
    expect(value(r, 'net_income', '2025Q4')).toBe('8.1');
  });
});

describe('"Three Months Ended" alone on its row, centred over two dates far apart (no rule under it)', () => {
  // It stood over the second column's edge only: the first date ("Sept. 30, 2026") was read as a balance date,
  // and "this quarter" answered with the June quarter's figure.
  const lines = [
    'SYNTHETIC CARDWORKS FINANCIAL CORP. REPORTS THIRD QUARTER 2026 RESULTS',
    '',
    'Synthetic Cardworks Financial Corp. today reported results for the third quarter ended',
    'September 30, 2026.',
    '',
    '',
    '                     CONDENSED CONSOLIDATED STATEMENTS OF INCOME',
    '                                 (Dollars in thousands)',
    '',
    '                                                 Three Months Ended',
    '                                      Sept. 30,              June 30,',
    '                                        2026                   2026',
    'Card fee income                        41,320                 38,905',
    'Interest income                        88,105                 85,410',
    'Total revenue                         129,425                124,315',
    'Net income                             28,330                 26,105',
  ];
  it('heads both columns: each is a quarter, and the release\'s quarter is the later', () => {
    const r = inlineRelease(lines, 'synthetic.txt');
    expect(r.tables[0]!.columns.map((c) => c.period)).toEqual([
      { kind: 'duration', end: '2026-09-30', months: 3 },
      { kind: 'duration', end: '2026-06-30', months: 3 },
    ]);
    expect(value(r, 'card_fee_income', '2026Q3')).toBe('41320');
    expect(inlineEngine(lines, 'synthetic.txt').ask('card fee income this quarter?', 'span-alone').text).toContain('41.3');
  });
});
