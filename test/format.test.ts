// The formatter: every figure a user reads passes through it, so each case is the exact text shown.
// Signs, nil, scale words, the precision a figure was printed with, and derived amounts no more precise
// than their least precise input.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fact } from './support/facts.js';
import { bps, derived, figure, like, money, operands, percent, points, raw, shownAs, when } from '../src/intents/format.js';
import type { Unit } from '../src/knowledge/fact.js';

const D = (v: string | number) => new Decimal(v);
const RMB_K: Unit = { kind: 'money', currency: 'RMB', scale: 1e3 };
const RMB_M: Unit = { kind: 'money', currency: 'RMB', scale: 1e6 };


describe('money', () => {
  it('millions to one decimal from 5 million, two decimals from 1 million, thousands, then units', () => {
    expect(money(D('4153223000'), 'RMB')).toBe('RMB4,153.2 million');
    expect(money(D('5000000'), 'RMB')).toBe('RMB5.0 million');
    expect(money(D('4999999'), 'RMB')).toBe('RMB5.00 million');
    expect(money(D('1000000'), 'RMB')).toBe('RMB1.00 million');
    expect(money(D('999999'), 'RMB')).toBe('RMB1,000 thousand');
    expect(money(D('1000'), 'RMB')).toBe('RMB1 thousand');
    expect(money(D('999.5'), 'RMB')).toBe('RMB999.50');
    expect(money(D('0'), 'RMB')).toBe('RMB0.00');
  });

  it('keeps the minus sign of a negative amount at every scale', () => {
    expect(money(D('-1767000000'), 'RMB')).toBe('RMB-1,767.0 million');
    expect(money(D('-2500000'), 'RMB')).toBe('RMB-2.50 million');
    expect(money(D('-12000'), 'RMB')).toBe('RMB-12 thousand');
    expect(money(D('-3.5'), 'RMB')).toBe('RMB-3.50');
  });

  it('never prints "-0": a negative amount that rounds to zero is zero', () => {
    expect(money(D('-0.001'), 'RMB')).toBe('RMB0.00');
  });

  it('a dollar issuer\'s billions as billions, two decimals under 5 billion', () => {
    expect(money(D('119575000000'), 'USD', '$')).toBe('$119.6 billion');
    expect(money(D('5000000000'), 'USD', '$')).toBe('$5.0 billion');
    expect(money(D('4990000000'), 'USD', '$')).toBe('$4.99 billion');
    expect(money(D('1000000000'), 'USD', '$')).toBe('$1.00 billion');
    expect(money(D('-2000000000'), 'USD', '$')).toBe('$-2.00 billion');
    expect(money(D('999000000'), 'USD', '$')).toBe('$999.0 million');
    // Billions only for a "$" issuer: RMB stays in millions.
    expect(money(D('2000000000'), 'RMB')).toBe('RMB2,000.0 million');
  });

  it('the currency\'s symbol, the release\'s own symbol, else the code and a space', () => {
    expect(money(D('7000000'), 'USD')).toBe('US$7.0 million');
    expect(money(D('7000000'), 'EUR')).toBe('€7.0 million');
    expect(money(D('7000000'), 'GBP')).toBe('£7.0 million');
    expect(money(D('7000000'), 'JPY')).toBe('¥7.0 million');
    expect(money(D('7000000'), 'HKD')).toBe('HK$7.0 million');
    expect(money(D('7000000'), 'CHF')).toBe('CHF 7.0 million');
    expect(money(D('7000000'), 'USD', '$')).toBe('$7.0 million');
  });
});

describe('rates, points and basis points', () => {
  it('a percent to one decimal by default, grouped, with its sign', () => {
    expect(percent(D('405.94'))).toBe('405.9%');
    expect(percent(D('1234.5'))).toBe('1,234.5%');
    expect(percent(D('-23.25'), 2)).toBe('-23.25%');
    expect(percent(D('3'), 0)).toBe('3%');
  });

  it('points are a size (no sign), at least one decimal, more where the rates had more', () => {
    expect(points(D('-4.8'))).toBe('4.8 percentage points');
    expect(points(D('0.17'), 2)).toBe('0.17 percentage points');
    expect(points(D('2'), 0)).toBe('2.0 percentage points');
  });

  it('basis points: a size, whole', () => {
    expect(bps(D('-0.17'))).toBe('17 bps');
    expect(bps(D('1.234'))).toBe('123 bps');
  });
});

describe('figure: a fact as the release prints it', () => {
  it('money from a table in thousands, in millions; zero is "nil"; negative keeps its sign', () => {
    expect(figure(fact('4153223', RMB_K))).toBe('RMB4,153.2 million');
    expect(figure(fact('-1767000', RMB_K))).toBe('RMB-1,767.0 million');
    expect(figure(fact('0', RMB_K))).toBe('nil');
  });

  it('a narrative figure keeps its printed precision and scale word', () => {
    expect(figure(fact('1.17', { kind: 'money', currency: 'RMB', scale: 1e9 }, { source: 'narrative' }))).toBe('RMB1.17 billion');
    expect(figure(fact('446.5', RMB_M, { source: 'narrative' }))).toBe('RMB446.5 million');
    expect(figure(fact('-3.1', { kind: 'money', currency: 'USD', scale: 1e6, symbol: '$' }, { source: 'narrative' }))).toBe('$-3.1 million');
    expect(figure(fact('12.75', { kind: 'money', currency: 'USD', scale: 1 }, { source: 'narrative' }))).toBe('US$12.75');
    // An amount in units keeps every digit printed, from the prose or from a table (a price, an amount per tonne).
    expect(figure(fact('1250.5', { kind: 'money', currency: 'USD', scale: 1 }, { source: 'narrative' }))).toBe('US$1,250.5');
    expect(figure(fact('1250.5', { kind: 'money', currency: 'USD', scale: 1 }))).toBe('US$1,250.5');
    // A narrative amount in thousands is not a printed scale word: it reads as money.
    expect(figure(fact('5000', RMB_K, { source: 'narrative' }))).toBe('RMB5.0 million');
    // The same values from a table are put in the release's table style.
    expect(figure(fact('446.5', RMB_M))).toBe('RMB446.5 million');
    expect(figure(fact('12.75', { kind: 'money', currency: 'USD', scale: 1 }))).toBe('US$12.75');
  });

  it('per share and per ADS amounts with the printed decimals and sign', () => {
    expect(figure(fact('7.30', { kind: 'per_share', currency: 'RMB', basis: 'ADS' }))).toBe('RMB7.30');
    expect(figure(fact('-0.4', { kind: 'per_share', currency: 'USD', basis: 'share', symbol: '$' }))).toBe('$-0.4');
  });

  it('a rate with as many decimals as printed: a whole number is never given a false ".0"', () => {
    expect(figure(fact('3', { kind: 'percent' }))).toBe('3%');
    expect(figure(fact('3.0', { kind: 'percent' }))).toBe('3.0%');
    expect(figure(fact('3.52', { kind: 'percent' }))).toBe('3.52%');
    expect(figure(fact('-1.5', { kind: 'percent' }))).toBe('-1.5%');
  });

  it('counts with their noun, ADSs for any ADS noun, and a scale word from millions', () => {
    expect(figure(fact('17524872', { kind: 'count', scale: 1, noun: 'loans' }))).toBe('17,524,872 loans');
    expect(figure(fact('412000', { kind: 'count', scale: 1, noun: 'ads' }))).toBe('412,000 ADSs');
    expect(figure(fact('412000', { kind: 'count', scale: 1, noun: 'ads repurchased' }))).toBe('412,000 ADSs');
    expect(figure(fact('42', { kind: 'count', scale: 1, noun: 'count' }))).toBe('42');
    expect(figure(fact('5', { kind: 'count', scale: 1, noun: 'downloads' }))).toBe('5 downloads');
    expect(figure(fact('59.2', { kind: 'count', scale: 1e6, noun: 'users' }))).toBe('59.2 million users');
    expect(figure(fact('1.2', { kind: 'count', scale: 1e9, noun: 'count' }))).toBe('1.2 billion');
    // A count printed in thousands stays in thousands, never 1,000 times too small.
    expect(figure(fact('999', { kind: 'count', scale: 1e3, noun: 'partners' }))).toBe('999 thousand partners');
    expect(figure(fact('12', { kind: 'count', scale: 1, noun: 'partners' }))).toBe('12 partners');
  });

  it('amounts printed in crore or lakh stay in them, with the currency\'s symbol', () => {
    expect(figure(fact('1234.5', { kind: 'money', currency: 'INR', scale: 1e7 }))).toBe('₹1,234.5 crore');
    expect(figure(fact('-3', { kind: 'money', currency: 'INR', scale: 1e5 }))).toBe('₹-3 lakh');
    expect(like(fact('1', { kind: 'money', currency: 'INR', scale: 1e7 }), D('125000000'))).toBe('₹12.50 crore');
    expect(like(fact('1', { kind: 'money', currency: 'INR', scale: 1e3 }), D('125000000'))).toBe('₹125.0 million');
  });

  it('months and exchange rates', () => {
    expect(figure(fact('13.5', { kind: 'months' }))).toBe('13.5 months');
    expect(figure(fact('7.2203', { kind: 'fx', from: 'RMB', to: 'USD' }))).toBe('RMB7.2203 to US$1.00');
  });
});

describe('like: a derived value in its inputs\' unit', () => {
  it('money, per share, percent, counts and anything else', () => {
    expect(like(fact('1', RMB_K), D('-440300000'))).toBe('RMB-440.3 million');
    expect(like(fact('1', { kind: 'per_share', currency: 'RMB', basis: 'ADS' }), D('-0.456'))).toBe('RMB-0.46');
    expect(like(fact('1', { kind: 'percent' }), D('12.345'))).toBe('12.3%');
    // Counts in base units, with their noun: millions where the release counts in millions, else whole.
    expect(like(fact('1', { kind: 'count', scale: 1e6, noun: 'users' }), D('1250000'))).toBe('1.3 million users');
    expect(like(fact('1', { kind: 'count', scale: 1, noun: 'users' }), D('2500000'))).toBe('2,500,000 users');
    expect(like(fact('1', { kind: 'count', scale: 1e3, noun: 'users' }), D('-2500'))).toBe('-2,500 users');
    expect(like(fact('1', { kind: 'months' }), D('1.5'))).toBe('1.50');
  });
});

describe('derived: no more precise than the least precise input', () => {
  it('from two narrative figures in millions, to their decimals ("RMB1.7 million", not "RMB1.71 million")', () => {
    const a = fact('71.5', RMB_M, { source: 'narrative' });
    const b = fact('69.8', RMB_M, { source: 'narrative' });
    expect(derived(D('1710000'), a, b)).toBe('RMB1.7 million');
    expect(derived(D('-1710000'), a, b)).toBe('RMB-1.7 million');
  });

  it('the coarsest input decides: billions to two decimals beat millions to one', () => {
    const fine = fact('446.5', RMB_M, { source: 'narrative' });
    const coarse = fact('1.17', { kind: 'money', currency: 'RMB', scale: 1e9 }, { source: 'narrative' });
    expect(derived(D('723500000'), fine, coarse)).toBe('RMB0.72 billion');
    expect(derived(D('723500000'), coarse, fine)).toBe('RMB0.72 billion');
  });

  it('the coarsest by its last printed digit: RMB72 million beats RMB71.5 million', () => {
    const a = fact('71.5', RMB_M, { source: 'narrative' });
    const b = fact('72', RMB_M, { source: 'narrative' });
    expect(derived(D('1710000'), a, b)).toBe('RMB2 million');
    expect(derived(D('1710000'), b, a)).toBe('RMB2 million');
  });

  it('a narrative amount printed in units does not round a change in millions', () => {
    const units = fact('12.75', { kind: 'money', currency: 'RMB', scale: 1 }, { source: 'narrative' });
    expect(derived(D('1710000.123'), fact('71500', RMB_K), units)).toBe('RMB1.71 million');
  });

  it('a change that rounds away is zero in the base unit, not "nil" or a sign', () => {
    const a = fact('71.5', RMB_M, { source: 'narrative' });
    expect(derived(D('-10000'), a, a)).toBe('RMB0.00');
  });

  it('table figures are exact: the amount in the release\'s style', () => {
    expect(derived(D('1710000'), fact('71500', RMB_K), fact('69790', RMB_K))).toBe('RMB1.71 million');
    // A narrative figure not in millions or not money does not round the result.
    expect(derived(D('1710000'), fact('71500', RMB_K), fact('1710', RMB_K, { source: 'narrative' }))).toBe('RMB1.71 million');
    expect(derived(D('2.25'), fact('3.1', { kind: 'percent' }, { source: 'narrative' }))).toBe('2.3%');
  });
});

describe('periods, raw figures and formula operands', () => {
  it('a duration is "in", an instant "as of"', () => {
    expect(when(fact('1', RMB_K))).toBe('in Q1 2024');
    expect(when({ period: { kind: 'instant', date: '2024-03-31' } })).toBe('as of March 31, 2024');
  });

  it('raw: as the table prints it, grouped, with its sign and decimals', () => {
    expect(raw(fact('548824', RMB_K))).toBe('548,824');
    expect(raw(fact('-1767.05', RMB_K))).toBe('-1,767.05');
  });

  it('operands as printed when they share a scale, else each in the release\'s style', () => {
    expect(operands(fact('548824', RMB_K), fact('108476', RMB_K))).toEqual(['548,824', '108,476']);
    expect(operands(fact('548824', RMB_K), fact('446.5', RMB_M))).toEqual(['RMB548.8 million', 'RMB446.5 million']);
    expect(operands(fact('3.5', { kind: 'percent' }), fact('2.25', { kind: 'percent' }))).toEqual(['3.5', '2.25']);
  });
});

describe('the unit and decimals a figure is shown in (what a gap beside it may show, no finer)', () => {
  it.each([
    ['a table amount in thousands shown in millions to one decimal', fact('374000', RMB_K), { scale: 1e6, decimals: 1 }],
    ['a small table amount shown to two decimals of a million', fact('4200', RMB_K), { scale: 1e6, decimals: 2 }],
    ['a narrative amount as printed', fact('370', RMB_M, { source: 'narrative' }), { scale: 1e6, decimals: 0 }],
    ['a narrative amount with its decimals', fact('251.6', { kind: 'money', currency: 'USD', scale: 1e6, symbol: '$' }, { source: 'narrative' }), { scale: 1e6, decimals: 1 }],
    ['a per-share amount', fact('7.30', { kind: 'per_share', currency: 'RMB', basis: 'ADS' }), { scale: 1, decimals: 2 }],
  ])('%s', (_name, f, want) => {
    expect(shownAs(f)).toEqual(want);
  });
});
