// Guidance asked in another currency: "midpoint of the non-GAAP range in usd?" after the Q2 outlook was
// refused ("gives its guidance in RMB only"), though figures are translated elsewhere at the release's own
// stated rate. A range and its midpoint now translate like any amount, at that rate (cited, no more digits than
// the guided figure prints); with no rate between the two currencies, a decline that says so.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const seed = () => sharedEngine('data/releases/qfin-2024q1.md');

describe('guidance in the currency asked', () => {
  it('translates the range and its midpoint at the release rate, in a thread', () => {
    const e = seed();
    e.ask('Q2 guide for net income', 't');
    e.ask('and non-gaap?', 't');
    const a = e.ask('midpoint of the non-GAAP range in usd?', 't');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('US$173 million');
    expect(a.text).toContain('RMB7.2203 to US$1.00');
    expect(a.citations.some((c) => c.quote.includes('7.2203'))).toBe(true);
  });

  it('answers other wordings with the range in USD', () => {
    const cases: [string, string[]][] = [
      ['non-GAAP net income guidance in USD', ['US$169 million to US$177 million']],
      ['Q2 net income outlook in dollars, midpoint', ['US$162 million to US$170 million', 'US$166 million']],
      ['what is the Q2 net income guide in US$?', ['US$162 million to US$170 million']],
      ['non-gaap NI guidance midpoint usd', ['US$173 million']],
      ['q2 2024 net income forecast range in usd', ['US$162 million']],
    ];
    const e = seed();
    for (const [q, want] of cases) {
      const a = e.ask(q, q);
      expect(a.status, q).toBe('answer');
      for (const w of want) expect(a.text, q).toContain(w);
      expect(a.text, q).toContain('RMB1.');
    }
  });

  it('declines, saying why, where the release states no rate to the currency asked', () => {
    const lines = [
      '# Example Co Reports First Quarter 2026 Results',
      '',
      'Example Co reported results for the quarter ended March 31, 2026.',
      '',
      '| RMB thousands | Q1 2025 | Q1 2026 |',
      '|---|---|---|',
      '| Net revenue | 1,000,000 | 1,200,000 |',
      '',
      '## Business Outlook',
      '',
      'For the second quarter of 2026, the Company expects net revenue between RMB1.30 billion and RMB1.40 billion.',
    ];
    const a = inlineEngine(lines).ask('Q2 revenue guidance in USD', 'x');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/states no rate from RMB to USD/);
    expect(a.text).not.toMatch(/US\$/);
  });
});
