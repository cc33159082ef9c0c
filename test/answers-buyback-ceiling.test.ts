// A buyback's ceiling ("authorized the repurchase of up to $150.0 million", "buyback of up to ₹450 crore
// approved", "buy-back of up to A$150m over the next 12 months") was answered as the amount bought in the
// quarter ("Repurchase was $150.0 million in Q3 2026"). A ceiling is the plan's size, named as such and dated
// by no period; what the quarter bought is another figure. And an amount spent under a plan, labelled its
// "total amount", is said to be spent, never read as the plan's size. Synthetic releases, several wordings.
import { describe, expect, it } from 'vitest';
import { loadBot } from '../src/bot.js';
import { inlineEngine } from './support/inline.js';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';

let n = 0;
const ask = (sentence: string, q: string) => inlineEngine([...RIDGEWAY_HEAD, '', '## Capital Returns', '', sentence]).ask(q, `ceiling-${n++}`);
/** The lines of a reply that print the figure. */
const linesWith = (text: string, figure: string) => text.split('\n').filter((l) => l.includes(figure));

describe("a buyback's ceiling is the plan's size, never the period's amount", () => {
  it.each([
    ['In May 2026 the Board authorized the repurchase of up to $150.0 million of common stock. During the third quarter the Company repurchased 1.42 million shares for $38.6 million.', '$150.0 million'],
    ['Buyback of up to $450 million approved through the tender offer route.', '$450 million'],
    ['New on-market share buy-back of up to $150 million over the next 12 months.', '$150 million'],
    ['The Board approved a share buyback of a maximum of $90 million.', '$90 million'],
  ])('%s', (sentence, cap) => {
    for (const q of ['buyback?', 'buyback amount this quarter?', 'how much stock was repurchased in the quarter?']) {
      const a = ask(sentence, q);
      for (const line of linesWith(a.text, cap)) {
        expect(line).toMatch(/authorization|plan's size/i);
        expect(line).not.toMatch(/\bQ3\b|third quarter|\bin (?:FY)?20\d\d\b/i);
      }
    }
  });
  it('what the quarter bought stays the amount bought', () => {
    const a = ask('During the third quarter the Company repurchased 1.42 million shares for $38.6 million, under a program of up to $150.0 million authorized in May 2026.', 'how much did they spend on buybacks in the quarter?');
    expect(a.text).not.toMatch(/\$150\.0 million in Q3/);
  });
});

describe('an amount spent under a plan, labelled its total amount', () => {
  it('is said to be spent beside what is left (the seed release)', () => {
    const a = loadBot({ releases: ['data/releases/qfin-2024q1.md'] }).engine.ask('how much is left on the 2024 buyback', 'ceiling-seed');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('US$285 million');
    const labelled = linesWith(a.text, 'US$65 million').filter((l) => /total amount/i.test(l));
    for (const line of labelled) expect(line).toMatch(/spent/i);
  });
});
