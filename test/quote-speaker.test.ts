// An officer's quote whose sentence states a reason ("… reflects …") is filed as that metric's reason; it is
// still the officer's words. Asked what the officer said on the topic, the bot quotes it, not their other
// sentence with "no remark on that". Synthetic release, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Systems Reports Second Quarter 2026 Results',
  '',
  'Synthetic Systems today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Total revenue was $267.6 million, up 21.4% year over year.',
  '- Free cash flow was $50.3 million.',
  '',
  '"Free cash flow of $50.3 million reflects the operating discipline we have built," said Ada Moreno, Chief Financial Officer. "Given the strength of our pipeline, we are raising our outlook."',
];

describe('what an officer said on a topic their reason-giving sentence names', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  it('quotes that sentence, as theirs', () => {
    const a = engine.ask('what did the CFO say about free cash flow', 'quote-speaker');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('reflects the operating discipline');
    expect(a.text).toMatch(/^Chief Financial Officer, in the release:/);
    expect(a.text).not.toContain('no remark');
  });
});
