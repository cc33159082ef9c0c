// Every part of a buyback question is answered or declined by name: "size and price?" gave the plan's size
// and left the price out without saying so; "how much bought back and at what price" gave the price alone;
// "how much is left, and how many shares did they buy" gave what was left alone.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Alder Works Reports Third Quarter 2026 Results', '', 'Synthetic Alder Works today reported results for the third quarter ended September 30, 2026.', ''];
const TABLE = ['', '| (€ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Revenue | 200.0 | 230.0 |'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines, ...TABLE]).ask(q, `buyback-price-${n++}`).text;

describe('a buyback price asked beside its size', () => {
  it('the price the plan sentence prints is given with the size, wrapped over lines', () => {
    const a = ask(['The Board approved the buyback of up to 4,000,000 shares', 'at €52 per share through a tender offer, for an aggregate amount of up to €208 million.'], 'tender offer buyback size and price?');
    expect(a).toContain('4,000,000');
    expect(a).toContain('€52 per share');
  });

  it('no price printed: said so by name, never left out', () => {
    const a = ask(['The Board approved a share buyback of up to €150 million.'], 'buyback size and price?');
    expect(a).toContain('€150 million');
    expect(a).toMatch(/no price per share/);
  });
});

describe('a buyback price asked beside the amount bought or left', () => {
  const PLAN = ['The Board approved a share buyback program of up to €100 million.', '', 'As of October 20, 2026, the Company had repurchased 1.2 million shares for a total amount of €30 million at an average price of €25.0 per share under the program.'];

  it('the amount bought so far is given with the price, not narrowed to the price line', () => {
    const a = ask(PLAN, 'how much have they bought back so far and at what average price?');
    expect(a).toContain('€30 million');
    expect(a).toContain('€25.0');
  });

  it('what is left is worked out and the price given beside it', () => {
    const a = ask(PLAN, 'how much is left on the buyback and at what price did they buy?');
    expect(a).toMatch(/€70 million[^\n]*€100 million/);
    expect(a).toContain('€25.0');
  });

  it('the count bought asked beside what is left is given, dated', () => {
    const a = ask(PLAN, 'how much is left on the buyback, and how many shares did they buy back?');
    expect(a).toMatch(/€70 million[^\n]*€100 million/);
    expect(a).toMatch(/1\.2 million shares \(as of October 20, 2026\)/);
  });

  it('a count left is asked: no count bought is added', () => {
    const a = ask(PLAN, 'how many shares are left to buy under the buyback?');
    expect(a).not.toContain('1.2 million shares');
  });
});

describe('a price the release prints nowhere, asked beside what is left', () => {
  it('is worked out from the amount and the count one sentence says were bought for it, with the range their rounding allows', () => {
    const a = ask(['Under the €500 million buyback authorized in February 2025, the Company bought back 2.9 million shares for €71.6 million in the third quarter. Cumulative repurchases under the buyback total €318.4 million, leaving €181.6 million available.'], 'how much is left on the buyback and what was the avg price they paid?');
    expect(a).toContain('€181.6 million');
    expect(a).toContain('about €24.69 (from figures rounded as printed, between €24.25 and €25.14)');
    expect(a).toContain('€71.6 million ÷ 2.9 million shares');
  });
});

describe("a plan's start and pace, asked", () => {
  it('quote its sentences wherever they stand, of the plan asked only', () => {
    const a = ask(
      [
        '"We started to execute our 2026 share repurchase program on April 1, 2026, at a pace ahead of schedule," the CFO said.',
        '',
        'On March 2, 2026, the Board approved a share repurchase program of up to €100 million for the 12 months from April 1, 2026 (the "2026 share repurchase program").',
        '',
        'As of March 28, 2026, the Company had used all of its 2025 share repurchase program.',
      ],
      'when did they start executing the 2026 buyback and how is the pace?',
    );
    expect(a).toContain('at a pace ahead of schedule');
    expect(a).not.toContain('2025 share repurchase program');
  });
});

// A part beside the buyback that names no line ("the dividend", an issuer's own term) was dropped without a word.
describe('a part asked beside a buyback that no line answers is named, never dropped', () => {
  const SHAREHOLDERS = [
    'The Annual General Meeting resolved on a dividend of €1.40 per share for 2025, to be paid in two instalments of €0.70 each. During the third quarter the Company repurchased 300,000 own shares for €9 million.',
  ];
  const full = (q: string) => inlineEngine([...HEAD, ...SHAREHOLDERS, ...TABLE]).ask(q, `buyback-beside-${n++}`);

  it.each([
    ['dividend and how many shares did they buy back?', 'dividend'],
    ['what was the dividend, and the buyback amount?', 'dividend'],
    ['zorbel payout per share and how big is the buyback?', 'zorbel payout per share'],
    ['buyback in Q3, and the dividend per share?', 'dividend per share'],
  ])('%s', (q, part) => {
    const r = full(q);
    expect(r.text).toContain('300,000');
    expect(r.text).toContain(`"${part}"`);
    expect(r.status).toBe('unknown');
  });

  it('a price asked beside the buyback is the buyback\'s, answered, not set aside', () => {
    const r = full('how many shares did they buy back, at what avg price?');
    expect(r.text).toContain('300,000');
    expect(r.text).not.toMatch(/couldn't tell/);
  });
});
