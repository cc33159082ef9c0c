// A buyback's authorization ("authorized the repurchase of up to $150.0 million", "Buyback of up to ₹450 crore
// approved") was answered as the amount bought in the quarter ("Repurchase was $150.0 million in Q3 2026"). A
// plan's size is named as its authorization and dated by no period; "buyback?" answers what the quarter bought
// where the release says it, else the authorization as one; "how big is the buyback program?" its size. And an
// amount spent under a plan, labelled its "total amount", is never read as the plan's size. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';

let n = 0;
const ask = (sentence: string, q: string) => inlineEngine([...RIDGEWAY_HEAD, '', '## Capital Returns', '', sentence]).ask(q, `ceiling-${n++}`);
/** The lines of a reply that print the figure. */
const linesWith = (text: string, figure: string) => text.split('\n').filter((l) => l.includes(figure));

const BOUGHT = 'In May 2026 the Board authorized the repurchase of up to $150.0 million of common stock. During the third quarter the Company repurchased 1.42 million shares for $38.6 million.';

describe("a buyback's authorization is the plan's size, never the period's amount", () => {
  it.each([
    ['Buyback of up to $450 million approved through the tender offer route.', '$450 million'],
    ['New on-market share buy-back of up to $150 million over the next 12 months.', '$150 million'],
    ['The Board approved a share buyback of a maximum of $90 million.', '$90 million'],
    ['The Board authorized the repurchase of $120 million of common stock.', '$120 million'],
    ['The Board approved a share buyback of $75 million.', '$75 million'],
  ])('%s', (sentence, cap) => {
    for (const q of ['buyback?', 'how much did they buy back in the quarter?', 'how big is the buyback program?']) {
      const a = ask(sentence, q);
      // (What the quarter bought, where the release says nothing of it, may be declined; never the plan's size as it.)
      if (!/quarter/.test(q)) expect(linesWith(a.text, cap), q).not.toEqual([]);
      for (const line of linesWith(a.text, cap)) {
        expect(line, q).toMatch(/authorization|plan's size/i);
        expect(line, q).not.toMatch(/\bQ3\b|third quarter|\bin (?:FY)?20\d\d\b|\brepurchased\b/i);
      }
    }
  });

  it('"buyback?" answers what the quarter bought, beside its count', () => {
    const a = ask(BOUGHT, 'buyback?');
    expect(a.text).toContain('$38.6 million in Q3 2026');
    expect(a.text).not.toContain('$150.0 million');
  });

  it('"how much did they repurchase" is the amount bought, never the authorization', () => {
    const a = ask(BOUGHT, 'how much did they repurchase in the quarter?');
    expect(a.text.split('\n')[0]).toContain('$38.6 million');
    expect(a.text).not.toContain('$150.0 million');
  });

  it.each(['how big is the buyback program?', 'how big is the buyback?', 'buyback program size?'])('"%s" is the authorization', (q) => {
    const a = ask(BOUGHT, q);
    expect(a.text).toMatch(/authorization \(the plan's size\): \$150\.0 million/i);
    expect(a.text).not.toContain('$38.6 million');
  });

  it('size, price and count asked of an approved buyback are each given', () => {
    const a = ask('The Board approved the buyback of up to 3,913,043 equity shares at a price of $11.50 per share, for an aggregate amount not exceeding $45 million. Buyback of up to $45 million approved through the tender offer route.', 'buyback details: size, price, no of shares?');
    expect(a.text).toMatch(/authorization \(the plan's size\): \$45 million/);
    expect(a.text).toContain('3,913,043 shares');
    expect(a.text).toContain('$11.50');
  });
});

describe('a highlight under the group\'s own accounts, "(consolidated)"', () => {
  it('is named for itself, with no market made of the word', () => {
    const e = inlineEngine([...RIDGEWAY_HEAD, '', '## Key highlights – Q3 2026 (consolidated)', '', '- Buyback of up to $450 million approved through the tender offer route']);
    const a = e.ask('buyback?', 'consolidated');
    expect(a.text).toMatch(/^Share repurchase authorization \(the plan's size\): \$450 million/);
    expect(a.text).not.toMatch(/in the consolidated/i);
  });
});

describe('what is left of a plan, beside the amount spent under it', () => {
  it('never names the amount spent as the plan\'s total (the seed release)', () => {
    const a = sharedEngine('data/releases/qfin-2024q1.md').ask('how much is left on the 2024 buyback, roughly', 'ceiling-seed');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('About US$285 million of the 2024 plan\'s US$350 million remained');
    expect(a.text).not.toMatch(/total amount: US\$65 million/);
  });
});
