// Derived figures where an input is rounded or in another currency: the range a share may take when a
// sentence rounds a figure ("$3.2 billion" is anywhere from $3.15 to $3.25 billion), and an amount
// translated at an exchange rate, divided out of the currency the rate is quoted in, multiplied into it.
import type { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fact } from './support/facts.js';
import { atRate, percentRange, rateOp } from '../src/knowledge/derive.js';
import type { Unit } from '../src/knowledge/fact.js';

const USD_BN: Unit = { kind: 'money', currency: 'USD', scale: 1e9 };
const USD_M: Unit = { kind: 'money', currency: 'USD', scale: 1e6 };
const range = (r: [Decimal, Decimal] | null) => r && r.map((x) => x.toFixed(2));

describe('the range of a share worked from a rounded figure', () => {
  it('a part rounded in prose over a table whole: from its lowest to its highest reading', () => {
    const part = fact('3.2', USD_BN, { source: 'narrative' });
    expect(range(percentRange(part, fact('10000', USD_M)))).toEqual(['31.50', '32.50']);
  });

  it('a whole rounded in prose over a table part: the range is as wide as the whole may be', () => {
    const whole = fact('8', USD_BN, { source: 'narrative' });
    // 1,999.5 to 2,000.5 million of 7.5 to 8.5 billion: 23.52% to 26.67%.
    expect(range(percentRange(fact('2000', USD_M), whole))).toEqual(['23.52', '26.67']);
  });

  it('both rounded: each corner of the two ranges', () => {
    expect(range(percentRange(fact('1.0', USD_BN, { source: 'narrative' }), fact('4.0', USD_BN, { source: 'narrative' })))).toEqual(['23.46', '26.58']);
  });

  it('none where both are table figures, as printed: the share is exact', () => {
    expect(percentRange(fact('3200', USD_M), fact('10000', USD_M))).toBeNull();
  });

  it('none where the rounded whole may be zero', () => {
    expect(percentRange(fact('20', USD_M), fact('0', USD_BN, { source: 'narrative' }))).toBeNull();
  });
});

describe('an amount at an exchange rate', () => {
  const rate = fact('7.2203', { kind: 'fx', from: 'RMB', to: 'USD' }, { decimals: 4 });

  it('an amount in the currency the rate is quoted in is divided by it', () => {
    const rmb = fact('7220.3', { kind: 'money', currency: 'RMB', scale: 1e6 });
    expect(atRate(rmb, rate).toString()).toBe('1000000000');
    expect(rateOp(rmb, rate)).toBe('÷');
  });

  it('an amount in the other currency is multiplied by it', () => {
    const usd = fact('100', USD_M);
    expect(atRate(usd, rate).toString()).toBe('722030000');
    expect(rateOp(usd, rate)).toBe('×');
  });
});
