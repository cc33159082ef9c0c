// "How much did they spend on X" asks for an amount paid out: a line named for what comes in ("Dividend income",
// "Revenue from acquisitions") is no payment though it names dividends or acquisitions, so it is never given as one.
// The 'spent' modifier reads "used" too (a buyback plan's amount used); a figure in parentheses is said to be
// "an amount paid out", its sign dropped, only on a line that is a payment: "other income used" is no spending.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Pemberton Holdings Reports First Quarter 2024 Results',
  '',
  'Synthetic Pemberton Holdings today reported results for the first quarter ended March 31, 2024.',
  '',
  '| (US$ in thousands) | 1Q24 | 1Q23 |',
  '|---|---:|---:|',
  '| Total revenues | 125,000 | 110,000 |',
  '| Dividend income | 5,000 | 4,000 |',
  '| Revenue from acquisitions | 9,000 | 2,000 |',
  '| Net income | 21,000 | 19,000 |',
  '| Net increase (decrease) in cash | (7,000) | 2,000 |',
  '| Other income, net | (1,000) | 2,000 |',
  '',
  '| (US$ in thousands) | 1Q24 | 1Q23 |',
  '|---|---:|---:|',
  '| Dividends paid | (3,000) | 2,500 |',
];

describe('an amount spent is never an income line', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  const ask = (q: string) => engine.ask(q, `spend-${q}`).text;
  it.each([
    ['how much did they spend on dividend income in 1Q24?', /\$5\.0 million/],
    ['how much did they spend on revenue from acquisitions in 1Q24?', /\$9\.0 million/],
  ])('%s', (q, income) => {
    expect(ask(q)).not.toMatch(income);
  });
  it('a payment line is still an amount spent', () => {
    expect(ask('how much did they spend on dividends paid in 1Q24?')).toMatch(/\$3\.00? million/);
  });
});

describe('a negative line asked with "used"', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  const ask = (q: string) => engine.ask(q, `used-${q}`).text.split('\n')[0]!;
  it.each([
    ['other income used in 1Q24?', /-1\.00 million/],
    ['net increase in cash used in 1Q24?', /-7\.0 million/],
  ])('%s keeps its sign', (q, signed) => {
    const text = ask(q);
    expect(text).toMatch(signed);
    expect(text).not.toMatch(/paid out/);
  });
  it('a payment line asked as spent is still an amount paid out', () => {
    expect(ask('how much did they spend on dividends paid in 1Q24?')).toMatch(/\$3\.00? million .*paid out/);
  });
});
