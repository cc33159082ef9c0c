// "What dividend did they declare and how big is the new buyback?" was answered "the release doesn't give
// Dividend" and with the shares bought in the quarter: "declare" (the release prints "declared") was
// spell-corrected to the change cue "decline", and a plan sized in shares only ("up to 2,000,000 shares") was no
// size, so the figures bought stood in for it. Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = (plan = 'The Board also approved a new share repurchase program authorizing the repurchase of up to 2,000,000 shares of common stock through December 31, 2027.') =>
  inlineEngine([
    '# Synthetic Larchmont Bancorp Reports Third Quarter 2026 Results', '',
    'Synthetic Larchmont Bancorp today reported results for the third quarter ended September 30, 2026.', '',
    '| ($ in thousands) | Q3 2026 | Q3 2025 |', '|---|---:|---:|', '| Net interest income | 101,761 | 89,998 |', '',
    'On October 20, 2026, the Board of Directors declared a quarterly cash dividend of $0.31 per common share.', '',
    `${plan} During the third quarter, the Company repurchased 231,400 shares at an average price of $38.62 per share, for a total of $8.9 million.`,
  ]);
let n = 0;
const ask = (q: string, e = engine()) => e.ask(q, `plan-${n++}`);

describe('a dividend asked with "declare" or "announce"', () => {
  it.each(['what dividend did they declare?', 'what dividend did they announce?', 'what dividend did they declare in Q3 2026?'])('%s → the declared dividend', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$0.31');
    expect(a.text).not.toMatch(/doesn't give|change/i);
  });
});

describe('a plan sized in shares', () => {
  it.each(['how big is the new buyback?', 'size of the new buyback program', 'how big is the repurchase authorization?'])('%s → its size in shares, never what was bought', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2,000,000 shares');
    expect(a.text).not.toContain('231,400');
  });
  it('both parts of one question answered', () => {
    const a = ask('what dividend did they declare and how big is the new buyback?');
    expect(a.text).toContain('$0.31');
    expect(a.text).toContain('2,000,000 shares');
    expect(a.text).not.toMatch(/doesn't give/);
  });
  it('the shares bought, asked, are still what was bought', () => {
    expect(ask('how many shares did they buy back in Q3?').text).toContain('231,400');
  });
  // (hunt40 ced-13: "How many shares does the new repurchase program authorize?" was answered with the 231,400 bought in Q3.)
  it.each(['how many shares are authorised under the new buyback?', 'How many shares does the repurchase plan authorise?', 'how many shares is the company authorized to repurchase?'])('%s → what the plan authorises, never what was bought', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2,000,000 shares');
    expect(a.text).not.toContain('231,400');
  });
  it('a plan sized in money and in shares answers its money size', () => {
    const a = ask('how big is the buyback program?', engine('The Board approved a new share repurchase program of up to $100 million, or up to 2,000,000 shares.'));
    expect(a.text).toContain('$100');
  });
});
