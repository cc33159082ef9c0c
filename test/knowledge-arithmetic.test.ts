// The arithmetic under every figure: table cells as printed (signs, nil, typeset minus), dates and
// period labels (impossible dates refused, six months never called a year), period shifts across a
// year's end, and derived figures from the real release's facts (no percentage from a zero or
// negative base, no share of a zero whole).
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { change, percentOf, ratio, sum, atRate } from '../src/knowledge/derive.js';
import type { Fact } from '../src/knowledge/fact.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { parseCell, parseNumber } from '../src/knowledge/numbers.js';
import {
  endOf,
  monthNumber,
  nominalKey,
  parseDate,
  periodEnd,
  periodKey,
  periodLabel,
  priorQuarter,
  quarter,
  quarterOf,
  samePeriod,
  shift,
  yearAgo,
  type Period,
} from '../src/knowledge/period.js';
import { RELEASE } from './knowledge-helpers.js';

const cell = (text: string) => {
  const c = parseCell(text);
  return c && { value: c.value.toString(), decimals: c.decimals, percent: c.percent };
};

describe('table cells', () => {
  it.each([
    ['4,153,183', '4153183', 0, false],
    ['(2,236)', '-2236', 0, false],
    ['-2,236', '-2236', 0, false],
    ['\u22122,236', '-2236', 0, false], // a typeset minus sign
    ['\u20132,236', '-2236', 0, false], // an en dash before the figure
    ['(\u22122,236)', '-2236', 0, false],
    ['25.8%', '25.8', 1, true],
    ['(3.52)%', '-3.52', 2, true],
    ['0.51', '0.51', 2, false],
    ['1250.55', '1250.55', 2, false], // no thousands separators
    ['.5', '0.5', 1, false],
    ['<b>2,789,082</b>', '2789082', 0, false],
    ['<B>1,364,101</B>', '1364101', 0, false],
    ['**1,160,144**', '1160144', 0, false],
    ['1 160 144', '1160144', 0, false],
    ['-', '0', 0, false], // nil
    ['–', '0', 0, false],
    ['—', '0', 0, false],
  ])('%j reads as %s', (text, value, decimals, percent) => {
    expect(cell(text)).toEqual({ value, decimals, percent });
  });

  it.each(['', 'RMB', 'n/a', '(2,236', '2,236)', '12,34', '1,2345', ',5', 'x4,153', '4,153xx', '4,153x%', '--', '- -2', '4,153.2.1', '%', '2%%', 'a-', '-a', '(-)'])(
    '%j is not a number',
    (text) => {
      expect(parseCell(text)).toBeNull();
    },
  );

  it('a number word keeps its printed decimals', () => {
    expect(parseNumber('4,153.2')).toEqual({ value: new Decimal('4153.2'), decimals: 1 });
    expect(parseNumber('99,237')).toEqual({ value: new Decimal('99237'), decimals: 0 });
  });
});

describe('dates', () => {
  it.each([
    ['March 31, 2024', '2024-03-31'],
    ['Mar 31 2024', '2024-03-31'],
    ['Mar. 31, 2024', '2024-03-31'],
    ['31 March 2024', '2024-03-31'],
    ['as of December 31st, 2023', '2023-12-31'],
    ['Sept 30, 2023', '2023-09-30'],
    ['February 29, 2024', '2024-02-29'],
    ['JUNE 1, 2024', '2024-06-01'],
  ])('%j is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['February 30, 2024', 'February 29, 2023', 'April 31, 2024', 'March 0, 2024', 'March 32, 2024', 'Smarch 3, 2024', '31 Foo 2024', 'March 2024', 'Q1 2024', ''])(
    '%j is no date',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('month names and their abbreviations, and nothing shorter or different', () => {
    expect(['jan', 'January', 'feb', 'mar', 'march', 'Sep', 'sept', 'september', 'dec'].map(monthNumber)).toEqual([1, 1, 2, 3, 3, 9, 9, 9, 12]);
    expect(['ma', 'j', '', 'marzo', 'junk', 'decimal', 'mayday'].map(monthNumber)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

const duration = (end: string, months: number): Period => ({ kind: 'duration', end, months });
const instant = (date: string): Period => ({ kind: 'instant', date });

describe('period labels and keys', () => {
  it.each([
    [quarter(2024, 1), 'Q1 2024', '2024Q1'],
    [quarter(2023, 4), 'Q4 2023', '2023Q4'],
    [duration('2023-12-31', 12), 'FY2023', '12M-2023-12-31'],
    // Six months ended December 31 is a half year, never the fiscal year.
    [duration('2024-12-31', 6), 'the 6 months ended December 31, 2024', '6M-2024-12-31'],
    [duration('2024-06-30', 6), 'the 6 months ended June 30, 2024', '6M-2024-06-30'],
    // Twelve months to June is no fiscal year either (the fiscal year is the calendar year).
    [duration('2024-06-30', 12), 'the 12 months ended June 30, 2024', '12M-2024-06-30'],
    [duration('2024-02-29', 1), 'February 2024', '1M-2024-02-29'],
    // Three months that end off a quarter's end are no calendar quarter.
    [duration('2024-02-29', 3), 'the 3 months ended February 29, 2024', '3M-2024-02-29'],
    [instant('2024-03-31'), 'March 31, 2024', '2024-03-31'],
    [instant('2023-01-05'), 'January 5, 2023', '2023-01-05'],
  ])('%j is labelled %s, keyed %s', (p, label, key) => {
    expect(periodLabel(p)).toBe(label);
    expect(periodKey(p)).toBe(key);
  });

  it('two periods are the same only when they are the same span or date', () => {
    expect(samePeriod(quarter(2024, 1), duration('2024-03-31', 3))).toBe(true);
    expect(samePeriod(quarter(2024, 1), instant('2024-03-31'))).toBe(false);
    expect(samePeriod(quarter(2024, 1), duration('2024-03-31', 12))).toBe(false);
    expect(periodEnd(quarter(2024, 1))).toBe('2024-03-31');
    expect(periodEnd(instant('2023-12-31'))).toBe('2023-12-31');
  });
});

describe('fiscal periods (a year that is not the calendar year)', () => {
  // Fiscal Q1 2024 of an issuer whose year ends in September: the three months ended December 30, 2023.
  const fq = (end: string, year: number, q: number, calendar?: boolean): Period => ({ kind: 'duration', end, months: 3, fiscal: { year, quarter: q, ...(calendar === undefined ? {} : { calendar }) } });
  const FQ1_24 = fq('2023-12-30', 2024, 1);

  it('keyed and labelled by the issuer\'s own name, not the calendar', () => {
    expect(periodKey(FQ1_24)).toBe('FY2024Q1');
    expect(periodLabel(FQ1_24)).toBe('fiscal Q1 2024');
    expect(periodLabel(fq('2024-03-31', 2024, 1, true))).toBe('Q1 2024');
    const year: Period = { kind: 'duration', end: '2024-09-28', months: 12, fiscal: { year: 2024 } };
    expect([periodKey(year), periodLabel(year)]).toEqual(['FY2024', 'fiscal 2024']);
    expect(periodLabel({ ...year, fiscal: { year: 2024, calendar: true } })).toBe('FY2024');
    const half: Period = { kind: 'duration', end: '2024-03-30', months: 6, fiscal: { year: 2024 } };
    expect([periodKey(half), periodLabel(half)]).toEqual(['FY2024-6M', 'the 6 months ended March 30, 2024 (fiscal 2024)']);
    expect(periodLabel({ ...half, fiscal: { year: 2024, calendar: true } })).toBe('the 6 months ended March 30, 2024 (2024)');
  });

  it('shifted, a fiscal quarter keeps its day and names its quarter, across the fiscal year', () => {
    expect(priorQuarter(FQ1_24)).toEqual(fq('2023-09-30', 2023, 4));
    expect(yearAgo(FQ1_24)).toEqual(fq('2022-12-30', 2023, 1));
    expect(shift(fq('2024-06-29', 2024, 3), 3)).toEqual(fq('2024-03-29', 2024, 2));
    // A day the earlier month lacks becomes its last day.
    expect(shift(fq('2024-05-31', 2024, 3), 3)).toEqual(fq('2024-02-29', 2024, 2));
    const year: Period = { kind: 'duration', end: '2024-09-28', months: 12, fiscal: { year: 2024 } };
    expect(yearAgo(year)).toEqual({ kind: 'duration', end: '2023-09-28', months: 12, fiscal: { year: 2023 } });
    // A shift that names no fiscal period falls back to the calendar month end.
    expect(shift(FQ1_24, 1)).toEqual(duration('2023-11-30', 3));
  });

  it('a calendar period read as a fiscal issuer\'s name for it', () => {
    expect(nominalKey(quarter(2024, 1))).toBe('FY2024Q1');
    expect(nominalKey(duration('2024-12-31', 12))).toBe('FY2024');
    expect(nominalKey(duration('2024-06-30', 6))).toBe('FY2024-6M');
    expect(nominalKey(duration('2024-12-31', 6))).toBeNull();
    expect(nominalKey(duration('2024-02-29', 3))).toBeNull();
    expect(nominalKey(instant('2024-03-31'))).toBeNull();
    expect(nominalKey(FQ1_24)).toBeNull();
  });
});

describe('shifting periods', () => {
  it('a year earlier and the quarter before, across the year boundary, to the month end', () => {
    expect(yearAgo(quarter(2024, 1))).toEqual(quarter(2023, 1));
    expect(priorQuarter(quarter(2024, 1))).toEqual(quarter(2023, 4));
    expect(priorQuarter(quarter(2024, 3))).toEqual(quarter(2024, 2));
    expect(quarter(2024, 1)).toEqual(duration('2024-03-31', 3));
    expect(quarter(2024, 2)).toEqual(duration('2024-06-30', 3));
    // February's last day follows the year: 29 in 2024, 28 in 2023.
    expect(yearAgo(instant('2024-02-29'))).toEqual(instant('2023-02-28'));
    expect(shift(instant('2023-02-28'), -12)).toEqual(instant('2024-02-29'));
    expect(shift(instant('2024-01-31'), 1)).toEqual(instant('2023-12-31'));
    expect(shift(instant('2024-12-31'), 12 * 3 + 11)).toEqual(instant('2021-01-31'));
    expect(shift(duration('2024-06-30', 6), 6)).toEqual(duration('2023-12-31', 6));
  });

  it('a balance date and the quarter it closes', () => {
    expect(endOf(quarter(2024, 1))).toEqual(instant('2024-03-31'));
    expect(endOf(instant('2023-12-31'))).toEqual(instant('2023-12-31'));
    expect(quarterOf(instant('2023-12-31'))).toEqual(quarter(2023, 4));
    expect(quarterOf(quarter(2024, 1))).toEqual(quarter(2024, 1));
  });
});

describe('derived figures from the real release', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledge([RELEASE]).kb;
  });
  const fact = (metric: string, p: Period, currency: 'RMB' | 'USD' = 'RMB'): Fact => {
    const f = kb.get(metric, p, currency);
    expect(f, `${metric} ${periodKey(p)}`).toBeDefined();
    return f!;
  };
  const Q1_24 = quarter(2024, 1);
  const Q1_23 = quarter(2023, 1);

  it('a change: the amount in base units and the percentage of the earlier figure', () => {
    const c = change(fact('net_income', Q1_23), fact('net_income', Q1_24));
    expect(c.delta.toString()).toBe('230322000');
    expect(c.pct!.toFixed(4)).toBe('24.7705');
    expect(c.points).toBe(false);
    const down = change(fact('net_income', Q1_24), fact('net_income', Q1_23));
    expect(down.delta.toString()).toBe('-230322000');
    expect(down.pct!.toFixed(4)).toBe('-19.8529');
  });

  it('no percentage from a negative or a zero base; the amount still', () => {
    const fromNegative = change(fact('net_decrease_increase_in_cash_and_cash_equivalents', Q1_23), fact('net_decrease_increase_in_cash_and_cash_equivalents', Q1_24));
    expect(fromNegative.delta.toString()).toBe('2364615000');
    expect(fromNegative.pct).toBeNull();
    const nil = fact('investment_loss', Q1_23);
    expect(nil.value.isZero()).toBe(true);
    const fromZero = change(nil, fact('net_income', Q1_24));
    expect(fromZero.pct).toBeNull();
    expect(fromZero.delta.toString()).toBe('1160144000');
  });

  it('two rates change in percentage points, never in percent', () => {
    const c = change(fact('gaap_net_income_margin', Q1_23), fact('gaap_net_income_margin', Q1_24));
    expect(c.points).toBe(true);
    expect(c.pct).toBeNull();
    expect(c.delta.toString()).toBe('2.1');
    // Points need both to be rates: a rate and an amount (which no handler pairs) never make one.
    expect(change(fact('gaap_net_income_margin', Q1_24), fact('net_income', Q1_24)).points).toBe(false);
    expect(change(fact('net_income', Q1_24), fact('gaap_net_income_margin', Q1_24)).points).toBe(false);
  });

  it('a share and a ratio, and neither over a zero whole', () => {
    const revenue = fact('total_net_revenue', Q1_24);
    expect(percentOf(fact('net_income', Q1_24), revenue)!.toFixed(4)).toBe('27.9339');
    expect(percentOf(revenue, fact('investment_loss', Q1_24))).toBeNull();
    expect(ratio(fact('total_current_assets', instant('2024-03-31')), fact('total_current_liabilities', instant('2024-03-31')))!.toFixed(4)).toBe('2.1156');
    expect(ratio(revenue, fact('investment_loss', Q1_24))).toBeNull();
  });

  it('a sum in base units, and US dollars at the release\'s rate', () => {
    expect(sum([fact('net_income', Q1_24), fact('net_income', Q1_23)]).toString()).toBe('2089966000');
    expect(sum([]).toString()).toBe('0');
    const rate = kb.facts.find((f) => f.unit.kind === 'fx')!;
    expect(rate.value.toString()).toBe('7.2203');
    expect(atRate(fact('total_net_revenue', Q1_24), rate).div(1e3).toFixed(0)).toBe('575209');
  });
});
