// "How much" asks an amount: where the release states a count and an amount on one line ("repurchased
// 2.1 million shares for $250.0 million"), the amount answers, the count beside it; "how many" still asks
// the count alone. (The count alone answered "how much did they buy back in the qtr".)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Orchard Reports Second Quarter 2026 Results', '', 'Synthetic Orchard today reported results for the second quarter ended June 30, 2026.', ''];
const TABLE = ['', '| ($ in thousands) | Q2 2025 | Q2 2026 |', '|---|---|---|', '| Revenue | 200,000 | 230,000 |'];
const BUYBACK = 'During the quarter the Company repurchased 1.4 million shares of common stock for $62.5 million and paid dividends of $20.1 million.';
let n = 0;
const ask = (line: string, q: string) => inlineEngine([...HEAD, line, ...TABLE]).ask(q, `amount-asked-${n++}`);

describe('"how much" of a thing counted and paid for', () => {
  it('answers with the amount first and the count beside it, both cited from their line', () => {
    for (const q of ['how much did they buy back in the quarter', 'how much did they repurchase in Q2 2026', 'how much have they bought back this quarter']) {
      const a = ask(BUYBACK, q);
      expect(a.status, q).toBe('answer');
      expect(a.text.split('\n')[0], q).toContain('$62.5 million');
      expect(a.text, q).toContain('1.4 million shares');
      expect(a.text, q).not.toContain('$20.1 million');
      expect(a.citations.map((c) => c.line), q).toContain(5);
    }
  });

  it('a line bought back "for" an amount, in other words, shows the amount too', () => {
    const a = ask('In the second quarter we bought back 640,000 shares for $18.2 million.', 'how much was bought back in Q2');
    expect(a.text).toContain('$18.2 million');
    expect(a.text).toContain('640,000 shares');
  });

  it('"how many" still asks the count alone', () => {
    const a = ask(BUYBACK, 'how many shares did they buy back');
    expect(a.text).toContain('1.4 million shares');
    expect(a.text).not.toContain('$62.5 million');
  });
});
