// A buyback thread's follow-up asks its own part: "what's the total program size?" after what is left asks the
// plan's size (the part's words are read for the buyback although the follow-up names no buyback), and "how much
// did they spend in Q2?" asks what was bought in that quarter, never the plan's size less what is left (all it has
// used to a date). Synthetic releases of other wordings than the examiners' case.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Harrow Foods plc: results for the second quarter of 2026',
  '',
  'Synthetic Harrow Foods plc today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (£ millions) | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Revenue | 512.4 | 488.0 |',
  '',
  'In the second quarter the Group bought back 1,150,000 ordinary shares for £18.3 million under the £120.0 million share buyback programme announced in February 2026. At June 30, 2026, £64.9 million remained available under the programme.',
];

describe("a buyback thread's follow-up asks its own part", () => {
  let bot!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    bot = inlineEngine(RELEASE);
  });
  it("the plan's size asked after what is left: the size, not what is left again", () => {
    expect(bot.ask('How much is still available under the buyback?', 'size').text).toContain('£64.9 million');
    const a = bot.ask("and what's the programme's maximum?", 'size');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£120.0 million');
    expect(a.text).not.toContain('£64.9 million');
    expect(a.text).not.toContain('512.4');
  });
  it('a quarter named: what was spent in it, never the plan less what is left', () => {
    for (const [q, c] of [
      ['How much did they spend on buybacks in Q2?', 'q2-alone'],
      ['and how much was spent in the second quarter?', 'q2-thread'],
    ] as const) {
      if (c === 'q2-thread') bot.ask('how large is the share buyback programme?', c);
      const a = bot.ask(q, c);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('£18.3 million');
      expect(a.text).not.toContain('£55.1 million');
      expect(a.citations.some((x) => x.quote.includes('£18.3 million'))).toBe(true);
    }
  });
  it('used so far, no span named: still the plan less what is left', () => {
    expect(bot.ask('How much of the buyback has been used so far?', 'so-far').text).toContain('£55.1 million');
  });
});
