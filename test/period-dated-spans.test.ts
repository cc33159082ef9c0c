// Periods asked by their end date ("the quarter ended March 31, 2024"), spans compared whatever they are named,
// balance dates moved by a quarter or a year, and dates printed with dots ("31.12.2024"): what the answer's
// period says, and which figure a question is matched with.
import { describe, expect, it } from 'vitest';
import { dated, endMonth, monthCount, monthsOf, nominalKey, parseDate, periodLabel, priorQuarter, quarter, sameSpan, shift, yearAgo, type Period } from '../src/knowledge/period.js';

const instant = (date: string): Period => ({ kind: 'instant', date });
const span = (end: string, months: number, over: Partial<Extract<Period, { kind: 'duration' }>> = {}): Period => ({ kind: 'duration', end, months, ...over });

describe('a span asked by its end date', () => {
  it('is marked as such, and labelled by its end date, not as a calendar quarter or year', () => {
    expect(dated(quarter(2024, 1))).toEqual({ kind: 'duration', end: '2024-03-31', months: 3, dated: true });
    expect(periodLabel(dated(quarter(2024, 1)))).toBe('the quarter ended March 31, 2024');
    expect(periodLabel(dated(span('2024-06-30', 6)))).toBe('the 6 months ended June 30, 2024');
    expect(periodLabel(dated(span('2024-12-31', 12)))).toBe('the 12 months ended December 31, 2024');
  });

  it("a fiscal issuer's own period, and a balance date, are left as they are", () => {
    const fiscal = span('2023-12-30', 3, { fiscal: { year: 2024, quarter: 1 } });
    expect(dated(fiscal)).toEqual(fiscal);
    expect(dated(instant('2024-03-31'))).toEqual(instant('2024-03-31'));
  });

  it('moved back, a dated span stays dated; a named one stays named', () => {
    expect(priorQuarter(dated(quarter(2024, 2)))).toEqual({ kind: 'duration', end: '2024-03-31', months: 3, dated: true });
    expect(priorQuarter(quarter(2024, 2))).toEqual(quarter(2024, 1));
  });

  it("a fiscal half moved a quarter back is asked by its end date (as a name it would be the half itself); a fiscal quarter moved a month is not", () => {
    const half = span('2024-06-30', 6, { fiscal: { year: 2024 } });
    expect(shift(half, 3)).toEqual({ kind: 'duration', end: '2024-03-31', months: 6, dated: true });
    // A half to December moved back to June: as a name, "the six months to June 2024" would be a fiscal issuer's first half of 2024, another span.
    expect(nominalKey(shift(span('2024-12-31', 6, { fiscal: { year: 2025 } }), 6))).toBeNull();
    expect(nominalKey(span('2024-06-30', 6))).toBe('FY2024-6M');
    expect(shift(span('2024-06-30', 3, { fiscal: { year: 2024, quarter: 4 } }), 1)).toEqual({ kind: 'duration', end: '2024-05-31', months: 3 });
  });
});

describe('a split fiscal year\'s half', () => {
  it('named H1 or H2 only where it ends on a quarter\'s end', () => {
    expect(periodLabel(span('2024-09-30', 6, { fiscal: { year: 2025, split: true } }))).toBe('H1 2024/25');
    expect(periodLabel(span('2024-08-31', 6, { fiscal: { year: 2025, split: true } }))).toBe('6M 2024/25');
  });
});

describe('the same span, whatever it is named', () => {
  it('the same months to the same day are the same span', () => {
    expect(sameSpan(span('2027-06-30', 12, { fiscal: { year: 2027 } }), span('2027-06-30', 12))).toBe(true);
  });

  it('other months, another end, or a balance date are not', () => {
    expect(sameSpan(span('2024-06-30', 6), span('2024-06-30', 3))).toBe(false);
    expect(sameSpan(span('2024-06-30', 6), span('2023-06-30', 6))).toBe(false);
    expect(sameSpan(span('2024-06-30', 3), instant('2024-06-30'))).toBe(false);
    expect(sameSpan(instant('2024-06-30'), instant('2024-06-30'))).toBe(false);
  });

  it('months spanned (none for a balance date), and months counted to compare across years', () => {
    expect(monthsOf(span('2024-06-30', 6))).toBe(6);
    expect(monthsOf(instant('2024-06-30'))).toBe(0);
    expect(monthCount('2024-03-31') - monthCount('2023-12-31')).toBe(3);
    expect(endMonth(instant('2025-01-31')) - endMonth(span('2024-12-31', 3))).toBe(1);
  });
});

describe('a balance date moved', () => {
  it('a year back keeps its day (a 52/53-week year ends near it)', () => {
    expect(yearAgo(instant('2024-11-02'))).toEqual(instant('2023-11-02'));
  });

  it('a quarter back lands on the month end', () => {
    expect(priorQuarter(instant('2024-11-02'))).toEqual(instant('2024-08-31'));
  });
});

describe('dates printed with dots', () => {
  it.each([
    ['31.01.2024', '2024-01-31'],
    ['31.12.2024', '2024-12-31'],
  ])('%s is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['31.13.2024', '00.12.2024', '31.00.2024', '30.02.2024'])('%s is no date', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
