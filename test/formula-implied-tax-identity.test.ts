// The implied effective tax rate (income before tax less net income, over income before tax) is given only where
// the release's own figures show pretax − net income = the tax charge, within the figures' rounding, in a period
// that prints all three. These pin the edges of that check: no period printing all three, a gap smaller than a
// thousand but larger than a figure printed to tenths of a million, a tax line printed more coarsely than the
// others, and a convenience-translation column in another currency. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { OSPREY_HEAD } from './support/osprey.js';

const head = OSPREY_HEAD;

const ask = (lines: string[], q = 'effective tax rate Q1 2026') => inlineEngine([...head, ...lines]).ask(q, 'etr');

describe('the tax identity an implied effective tax rate rests on', () => {
  it('no rate where no period prints the tax, income before tax and net income together', () => {
    const a = ask(['- Income tax expense was RMB250.0 million in the second quarter of 2026.']);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('20.0%');
  });

  it('no rate where an equity-method share of RMB6.0 million stands between, in a table printed to tenths of a million', () => {
    const a = ask([
      '| (RMB in millions) | Q2 2025 | Q2 2026 |',
      '|---|---:|---:|',
      '| Income before income tax expense | 800.0 | 1,000.0 |',
      '| Income tax expense | (200.0) | (250.0) |',
      '| Share of income of equity method investees | 6.0 | 6.0 |',
      '| Net income | 606.0 | 756.0 |',
    ]);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('20.0%');
  });

  it('the identity holds within the coarsest figure\'s rounding (a tax printed to tenths, the rest to hundredths)', () => {
    const a = ask([
      '| (RMB in millions) | Q2 2025 | Q2 2026 |',
      '|---|---:|---:|',
      '| Income before income tax expense | 800.00 | 1,000.00 |',
      '| Income tax expense | (200.1) | (250.1) |',
      '| Net income | 600.00 | 750.00 |',
    ]);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Effective tax rate was 20.0% in Q1 2026');
    expect(a.text).toContain('(900.0 − 720.0) ÷ 900.0 × 100');
  });

  it('a US$ convenience column is no break in the identity (only the release\'s own currency is checked)', () => {
    const a = ask([
      '| (In thousands) | Q2 2025 RMB | Q2 2026 RMB | Q2 2026 US$ |',
      '|---|---:|---:|---:|',
      '| Income before income tax expense | 800,000 | 1,000,000 | 140,000 |',
      '| Income tax expense | (200,000) | (250,000) | (30,000) |',
      '| Net income | 600,000 | 750,000 | 110,000 |',
    ]);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Effective tax rate was 20.0% in Q1 2026');
  });

  it('a period that prints the tax alone is no break in the identity', () => {
    const a = ask([
      '- Income tax expense was RMB200.0 million in the second quarter of 2025.',
      '',
      '| (RMB in thousands) | Q2 2026 |',
      '|---|---:|',
      '| Income before income tax expense | 1,000,000 |',
      '| Income tax expense | (250,000) |',
      '| Net income | 750,000 |',
    ]);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Effective tax rate was 20.0% in Q1 2026');
  });
});

// A margin's parts are of one period: a quarter's gross profit over a revenue row the release dates to a day
// (a column headed "As of") is no quarter's margin, so the bot says it has none rather than print one.
describe('a ratio whose denominator is dated otherwise', () => {
  it('no gross margin from a quarter\'s gross profit over revenue read as of a day', () => {
    const a = inlineEngine([
      ...head.slice(0, 4),
      '- Gross profit was RMB400.0 million in the second quarter of 2026.',
      '',
      '| (RMB in thousands) | As of December 31, 2025 | As of June 30, 2026 |',
      '|---|---:|---:|',
      '| Total net revenues | 900,000 | 1,000,000 |',
      '| Total assets | 5,000,000 | 6,000,000 |',
    ]).ask('gross margin Q2 2026', 'gm');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('40.0%');
    expect(a.text).toContain("doesn't give Gross margin for Q2 2026");
  });
});
