// The number of shares outstanding asked at a date ("ordinary shares outstanding at March 31, 2024") was offered from
// the period's weighted average counts, the per-share figures' denominators: an average over the quarter is not the
// count standing at its end. Asked what is outstanding, with no average (nor basic or diluted) said, an average line
// never answers: a count at the date answers where the release prints one, else the question declines, naming the
// averages it gives. Synthetic releases: averages only, and averages beside the count at the quarter's end.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = (name: string) => [
  `# Synthetic ${name} Reports Third Quarter 2026 Results`,
  '',
  `Synthetic ${name} today reported results for the third quarter ended September 30, 2026.`,
  '',
  '| (in thousands, except share and per share data) | Q3 2025 | Q3 2026 |',
  '|---|---:|---:|',
  '| Net income | 41,200 | 47,900 |',
  '| Net income per common share, basic | 0.51 | 0.60 |',
  '| Net income per common share, diluted | 0.50 | 0.59 |',
  '| Weighted average common shares outstanding, basic | 80,784,300 | 79,833,100 |',
  '| Weighted average common shares outstanding, diluted | 82,400,900 | 81,190,400 |',
];

const AVERAGES = head('Quillon Freight');
const WITH_COUNT = [...head('Ravensholt Brands'), '', '| (in thousands, except share data) | December 31, 2025 | September 30, 2026 |', '|---|---:|---:|', '| Total assets | 1,204,300 | 1,251,800 |', '| Common shares outstanding at end of period | 80,120,400 | 79,412,650 |'];

describe('shares outstanding at a date: never a weighted average of the period', () => {
  let averages!: ReturnType<typeof inlineEngine>;
  let withCount!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    averages = inlineEngine(AVERAGES, 'quillon.md');
    withCount = inlineEngine(WITH_COUNT, 'ravensholt.md');
  });
  it.each(['how many common shares were outstanding at September 30, 2026?', 'shares outstanding at quarter end', 'number of shares outstanding'])('averages only, "%s": declined, naming the averages', (q) => {
    const a = averages.ask(q, `avg-${q}`);
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/weighted average/i);
    expect(a.text).not.toContain('79,833,100');
    expect(a.text).not.toContain('81,190,400');
  });
  it('the average asked by its words still answers', () => {
    expect(averages.ask('weighted average diluted shares outstanding Q3 2026', 'avg-w').text).toContain('81,190,400');
    expect(averages.ask('weighted average basic shares outstanding in Q3 2025', 'avg-b').text).toContain('80,784,300');
  });
  it('a count at the date printed: that count, never an average', () => {
    const a = withCount.ask('shares outstanding at September 30, 2026', 'cnt-1');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/79,412,650|79\.4 million/);
    expect(a.text).not.toContain('79,833,100');
    // (No date said: the count outstanding, never a choice offering the averages beside it.)
    const b = withCount.ask('how many common shares are outstanding', 'cnt-2');
    expect(b.status).toBe('answer');
    expect(b.text).toContain('79,412,650');
    expect(b.text).not.toMatch(/weighted average/i);
  });
});
