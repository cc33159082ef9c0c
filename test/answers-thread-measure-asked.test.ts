// A follow-up naming only a measure ("and LFL?", "organic?") after a line asks that line on the measure: the
// release's line of it, or a decline naming the measure; never the thread's plain line with the measure dropped
// (revenue given for its like-for-like sales). Synthetic retailer release, other wordings than the examiners'.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Brookmere Stores plc: third quarter trading statement',
  '',
  'Synthetic Brookmere Stores plc today reported trading for the third quarter ended September 30, 2026.',
  '',
  '| (£ millions) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Revenue | 1,284.6 | 1,231.9 |',
  '| Operating profit | 61.2 | 57.4 |',
  '',
  '| Sales growth (%) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Like-for-like sales | 2.9% | 1.7% |',
];

describe('a follow-up naming only a measure', () => {
  let bot!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    bot = inlineEngine(RELEASE);
  });
  it("the thread's top line on that measure: its like-for-like sales", () => {
    expect(bot.ask('Revenue in Q3 2026?', 'lfl').text).toContain('1,284.6');
    const a = bot.ask('and like for like?', 'lfl');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2.9%');
    expect(a.text).not.toContain('1,284.6');
  });
  it('a measure the release gives no line of: declined naming it, no plain figure', () => {
    expect(bot.ask('operating profit Q3 2026?', 'org').text).toContain('61.2');
    const a = bot.ask('and LFL?', 'org');
    expect(a.status).not.toBe('answer');
    expect(a.text).toMatch(/like-for-like/i);
    expect(a.text).not.toContain('61.2');
  });
});
