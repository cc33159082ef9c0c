// Two things asked of one event, a count and what it cost ("how many shares did they buy back, and for how
// much?"): both figures, each cited, where the release states them in one clause; where it gives no
// amount it can tie to the count, a decline that says so, never the count alone as if that were all.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { loadBot } from '../src/bot.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Outfitters Reports Second Quarter 2025 Results',
    '',
    'Synthetic Outfitters today reported results for the second quarter ended June 30, 2025.',
    '',
    '- Net sales were $812.5 million, an increase of 4.1% from the second quarter of 2024.',
    '- During the quarter the Company repurchased 730,000 shares of common stock for $44.2 million.',
    '- The Company opened 12 new stores in the quarter.',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `count-amount-${n++}`);

describe('a count and its amount asked together', () => {
  it('gives both, from the clause that states them', () => {
    const a = ask('how many shares were bought back in Q2 2025, and for what amount?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('730,000');
    expect(a.text).toContain('$44.2 million');
  });

  it('the count alone when only the count is asked', () => {
    const a = ask('how many shares were bought back in Q2 2025');
    expect(a.text).toContain('730,000');
    expect(a.text).not.toContain('$44.2 million');
  });

  it('declines where the release ties no amount to the count', () => {
    const a = ask('how many new stores did they open in the quarter and for how much');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('$');
  });
});

// (#8, session 17) The same two things asked over two turns: "for how much?" after the count is the amount
// stated with it, never the count again; the count's amount found on its own line whatever the thing counted
// is called (ADSs, shares), and where none is stated, a decline.
describe('"for how much?" after a count', () => {
  const thread = (...qs: string[]) => {
    const t = `count-amount-thread-${n++}`;
    return qs.map((q) => engine.ask(q, t));
  };
  it('is the amount stated with the count', () => {
    const [count, amount] = thread('how many shares were bought back in Q2 2025', 'for how much?');
    expect(count!.text).toContain('730,000');
    expect(amount!.status, amount!.text).toBe('answer');
    expect(amount!.text).toContain('$44.2 million');
    expect(amount!.text).not.toContain('730,000');
  });
  it('declines after a count stated with no amount, never the count again', () => {
    const [, a] = thread('how many new stores did they open in Q2 2025', 'and for how much?');
    expect(a!.status, a!.text).toBe('unknown');
    expect(a!.text).not.toContain('12');
  });
  it('on the seed release: the buyback ADSs as of a date after the quarter, then the amount, then the average price', () => {
    const seed = loadBot({ releases: ['data/releases/qfin-2024q1.md'] }).engine;
    const [count, amount, price] = ['how many ADSs did they buy back under the plan', 'and what did they cost?', 'avg price?'].map((q) => seed.ask(q, 'seed-count-amount'));
    expect(count!.text).toContain('3.4 million ADSs');
    expect(amount!.text).toContain('US$65 million');
    expect(amount!.text).not.toContain('3.4 million');
    expect(price!.status, price!.text).toBe('answer');
    expect(price!.text).toContain('US$19.3');
  });
});

