// A ranking's size words are cues, not unknown names: "which revenue line was the biggest and how big",
// "the smallest ... and how small" and "Top 3 revenue lines, ranked" declined on "big", "small" and a
// capitalised "Top" (taken for another company). "Top" ranks only with a count: "top line" stays revenue.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Lantern Media Reports Second Quarter 2026 Results', '', 'Synthetic Lantern Media today reported results for the second quarter ended June 30, 2026.', '',
  '### Condensed Consolidated Statements of Operations', '',
  '| ($ in millions) | Q2 2025 | Q2 2026 |', '|---|---|---|',
  '| Revenues: | | |', '| Subscription revenue | 300.0 | 340.0 |', '| Advertising revenue | 120.0 | 110.0 |', '| Licensing revenue | 40.0 | 55.0 |', '| Total revenues | 460.0 | 505.0 |',
  '| Net income | 50.0 | 61.0 |', '',
];
let n = 0;
const ask = (q: string) => inlineEngine(release).ask(q, `size-ranking-${n++}`);

describe("a ranking's size words", () => {
  it('"how big" beside the biggest is the ranked lines\' own size', () => {
    const a = ask('which revenue line was the biggest in Q2 2026 and how big');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/largest first:\n- Subscription revenue: \$340\.0 million/);
  });

  it('"how small" beside the smallest likewise', () => {
    const a = ask('which revenue line was the smallest in Q2 2026 and how small');
    expect(a.text).toMatch(/smallest first:\n- Licensing revenue: \$55\.0 million/);
  });

  it('"Top 3", capitalised, ranks by size and is no company', () => {
    const a = ask('Top 3 revenue lines in Q2 2026, ranked');
    expect(a.text).toMatch(/largest first:\n- Subscription revenue: \$340\.0 million\n- Advertising revenue: \$110\.0 million/);
  });

  it('"top line" with no count is still revenue', () => {
    expect(ask('top line in Q2 2026').text).toContain('$505.0 million');
  });

  it('a "Top" that is no cue still declines as a name', () => {
    expect(ask('Topaz revenue in Q2 2026').status).not.toBe('answer');
  });
});
