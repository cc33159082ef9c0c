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

// A sign-off naming the officers ("For and on behalf of the Board / T. Mokoena (Chief Executive Officer)") was
// quoted as what the CEO said (hunt31 h31-021): a paragraph naming a title is theirs only when it quotes or says.
describe('an officer the release only names', () => {
  const signed = [...LINES.slice(0, 7), 'For and on behalf of the Board', 'T. Mokoena (Chief Executive Officer)   L. van Wyk (Chief Financial Officer)'];
  it('has no words of theirs to quote', () => {
    const a = inlineEngine(signed).ask('what did the CEO say?', 'signed');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('quotes no Chief Executive Officer');
    expect(a.text).not.toContain('on behalf of the Board');
  });
  it("still quotes the officer who is quoted", () => {
    const a = inlineEngine([...signed.slice(0, 7), LINES[7]!, '', ...signed.slice(7)]).ask('what did the CFO say?', 'signed-cfo');
    expect(a.text).toContain('reflects the operating discipline');
    expect(a.text).not.toContain('Mokoena');
  });
});
