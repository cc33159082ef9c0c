// "How much" asks an amount (or a count): a rate line is never its answer, even one whose label holds the
// words asked ("fuel sales" beside "Like-for-like sales incl. fuel 2.7%"). An inline grocer release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let shop: Engine;
beforeAll(() => {
  shop = inlineEngine([
    '# Synthetic Grocer Reports First Quarter 2026 Results',
    '',
    'Synthetic Grocer today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (US$ in millions) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Total revenue | 400.0 | 500.0 |',
    '| Like-for-like sales incl. delivery | 2.0% | 3.1% |',
    '| Gross margin | 40.0% | 42.5% |',
    '| Like-for-like sales excl. online | 1.2% | 1.8% |',
  ]);
});

let n = 0;
describe('"how much" asks an amount, never a rate', () => {
  it('delivery sales are not the like-for-like rate that includes delivery', () => {
    const a = shop.ask('how much were delivery sales in the quarter', `how-much-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('3.1%');
  });

  it('online sales are not the like-for-like rate that excludes online', () => {
    const a = shop.ask('how much were online sales in Q1 2026', `how-much-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1.8%');
  });

  it('a rate named and asked "how much" is the rate', () => {
    const a = shop.ask('gross margin in Q1 2026, how much?', `how-much-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('42.5%');
  });

  it('an amount line asked "how much" is answered', () => {
    const a = shop.ask('how much was total revenue in Q1 2026', `how-much-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('500.0');
  });
});
