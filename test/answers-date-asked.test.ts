// "As of what date" asks the date a figure is given as of: the release's own sentence naming it is quoted beside
// the figure (the rate alone had answered "as of what date is the usd conversion rate"). A figure asked
// without a date still answers alone.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const seed = sharedEngine('data/releases/qfin-2024q1.md');

describe('the date a figure is given as of', () => {
  it('quotes the date beside the rate', () => {
    for (const q of ['as of what date is the usd conversion rate', 'which date is the exchange rate as of?']) {
      const a = seed.ask(q, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('March 29, 2024');
      expect(a.citations.map((c) => c.line), q).toContain(193);
    }
  });

  it('gives the rate alone where no date is asked', () => {
    const a = seed.ask('usd conversion rate?', 'rate-alone');
    expect(a.text).toContain('7.2203');
    expect(a.text.split('\n')).toHaveLength(1);
  });
});
