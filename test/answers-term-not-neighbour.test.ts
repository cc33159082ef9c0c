// A term asked is never answered with a neighbouring line (hunt36 lark-16, me-20): "customers with $100k+ ARR a year
// earlier" gave the ARR of a year before, the "with $100k+ ARR" read as a second line asked rather than what the
// customers are counted by; "by how much per share was the quarterly dividend raised" gave the new dividend, the
// "raised" of "by how much" unread as a change. The threshold qualifies the count (its line must print it), and
// "by how much ... raised" asks the difference, or a decline. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = (name: string) => [`# ${name} Reports Third Quarter Fiscal 2026 Results`, '', `${name} today reported results for its third quarter of fiscal 2026, ended October 31, 2025.`, ''];

describe('a count asked by a threshold of another line', () => {
  const e = inlineEngine([
    ...head('Synthetic Wrenfield Software'),
    '- Annual recurring revenue (ARR): ARR was $912.4 million as of October 31, 2025, up 21% from $754.1 million as of October 31, 2024.',
    '- Customers: 1,412 customers with ARR of $100,000 or more, up from 1,188 a year earlier.',
  ], 'wrenfield-2026q3.txt');
  let n = 0;
  const ask = (q: string) => e.ask(q, `threshold-${n++}`);

  it('answers the count, never the line the threshold is of', () => {
    for (const q of ['customers with $100k+ ARR', 'customers with more than $100,000 in ARR', 'customers with ARR of $100,000 or more']) {
      const a = ask(q);
      expect(a.text, q).toContain('1,412');
      expect(a.text, q).not.toMatch(/912\.4|754\.1/);
    }
  });

  it('never gives the ARR for the count of another period, nor a count of another threshold', () => {
    const a = ask('customers with $100k+ ARR a year earlier');
    expect(a.text).not.toMatch(/754\.1|912\.4|1,412/);
    for (const q of ['customers with $500k+ ARR', 'customers with ARR of $1m or more']) {
      const b = ask(q);
      expect(b.status, q).toBe('unknown');
      expect(b.text, q).not.toMatch(/1,412|912\.4/);
    }
  });
});

describe('by how much a figure was raised', () => {
  const e = inlineEngine([
    ...head('Synthetic Alderbrook Foods'),
    'Revenue was $412.6 million, up 6% year over year.',
    '',
    '## Dividend',
    '',
    'The Board declared a quarterly dividend of $0.145 per common share, up from $0.13 per share, payable December 15, 2025 to shareholders of record on December 1, 2025.',
  ], 'alderbrook-2026q3.md');

  it('asks the difference: never the new level as the amount raised', () => {
    for (const q of ['by how much per share was the quarterly dividend raised', 'how much was the dividend raised', 'by how much did they raise the dividend']) {
      const a = e.ask(q, q);
      if (a.status === 'answer') expect(a.text, q).toMatch(/0\.015/);
      else expect(a.text, q).not.toMatch(/0\.145(?![\d])/);
    }
  });
});
