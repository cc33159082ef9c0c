// A fixed-width "Three Months Ended" alone on its row with no rule under it heads the run of columns it is
// centred over, not every headed column: a balance column set beside the quarters ("Dec. 31, 2025" of a
// balance-sheet block) keeps its date. Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period)?.value.toString();

describe('"Three Months Ended" centred over two quarters, a balance column beside them (no rule)', () => {
  const r = inlineRelease([
    'SYNTHETIC LOCKWOOD BANCORP REPORTS FIRST QUARTER 2026 RESULTS',
    '',
    'Synthetic Lockwood Bancorp today reported results for the first quarter ended March 31, 2026.',
    '',
    '                      FINANCIAL HIGHLIGHTS',
    '                      (Dollars in thousands)',
    '',
    '                                        Three Months Ended',
    '                                   Mar. 31,          Mar. 31,            Dec. 31,',
    '                                     2026              2025                2025',
    'Total loans                      4,812,300         4,390,115           4,755,020',
    'Total deposits                   5,630,870         5,201,440           5,588,310',
    'Total equity                       611,940           570,215             600,385',
  ], 'synthetic.txt');

  it('heads the two quarters it is centred over; the December column is a balance date', () => {
    expect(r.tables[0]!.columns.map((c) => c.period)).toEqual([
      { kind: 'duration', end: '2026-03-31', months: 3 },
      { kind: 'duration', end: '2025-03-31', months: 3 },
      { kind: 'instant', date: '2025-12-31' },
    ]);
    expect(value(r, 'total_deposits', '2025Q4')).toBeUndefined();
    expect(value(r, 'total_deposits', '2025-12-31')).toBe('5588310');
  });
});

describe('"Three Months Ended" centred over three quarters (no rule)', () => {
  const r = inlineRelease([
    'SYNTHETIC ORCHARD TRUST REPORTS FIRST QUARTER 2026 RESULTS',
    '',
    'Synthetic Orchard Trust today reported results for the first quarter ended March 31, 2026.',
    '',
    '                      (Dollars in thousands)',
    '',
    '                                               Three Months Ended',
    '                                   Mar. 31,          Dec. 31,            Mar. 31,',
    '                                     2026              2025                2025',
    'Net interest income                 61,204            60,410              57,930',
    'Noninterest income                  12,880            12,415              11,960',
    'Net income                          18,455            17,980              16,120',
  ], 'synthetic.txt');

  it('heads all three', () => {
    expect(r.tables[0]!.columns.map((c) => c.period)).toEqual([
      { kind: 'duration', end: '2026-03-31', months: 3 },
      { kind: 'duration', end: '2025-12-31', months: 3 },
      { kind: 'duration', end: '2025-03-31', months: 3 },
    ]);
    expect(value(r, 'net_income', '2025Q4')).toBe('17980');
  });
});
