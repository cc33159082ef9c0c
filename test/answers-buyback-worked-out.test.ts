// A buyback told in prose with its size and the amount and count bought to a date, and nothing left or priced in
// print: what is left (size − bought to date) and the average price (amount ÷ shares) are worked out, each with
// its inputs cited. The plan's size was lost where the date of its launch led the sentence ("In March 2026 the
// Group launched a programme of up to £25m": filed under March, read as no period of the release), and the price
// was not worked out where the amount was named on the way ("for a total consideration of £14.2m").
// Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Ashcombe Holdings Reports Third Quarter 2026 Results', '', 'Synthetic Ashcombe Holdings today reported results for the third quarter ended September 30, 2026.', ''];
const TABLE = ['', '| (£ millions) | Q3 2026 | Q3 2025 |', '|---|---|---|', '| Revenue | 212.4 | 198.0 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines, ...TABLE]).ask(q, `worked-${n++}`);

describe('what is left and the average price, worked out', () => {
  it.each([
    ['In March 2026 the Group launched a share buyback programme of up to £25m. By 30 September 2026 it had repurchased 3.1 million shares for a total consideration of £14.2m.'],
    ['In March 2026, the Board approved a share buyback programme of up to £25m. By 30 September 2026 it had repurchased 3.1 million shares for a total consideration of £14.2m.'],
    ['On 2 March 2026 the Company announced a share buyback programme of up to £25m. By 30 September 2026 it had repurchased 3.1 million shares for a total of approximately £14.2m.'],
  ])('%s', (sentence) => {
    const a = ask([sentence], 'how much of the £25m buyback is left as of 30 Sep, and what avg price did they pay per share?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('£10.8 million');
    expect(a.text).toContain('£4.58');
    expect(a.text).toMatch(/£25 million − £14\.2 million/);
    expect(a.text).toMatch(/£14\.2 million ÷ 3\.1 million shares/);
    expect(a.citations.some((c) => c.quote.includes('£25m'))).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('£14.2m'))).toBe(true);
  });
  it('a count bought "for a total of approximately" an amount is the amount of those shares', () => {
    const a = ask(['During the third quarter the Company repurchased 412,000 shares for a total of approximately £16.0 million.'], 'how many shares did they buy back in Q3 and for how much?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('412,000');
    expect(a.text).toContain('£16.0 million');
    expect(a.citations.some((c) => c.quote.includes('£16.0 million'))).toBe(true);
  });
});

describe('never a figure it cannot work out', () => {
  it('no amount bought to a date: nothing left is worked out', () => {
    const a = ask(['In March 2026 the Group launched a share buyback programme of up to £25m.'], 'how much of the buyback is left?');
    expect(a.text).not.toMatch(/£\d[\d.]* million remained|remained as of/);
  });
});

describe('never a quarter\'s purchases taken for all the plan has used', () => {
  const plan = ['In March 2026 the Board of Directors authorized the repurchase of up to £300.0 million of common stock. During the third quarter the Company repurchased 612,400 shares for £38.2 million.'];
  it('what is left, printed only in a cumulative sentence: that sentence, never size − the quarter\'s amount', () => {
    const a = ask([...plan, 'Since the program began, the Company has repurchased £104.6 million of stock, and £195.4 million remains available under the authorization.'], 'how much is left on the repurchase authorization');
    expect(a.text).toContain('£195.4 million');
    expect(a.text).not.toContain('261.8');
  });
  it('what is left, printed nowhere: declined, never size − the quarter\'s amount', () => {
    const a = ask(plan, 'how much is left on the repurchase authorization');
    expect(a.text).not.toContain('261.8');
  });
});

