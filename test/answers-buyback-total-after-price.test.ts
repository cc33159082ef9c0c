// "bought back at an average price of $12.40 per share for $38.4 million": the amount after "for" is the total paid,
// never a second figure of the price ("for" was read as "or", so the price was answered as "$38.4 million").
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Halloran Foods Inc. -- Q2 2026 results', '',
  'Halloran Foods reports results for the quarter ended June 30, 2026 (Q2 2026).', '',
  '- Net sales of $512.6 million, up 4.2% on Q2 2025.', '',
  'CAPITAL RETURNS',
  'Under the $150 million share repurchase program, 3.1 million shares were repurchased in the quarter at an average price of $12.40 per share for $38.4 million.',
];

describe('the total paid after an average price', () => {
  it('answers the average price per share, never the total as a price', () => {
    const a = inlineEngine(RELEASE, 'synthetic.txt').ask('what was the average repurchase price?', 'bb-total-price');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/\$12\.40/);
    expect(a.text).not.toMatch(/average price[^\n]*\$38\.4 million/i);
  });
  it('answers the price in a thread after the shares bought', () => {
    const engine = inlineEngine(RELEASE, 'synthetic.txt');
    engine.ask('how many shares were repurchased in the quarter?', 'bb-total-thread');
    const a = engine.ask('at what average price?', 'bb-total-thread');
    expect(a.text).toMatch(/\$12\.40/);
    expect(a.text).not.toMatch(/\$38\.4 million/);
  });
});
