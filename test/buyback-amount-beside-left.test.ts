// The amount bought back asked beside what is left ("how much did they buy back, and what's left?") is a part of
// its own: its figure, else the sentence that prints it, else said to be missing. Before, only what was left answered.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Example Homes Trust Reports Third Quarter 2026 Results',
  '',
  '| $ in millions | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Total revenues | 120.4 | 110.2 |',
  '| Net income | 20.1 | 18.3 |',
  '',
  'During the third quarter the Company repurchased 412,000 shares of common stock at an average price of $38.72 per share, for a total of approximately $16.0 million. Approximately $241.5 million remains available under the $300 million share repurchase program authorized in February 2026.',
];

describe('the amount bought asked beside what is left', () => {
  it('gives both parts', () => {
    const q = "how much did they buy back in Q3 2026, and what's left on the authorization?";
    const a = inlineEngine(RELEASE).ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/241\.5/);
    expect(a.text).toMatch(/\$16\.0 million/);
  });
});
