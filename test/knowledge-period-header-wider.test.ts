// A text table whose period headers are wider than the figures under them ("H1 26/27" over "514", set flush
// right), the first starting left of its figures, where the row labels run, on the line that opens with the
// table's title ("Reconciliation of ...    H1 26/27   H1 25/26"). The first header was read as part of the
// title, its column had no header, and the whole table was skipped ("'514' stands in a column with no
// header"). A period read whole that ends over a column's edge heads that column. (A synthetic issuer,
// made-up figures.)
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const DOC = [
  'HALDERN STORES PLC  INTERIM RESULTS FOR THE 26 WEEKS TO 29 AUGUST 2026',
  '',
  'Haldern Stores plc announces its interim results for the 26 weeks ended 29 August 2026 ("H1 2026/27").',
  'Comparatives are for the 26 weeks ended 30 August 2025 ("H1 2025/26").',
  '',
  'CONDENSED GROUP INCOME STATEMENT (unaudited)',
  '',
  '                                              26 weeks to       26 weeks to',
  '                                           29 Aug 2026       30 Aug 2025',
  '                                                  GBPm              GBPm',
  '  Revenue                                        4,210             4,002',
  '  Operating profit                                 301               287',
  '  Profit before tax                                262               251',
  '',
  '',
  '  Reconciliation of statutory to adjusted operating profit         H1 26/27   H1 25/26',
  '                                                                       GBPm       GBPm',
  '  Statutory operating profit                                           301        287',
  '  Store impairment charges                                              17          9',
  '  Net gain on property disposals                                        (6)        (2)',
  '                                                                   -------    -------',
  '  Adjusted operating profit                                            312        294',
  '',
];

describe('a period header wider than its figures, starting where the labels run', () => {
  const r = inlineRelease(DOC, 'synthetic-haldern-h1.txt');
  const fact = (metric: string, end: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period).includes(end) && f.role === 'value');
  it('heads the column it ends over: the table is read, none skipped', () => {
    expect(r.skipped).toEqual([]);
  });
  it('gives each figure its own column\'s half, in millions of pounds, with its sign as printed', () => {
    const now = fact('store_impairment_charges', '2026')!;
    expect([now.value.toString(), now.unit]).toEqual(['17', expect.objectContaining({ kind: 'money', currency: 'GBP', scale: 1e6 })]);
    expect(now.period).toMatchObject({ kind: 'duration', months: 6 });
    expect(now.citation.line).toBe(19);
    expect(fact('store_impairment_charges', '2025')!.value.toString()).toBe('9');
    expect(fact('net_gain_on_property_disposals', '2026')!.value.toString()).toBe('-6');
  });
});
