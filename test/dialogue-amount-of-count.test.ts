// A follow-up asking an amount after a count ("and the max amount?" after a buyback's size in shares, "the
// amount?" after the shares bought back) asks the money, never the count again: the amount stated with the
// count, or the plan's own words where no line holds it. On a release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const HEAD = [
  '# Synthetic Lamps Corporation Reports Third Quarter 2026 Results',
  '',
  'Synthetic Lamps Corporation today reported results for the third quarter ended September 30, 2026.',
  '',
  '- Net revenue was NT$12,400 million, compared with NT$11,000 million in the third quarter of 2025.',
  '',
];
const PLAN = ['The Board also approved a share repurchase program of up to 15,000 thousand common shares, to be', 'executed between November 6, 2026 and January 5, 2027, for a total amount not exceeding NT$4.8 billion.'];
const BOUGHT = ['During the third quarter the Company repurchased 620,000 shares for NT$14.9 million.'];
// The sentence wrapped after the count: its amount stands on the next line.
const WRAPPED = ['During the third quarter the Company repurchased 620,000', 'shares for NT$14.9 million. Since the program began it has repurchased NT$42.7 million.'];
// Two sentences: the next line's amount is no amount of the count.
const APART = ['During the third quarter the Company repurchased 620,000 shares.', 'Dividends paid for the quarter were NT$14.9 million.'];

let plan: Engine;
let bought: Engine;
let wrapped: Engine;
let apart: Engine;
let n = 0;
beforeAll(() => {
  plan = inlineEngine([...HEAD, ...PLAN], 'lamps-2026q3.md');
  bought = inlineEngine([...HEAD, ...BOUGHT], 'lamps-2026q3.md');
  wrapped = inlineEngine([...HEAD, ...WRAPPED], 'lamps-2026q3.md');
  apart = inlineEngine([...HEAD, ...APART], 'lamps-2026q3.md');
});
const last = (qs: string[], engine = plan) => {
  const c = `amount-${n++}`;
  return qs.map((q) => engine.ask(q, c)).at(-1)!;
};

describe('an amount asked after a count', () => {
  it.each(['and the max amount in NT$?', 'and the amount?', 'what amount?'])('"%s" after the plan in shares: its amount, not the shares again', (q) => {
    const a = last(['how big is the buyback in shares', q]);
    expect(a.text).toContain('NT$4.8 billion');
  });

  it('"the amount?" after the shares bought back: what they were bought for', () => {
    const a = last(['how many shares repurchased in Q3?', 'the amount?'], bought);
    expect(a.text).toContain('NT$14.9 million');
    expect(a.text).not.toContain('620,000');
  });

  it('a follow-up asking no amount keeps the plan in shares', () => {
    const a = last(['how big is the buyback in shares', 'and when?']);
    expect(a.text).toContain('15,000 thousand');
  });

  it.each(['for how much', 'the amount?'])('"%s" after shares bought back in a sentence wrapped after the count: the amount on the next line', (q) => {
    const a = last(['how many shares repurchased in Q3?', q], wrapped);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('NT$14.9 million');
    expect(a.text).not.toContain('42.7');
  });

  it('a count whose sentence ends on its line ties no amount from the next', () => {
    const a = last(['how many shares repurchased in Q3, and for how much?'], apart);
    expect(a.text).not.toContain('NT$14.9 million');
  });
});
