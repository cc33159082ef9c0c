// A buyback's price asked without naming the plan ("avg price paid on the q3 repurchases", "what did they pay per
// share on average for the buyback") had been read as the value of a line sharing the word "average" (the diluted
// weighted average shares) or declined for "price": it is the buyback's, worked out from the amount and count
// bought where the release prints no price. A longer span asked (YTD) is never answered with the quarter's figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Larchmont Outfitters Reports Third Quarter 2026 Results',
  '',
  'Synthetic Larchmont Outfitters today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in thousands) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Net sales | 812,400 | 760,100 |',
  '| Diluted weighted average shares | 59,412 | 61,020 |',
  '',
  '## Capital Allocation',
  '',
  'During the third quarter, the Company repurchased 1.1 million shares of common stock for $68.2 million.',
];

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine(RELEASE);
});
const ask = (q: string) => engine.ask(q, `price-asked-${n++}`);

describe('a buyback price asked in everyday words', () => {
  for (const q of ['avg price paid on the q3 repurchases', 'average repurchase price', 'what did they pay per share on average for the buyback', 'average cost per share of the buyback', 'buyback avg px']) {
    it(`"${q}": the price worked out from the amount and the shares bought, never the weighted average shares`, () => {
      const a = ask(q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('about $62.00');
      expect(a.text).not.toMatch(/59,412|weighted/i);
    });
  }

  it('the market price is not the price paid: "did the buyback move the share price" is not answered with it', () => {
    expect(ask('did the buyback move the share price').text).not.toContain('$62.00');
  });

  it('the year to date asked, with only the quarter printed: declined, naming the period it gives', () => {
    const a = ask('ytd buyback avg price');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/doesn't give that for the 9 months ended September 30, 2026.*Q3 2026/);
  });
});

describe('the price and the year to date in releases as printed', () => {
  it('a decimal-comma release: the buyback sentence is found for its figures, and its printed price quoted, never "no price"', () => {
    const a = sharedEngine('eval/hl26/docs/era-2026h1.md').ask('how many shares did they buy back in H1 and at what avg price', 'era-price');
    expect(a.text).toContain('4.2 million shares');
    expect(a.text).toContain('(average price €35,31)');
    expect(a.text).not.toMatch(/no price per share/);
  });

  it('a figure its label says is to date answers the year to date, whatever its sentence dated it', () => {
    const a = sharedEngine('eval/hl21/docs/quillfeather-2026q2.md').ask('how much buyback capacity is left and how much have they bought YTD?', 'quill-ytd');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$41.8 million');
  });
});
