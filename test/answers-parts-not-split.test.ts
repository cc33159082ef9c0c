// "How much of X was in A vs B" where the release places A and B under another total than X: X is given only
// as a whole, so the split asked is declined naming what the release lacks, never A's and B's own totals
// ranked or listed. A part the release does place under X is answered. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Velmora Analytics Reports Third Quarter 2026 Results', '',
  'Synthetic Velmora Analytics today reported results for the third quarter ended September 30, 2026.', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Research and development | 90.0 | 99.0 |', '| Selling and marketing | 60.0 | 66.0 |', '| General and administrative | 30.0 | 33.0 |',
  '| Total operating expenses | 180.0 | 198.0 |', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Net income | 40.0 | 44.0 |', '| Add: Stock-based compensation | 12.0 | 14.0 |', '| Adjusted net income | 52.0 | 58.0 |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `parts-${n++}`);

describe('a split of a whole by lines of another total', () => {
  it.each([
    'How much of stock-based compensation was in selling and marketing vs G&A?',
    'what portion of stock-based compensation went to research and development?',
    'how much of the stock-based compensation was booked in R&D and S&M in Q3 2026',
  ])('%s → declined, naming the whole it lacks a split of', (q) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/gives stock-based compensation only as a whole: it doesn't split it by/i);
    expect(a.text).not.toMatch(/\$66\.0|\$99\.0|largest first/);
  });

  it('parts the release places under the whole named: answered', () => {
    const a = ask('how much of total operating expenses was selling and marketing vs G&A?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$66.0 million');
    expect(a.text).toContain('$33.0 million');
  });
});
