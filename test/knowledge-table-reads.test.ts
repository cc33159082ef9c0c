// Tables read whole or named where they are not (synthetic issuers, made-up figures, written inline): a
// sentence set on its own line above a fixed-width table, dates written day first over narrow columns,
// half-year columns after a column of stated changes, a markdown unit note with a remark beside it, and the
// load checks that must not cry wolf (a total under a line it does not add) nor stay silent (a column or
// lines left unread).
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/knowledge/checks.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string, role = 'value') => r.facts.find((f) => f.metric === metric && periodKey(f.period) === period && f.role === role);
const value = (r: Release, metric: string, period: string, role = 'value') => fact(r, metric, period, role)?.value.toString();
const issues = (r: Release) => runChecks(r).issues.map((i) => `${i.check}: ${i.message}`);

describe('a sentence on a line of its own between two fixed-width tables', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'ORVALDI MINERACAO REPORTS SECOND QUARTER 2026 RESULTS',
      '',
      'Orvaldi Mineracao today reported results for the second quarter ended June 30, 2026.',
      '',
      'OPERATING DATA',
      '(In thousands of Brazilian reais - R$ thousand)',
      '',
      '                                                  2Q26          2Q25',
      '                                          ------------  ------------',
      'Ore sales                                     812,400       744,150',
      'Royalties paid                                 40,620        37,208',
      'Freight costs                                  96,310        88,745',
      '',
      'Net debt: R$612.4 million in 2Q26, R$655.0 million in 2Q25.',
      '',
      'CONDENSED BALANCE SHEET',
      '(In thousands of Brazilian reais - R$ thousand)',
      '',
      '                                           June 30,  December 31,',
      '                                               2026          2025',
      '                                       ------------  ------------',
      'Cash and cash equivalents                 415,900       388,020',
      'Borrowings                              1,204,300     1,251,700',
      'Total equity                            2,087,450     1,990,310',
    ], 'orvaldi.txt');
  });

  it('reads the sentence as prose, not as the next table\'s column headers', () => {
    expect(r.skipped).toEqual([]);
    expect(r.tables.map((t) => t.title)).toEqual(['OPERATING DATA', 'CONDENSED BALANCE SHEET']);
    expect(r.tables[1]!.columns.map((c) => c.header.trim())).toEqual(['June 30, 2026', 'December 31, 2025']);
  });

  it('loads the balance sheet under its dates and keeps the sentence citable on its own line', () => {
    expect([value(r, 'borrowings', '2026-06-30'), value(r, 'borrowings', '2025-12-31')]).toEqual(['1204300', '1251700']);
    expect(r.facts.some((f) => f.citation.line === 14 && f.source === 'narrative')).toBe(true);
  });
});

describe('column headers written as dates day first, wider than the figures under them', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'KESTREL COOPERATIVE BANK: RESULTS FOR THE QUARTER ENDED 31 DECEMBER 2026',
      '',
      'Kestrel Cooperative Bank today announced its results for the quarter ended 31 December 2026.',
      '',
      'SELECTED RATIOS',
      '',
      '                                             Quarter ended Quarter ended Quarter ended',
      '                                                  31.12.2026    31.12.2025    30.09.2026',
      '                                                ------------  ------------  ------------',
      'Return on assets (%)                                    1.12          0.98          1.07',
      'Loan to deposit ratio (%)                              81.40         79.25         80.60',
      'Cost to income ratio (%)                               42.30         48.90         44.10',
      '',
      'BALANCE SHEET EXTRACT',
      '(EUR in millions)',
      '',
      '                                               30 Dec 2026   31 Dec 2025',
      '                                              ------------  ------------',
      'Customer deposits                                 9,804.2       9,311.7',
      'Loans to customers                                7,980.6       7,379.5',
      'Total assets                                     12,640.8      11,902.3',
    ], 'kestrel.txt');
  });

  it('reads every ratio column, the first one too, at the date it names', () => {
    expect(r.skipped).toEqual([]);
    expect([value(r, 'loan_to_deposit_ratio', '2026Q4'), value(r, 'loan_to_deposit_ratio', '2025Q4'), value(r, 'loan_to_deposit_ratio', '2026Q3')]).toEqual(['81.4', '79.25', '80.6']);
  });

  it('reads a two-column extract headed "30 Dec 2026", and checks no sum its lines do not make', () => {
    expect([value(r, 'total_assets', '2026-12-30'), value(r, 'total_assets', '2025-12-31')]).toEqual(['12640.8', '11902.3']);
    expect(fact(r, 'customer_deposits', '2026-12-30')!.unit).toMatchObject({ kind: 'money', currency: 'EUR', scale: 1e6 });
    expect(issues(r)).toEqual([]);
  });
});

describe('half-year columns after a column of stated changes ("Var. %")', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'TUCANA SANEAMENTO - 2Q26 EARNINGS RELEASE',
      '',
      'Tucana Saneamento reported its results for the second quarter of 2026.',
      '',
      'INCOME STATEMENT',
      '(In thousands of Brazilian reais - R$)',
      '',
      '                                   2Q26        2Q25   Var. %        1H26        1H25   Var. %',
      '                             ----------  ----------  -------  ----------  ----------  -------',
      'Water and sewage revenue        604,220     571,310     5.8%   1,198,460   1,120,905     6.9%',
      'Operating costs                (380,150)   (366,020)    3.9%    (752,880)   (721,640)    4.3%',
      'Operating profit                224,070     205,290     9.1%     445,580     399,265    11.6%',
    ], 'tucana.txt');
  });

  it('reads the half-year columns as six months and the % columns as stated changes of their group', () => {
    expect(r.tables[0]!.columns.map((c) => (c.period ? periodKey(c.period) : null))).toEqual(['2026Q2', '2025Q2', null, '6M-2026-06-30', '6M-2025-06-30', null]);
    expect(value(r, 'water_and_sewage_revenue', '6M-2026-06-30')).toBe('1198460');
    expect(value(r, 'operating_profit', '6M-2026-06-30', 'change')).toBe('11.6');
    expect(periodKey(fact(r, 'operating_profit', '6M-2026-06-30', 'change')!.basis!)).toBe('6M-2025-06-30');
  });
});

describe('a markdown unit note with a remark beside it, cells with "$ " and bold', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Brannock Valve Reports Second Quarter 2026 Results',
      '',
      'Brannock Valve today reported results for the quarter ended June 30, 2026.',
      '',
      '## Condensed Statement of Operations',
      '',
      '(Unaudited) ($ in millions, except per share amounts)',
      '',
      '| | Three Months Ended June 30, 2026 | Three Months Ended June 30, 2025 |',
      '|---|---:|---:|',
      '| Revenue | $ 441.7 | $ 418.2 |',
      '| Cost of revenue | 290.3 | 281.6 |',
      '| **Net income** | **$ 37.9** | **$ 31.4** |',
      '| Diluted earnings per share | $ 1.21 | $ 0.99 |',
    ], 'brannock.md');
  });

  it('reads the scale from the note and every amount, bold or with its "$ " apart', () => {
    expect(fact(r, 'revenue', '2026Q2')!.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e6 });
    expect([value(r, 'revenue', '2026Q2'), value(r, 'net_income', '2026Q2'), value(r, 'net_income', '2025Q2')]).toEqual(['441.7', '37.9', '31.4']);
    expect(fact(r, 'net_income', '2026Q2')!.citation.line).toBe(13);
  });
});

describe('the load checks name what was not read, and check only sums the layout makes', () => {
  let noScale: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    noScale = inlineRelease([
      '# Pellworth Tools Reports Third Quarter 2026 Results',
      '',
      'Pellworth Tools ended the third quarter of 2026 with 1,240 employees.',
      '',
      '| | Q3 2026 | Q3 2025 |',
      '|---|---:|---:|',
      '| Net sales | 96.2 | 90.4 |',
      '| Operating income | 11.8 | 10.1 |',
      '| Diluted earnings per share | $ 0.54 | $ 0.47 |',
    ], 'pellworth.md');
    lostColumn = inlineRelease(LOST_COLUMN, 'ardle.txt');
    tampered = inlineRelease(TAMPERED, 'ardle-tampered.txt');
    segments = inlineRelease(SEGMENTS, 'ostrava.md');
  });

  it('a table most of whose amounts have no scale is not read, and is named, never loaded in silence', () => {
    expect(value(noScale, 'net_sales', '2026Q3')).toBeUndefined();
    expect(value(noScale, 'diluted_earnings_per_share', '2026Q3')).toBeUndefined();
    expect(issues(noScale)).toEqual([expect.stringMatching(/^table: the table at line 5 .* was not read: no unit note states the scale/)]);
  });

  let lostColumn: ReturnType<typeof inlineRelease>;
  const LOST_COLUMN = [
    'ARDLE FREIGHT THIRD QUARTER 2026 RESULTS',
    '',
    'Ardle Freight reported results for the quarter ended September 30, 2026.',
    '',
    'FLEET DATA',
    '(In millions of dollars)',
    '',
    '                                          Q3 2026       Q3 2025         T3 26',
    '                                     ------------  ------------  ------------',
    'Freight revenue                             512.6         488.1         470.3',
    'Fuel costs                                  140.2         151.9         148.0',
    'Total debt                                  820.0         835.5         801.2',
  ];

  it('a column whose header names no period is named with its lines; a total under lines far from it is not a failed sum', () => {
    const said = issues(lostColumn);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^table: column 4 \("T3 26"\) of the table at line 10 \("FLEET DATA"\) was not read: no period/);
    expect(value(lostColumn, 'total_debt', '2026Q3')).toBe('820');
  });

  let tampered: ReturnType<typeof inlineRelease>;
  const TAMPERED = [
    'ARDLE FREIGHT THIRD QUARTER 2026 RESULTS',
    '',
    'COSTS',
    '(In millions of dollars)',
    '',
    '                                          Q3 2026       Q3 2025',
    '                                     ------------  ------------',
    'Fuel costs                                  140.2         151.9',
    'Crew costs                                   88.4          85.0',
    'Total costs                                 228.7         236.9',
  ];

  let segments: ReturnType<typeof inlineRelease>;
  const SEGMENTS = [
    '# Ostrava Mutual Reports Third Quarter 2026 Results',
    '',
    '## Segment results',
    '',
    '(Dollars in millions)',
    '',
    '| | Premiums Q3 2026 | Premiums Q3 2025 | Combined ratio Q3 2026 | Combined ratio Q3 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Property | 611.5 | 580.2 | 92.4% | 95.0% |',
    '| Casualty | 402.9 | 377.6 | 98.1% | 99.3% |',
    '| Total | 1,014.4 | 957.8 | 94.7% | 96.7% |',
  ];

  it('a total beside a column of rates is checked on its amounts, and passes when they add up', () => {
    expect(issues(segments)).toEqual([]);
    expect(segments.tables[0]!.lines.find((l) => l.label === 'Total')!.children.map((l) => l.label)).toEqual(['Property', 'Casualty']);
  });

  it('a total its lines nearly make, one column off, is still reported', () => {
    expect(issues(tampered)).toEqual([expect.stringMatching(/^subtotal: Total costs \(line 10\) is not the sum of its lines \(8, 9\) in Q3 2026/)]);
  });
});

describe('a table whose unit note says its figures are percentages', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Corliss Mutual Reports Third Quarter 2026 Results',
      '',
      '## Underwriting ratios',
      '',
      '(in percent)',
      '',
      '| | Q3 2026 | Q3 2025 |',
      '|---|---:|---:|',
      '| Claims ratio | 61.7 | 64.2 |',
      '| Combined ratio | 90.4 | 93.9 |',
      '| Policies in force (thousands) | 812 | 790 |',
    ], 'corliss.md');
  });

  it('reads each figure as a percentage, and a line with a unit of its own in that unit', () => {
    expect(fact(r, 'combined_ratio', '2026Q3')).toMatchObject({ unit: { kind: 'percent' } });
    expect(value(r, 'claims_ratio', '2025Q3')).toBe('64.2');
    expect(r.facts.find((f) => f.metric.startsWith('policies_in_force') && periodKey(f.period) === '2026Q3')?.unit).toMatchObject({ kind: 'count', scale: 1e3 });
    expect(issues(r)).toEqual([]);
  });
});
