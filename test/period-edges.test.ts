// Period arithmetic at its edges, where a wrong answer would name the wrong period: dates written
// day-first with dots, every month's name, spacing as typed; impossible dates refused; issuers' own names
// for periods over two calendar years ("Q2 2025/26", "H1 2025/26"), and keys that never give a six-month
// period a quarter's identity.
import { describe, expect, it } from 'vitest';
import { monthNumber, parseDate, periodKey, periodLabel, type Period } from '../src/knowledge/period.js';
import { PeriodSchema } from '../src/knowledge/schemas.js';

describe('dates as releases write them', () => {
  it.each([
    ['30.09.2025', '2025-09-30'],
    ['1.2.2024', '2024-02-01'],
    ['29.02.2024', '2024-02-29'],
    ['March 31,  2024', '2024-03-31'],
    ['March  31, 2024', '2024-03-31'],
    ['31  March 2024', '2024-03-31'],
    ['31 March  2024', '2024-03-31'],
  ])('%j is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['31.02.2024', '29.02.2023', '01.13.2024', '00.01.2024', '31.00.2024'])('%j is no date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('every month by its name, and by its first three letters', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => {
      expect(parseDate(`${name} 15, 2024`), name).toBe(`2024-${String(i + 1).padStart(2, '0')}-15`);
      expect(monthNumber(name.slice(0, 3)), name).toBe(i + 1);
    });
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('Febr')).toBe(2);
    expect(monthNumber('Ma')).toBe(0);
    expect(monthNumber('Marchy')).toBe(0);
  });
});

const fiscal = (months: number, end: string, f: NonNullable<Extract<Period, { kind: 'duration' }>['fiscal']>): Period => ({ kind: 'duration', end, months, fiscal: f });

describe('an issuer whose year runs over two calendar years', () => {
  it.each([
    [fiscal(3, '2025-09-30', { year: 2026, quarter: 2, split: true }), 'Q2 2025/26'],
    [fiscal(12, '2026-03-31', { year: 2026, split: true }), 'FY 2025/26'],
    [fiscal(6, '2025-09-30', { year: 2026, split: true }), 'H1 2025/26'],
    [fiscal(6, '2026-03-31', { year: 2026, split: true }), 'H2 2025/26'],
    [fiscal(9, '2025-12-31', { year: 2026, split: true }), '9M 2025/26'],
    [fiscal(12, '2000-03-31', { year: 2000, split: true }), 'FY 1999/00'],
  ])('%j is named %s', (p, label) => {
    expect(periodLabel(p)).toBe(label);
  });

  it('a fiscal year, quarter and other span of a non-calendar year are named as the issuer names them', () => {
    expect(periodLabel(fiscal(12, '2024-09-28', { year: 2024 }))).toBe('fiscal 2024');
    expect(periodLabel(fiscal(3, '2023-12-30', { year: 2024, quarter: 1 }))).toBe('fiscal Q1 2024');
    expect(periodLabel(fiscal(3, '2023-12-30', { year: 2024 }))).toBe('the 3 months ended December 30, 2023 (fiscal 2024)');
    expect(periodLabel(fiscal(6, '2024-03-30', { year: 2024, quarter: 2 }))).toBe('the 6 months ended March 30, 2024 (fiscal 2024)');
  });
});

describe('keys: one identity per period', () => {
  it('a fiscal six months is never its quarter, and a fiscal year never a quarter', () => {
    expect(periodKey(fiscal(6, '2024-03-30', { year: 2024, quarter: 2 }))).toBe('FY2024-6M');
    expect(periodKey(fiscal(12, '2024-09-28', { year: 2024 }))).toBe('FY2024');
    expect(periodKey(fiscal(3, '2023-12-30', { year: 2024, quarter: 1 }))).toBe('FY2024Q1');
    expect(periodKey(fiscal(3, '2023-12-30', { year: 2024 }))).toBe('FY2024-3M');
  });
});

describe('a period as a fact carries it', () => {
  it.each([
    [{ kind: 'duration', end: '2024-03-31', months: 3 }, true],
    [{ kind: 'instant', date: '2024-03-31' }, true],
    [{ kind: 'duration', end: '2024-03-31', months: 3, fiscal: { year: 2024, quarter: 4 } }, true],
    [{ kind: 'duration', end: '2024-03-31x', months: 3 }, false],
    [{ kind: 'duration', end: 'x2024-03-31', months: 3 }, false],
    [{ kind: 'instant', date: '2024-03-31x' }, false],
    [{ kind: 'instant', date: 'x2024-03-31' }, false],
    [{ kind: 'duration', end: '2024-03-31', months: 3, fiscal: { year: 2024, quarter: 5 } }, false],
    [{ kind: 'duration', end: '2024-03-31', months: 3, fiscal: { year: 2024, quarter: 0 } }, false],
    [{ kind: 'duration', end: '2024-03-31', months: 13 }, false],
    [{ kind: 'quarter', end: '2024-03-31', months: 3 }, false],
  ])('%j valid: %s', (p, valid) => {
    expect(PeriodSchema.safeParse(p).success).toBe(valid);
  });
});
