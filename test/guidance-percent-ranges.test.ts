// A range whose percent sign stands only after its high end ("organic sales growth of 4–6% (previously
// 3–5%)", "12 to 13 percent") is a range of percentages: before, its low end was read as a bare number and
// taken into the line's name, so the guidance was "of 4–" and its earlier range was "no earlier forecast". Inline.
import { describe, expect, it } from 'vitest';
import { tokens } from '../src/knowledge/prose/mentions.js';
import { inlineEngine } from './support/inline.js';

const release = (growth: string, earlier: string, margin: string) => [
  '# Vallby Group AB Interim Report Q2 2026',
  '',
  '| SEK million | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Net sales | 4,812 | 4,395 |',
  '',
  '## Outlook',
  '',
  `For full-year 2026 Vallby now expects organic sales growth of ${growth} (previously ${earlier}). The outlook for an adjusted EBITA margin of ${margin} is unchanged.`,
];

describe('a percent range marked at its high end', () => {
  it('is the guided range, with the earlier range it replaced', () => {
    for (const [growth, earlier, margin] of [['4–6%', '3–5%', '12–13%'], ['4-6%', '3-5%', '12-13%'], ['4 to 6 percent', '3 to 5 percent', '12 to 13 percent']]) {
      const lines = release(growth!, earlier!, margin!);
      const a = inlineEngine(lines).ask('what changed in the 2026 organic sales growth outlook?', 'q');
      expect(a.status, `${growth}: ${a.text}`).toBe('answer');
      expect(a.text).toMatch(/between 4% and 6%/);
      expect(a.text).toMatch(/raised/);
      expect(a.text).toMatch(/3%–5%/);
      expect(a.text).not.toMatch(/of 4[–-]/);
    }
  });

  it('a bare number above the percentage, or not joined to it by a dash or "to", is no low end', () => {
    const percents = (text: string) => tokens(text).map((t) => t.percent);
    expect(percents('growth of 4–6%')).toEqual([true, true]);
    expect(percents('growth of 4 to 6 percent')).toEqual([true, true]);
    expect(percents('ranked 12 – 5% of sales')).toEqual([false, true]);
    expect(percents('opened 40 stores, up 6%')).toEqual([false, true]);
    expect(percents('$4–6%')).toEqual([false, true]);
  });
});
