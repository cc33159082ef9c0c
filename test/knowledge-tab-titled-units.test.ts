// A tab-separated release whose section titles carry the table's unit in their last tab cell
// ("2. Income Statement<tab><tab><tab>(Unit: KRW billion)"), with "2Q27 YTD" columns beside the quarters:
// the title is a heading with its unit note, never a header row (read as one, no column named a period and
// the release did not load), and a quarter's year to date is the months to that quarter. Made-up issuer and figures.
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  'Hanbit Precision Co., Ltd.',
  '2Q 2027 Earnings Release',
  '',
  '1. Summary of 2Q27 Results',
  '',
  'Revenue reached KRW 1,204.5 billion in 2Q27.',
  '',
  '2. Consolidated Income Statement\t\t\t\t\t(Unit: KRW billion)',
  '',
  'Item\t2Q27\t1Q27\t2Q26\tQoQ\tYoY\t2Q27 YTD\t2Q26 YTD',
  'Revenue\t1,204.5\t1,100.0\t1,050.2\t9.5%\t14.7%\t2,304.5\t2,010.9',
  'Operating profit\t88.1\t70.4\t61.3\t25.1%\t43.7%\t158.5\t119.0',
  'Non-operating income (expense)\t△7.2\t3.1\t△1.0\t-\t-\t△4.1\t△2.2',
  '',
  '3. Statement of Financial Position\t\t\t(Unit: KRW billion)',
  '',
  'Item\tJun. 30, 2027\tDec. 31, 2026',
  'Total assets\t9,410.2\t9,002.7',
  '',
  '4. Revenue and Operating Profit by Division\t\t\t\t(Unit: KRW billion)',
  '',
  'Division\t\t2Q27\t1Q27\t2Q26',
  'Optics\tRevenue\t700.1\t650.0\t610.4',
  '\tOperating profit\t52.3\t40.2\t35.5',
  'Sensors\tRevenue\t504.4\t450.0\t439.8',
  '\tOperating profit\t35.8\t30.2\t25.8',
];

const value = (metric: string, months: number, end: string) =>
  // (The table's figures, stored in its billions.)
  inlineRelease(LINES, 'hanbit-2q27.tsv').facts.find((f) => f.source === 'table' && f.metric === metric && f.role === 'value' && f.period.kind === 'duration' && f.period.months === months && f.period.end === end);

describe('tab tables under titles that carry their unit', () => {
  it('loads, the quarter and its year to date each read in KRW billions', () => {
    expect(value('revenue', 3, '2027-06-30')?.value.toString()).toBe('1204.5');
    expect(value('revenue', 6, '2027-06-30')?.value.toString()).toBe('2304.5');
    expect(value('revenue', 6, '2026-06-30')?.value.toString()).toBe('2010.9');
    expect(value('non_operating_income_expense', 3, '2027-06-30')?.value.toString()).toBe('-7.2');
  });

  it('answers the year to date with its citation', () => {
    const a = inlineEngine(LINES, 'hanbit-2q27.tsv').ask('revenue year to date 2027', 'c');
    expect(a.text).toMatch(/KRW ?2,304\.5 billion/);
    expect(a.citations?.[0]?.line).toBe(11);
  });

  it('reads a table with two label columns, the first naming each group of rows', () => {
    const a = inlineEngine(LINES, 'hanbit-2q27.tsv').ask('sensors operating profit 2Q26', 'c');
    expect(a.text).toContain('KRW 25.8 billion');
    expect(a.citations?.[0]?.line).toBe(26);
  });

  it('reads a quarter beside YTD as the year to that quarter', () => {
    const c = { kind: 'duration', end: '2027-06-30', months: 3 } as const;
    const spans = (t: string) => findPeriods(t, c).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    expect(spans('3Q26 YTD')).toEqual(['9M-2026-09-30']);
    expect(spans('Q2 2027 YTD')).toEqual(['6M-2027-06-30']);
    expect(spans('YTD 2Q26')).toEqual(['6M-2026-06-30']);
    expect(spans('2Q27')).toEqual(['3M-2027-06-30']);
  });
});
