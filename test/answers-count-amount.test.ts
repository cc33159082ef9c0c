// Two things asked of one event, a count and what it cost ("how many shares did they buy back, and for how
// much?"): both figures, each cited, where the release states them in one clause; where it gives no
// amount it can tie to the count, a decline that says so, never the count alone as if that were all.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
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
    const seed = sharedEngine('data/releases/qfin-2024q1.md');
    const [count, amount, price] = ['how many ADSs did they buy back under the plan', 'and what did they cost?', 'avg price?'].map((q) => seed.ask(q, 'seed-count-amount'));
    expect(count!.text).toContain('3.4 million ADSs');
    expect(amount!.text).toContain('US$65 million');
    expect(amount!.text).not.toContain('3.4 million');
    expect(price!.status, price!.text).toBe('answer');
    expect(price!.text).toContain('US$19.3');
  });
});


// (amt25) The amount asked beside a count in other words than "for how much" ("what was the total consideration",
// "and the amount paid"), or after a count named without "how many", for any thing counted (units, shares):
// the amount the release states with the count, cited; never the count alone. A price each on the count's line
// is no amount of it; where the release states no amount with the count, the amount part is declined by name.
describe('the amount asked beside a count, in other words', () => {
  let units: Engine;
  let bare: Engine;
  beforeAll(() => {
    units = inlineEngine([
      '# Synthetic Trust Reports First Half FY2026 Results',
      '',
      'Synthetic Trust announced today its results for the half-year from 1 April 2026 to 30 September 2026 ("1H FY2026"). Its financial year ends on 31 March.',
      '',
      '- Gross revenue was S$210.4 million, up 3.1% year on year.',
      '- During 1H FY2026, the Manager bought back 12.4 million Units at an average price of S$2.42 per Unit, for a total consideration of S$30.0 million.',
    ]);
    bare = inlineEngine([
      '# Synthetic Outfitters Reports Second Quarter 2025 Results',
      '',
      'Synthetic Outfitters today reported results for the second quarter ended June 30, 2025.',
      '',
      '- Net sales were $812.5 million, an increase of 4.1% from the second quarter of 2024.',
      '- During the quarter the Company repurchased 730,000 shares of common stock under its buyback program.',
    ]);
  });
  it.each([
    'how many units were bought back in 1H and what was the total consideration?',
    'units bought back in 1H and for how much',
    'number of units repurchased during the half and the total consideration',
    'how many units did the Manager buy back in 1H FY2026, and what did that cost?',
  ])('gives the units and their consideration: %s', (q) => {
    const a = units.ask(q, `count-amount-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('12.4 million units');
    expect(a.text).toContain('S$30.0 million');
    expect(a.citations.map((c) => c.line)).toContain(6);
  });
  it.each([
    'how many shares were repurchased in Q2 2025 and what was the total consideration?',
    'shares repurchased in Q2 2025 and for how much',
  ])('declines the amount where none is stated with the count: %s', (q) => {
    const a = bare.ask(q, `count-amount-${n++}`);
    expect(a.text).toMatch(/no amount/);
    expect(a.text).not.toContain('$812.5');
  });
});
