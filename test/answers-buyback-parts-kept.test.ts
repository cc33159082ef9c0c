// A buyback's parts asked were left out: "shares and avg px" answered the amount and the price, not the count
// bought; "ytd?" after "how many shares ... in q3 and at what avg price" answered the year's count alone, and the
// quarter's price sentence stood beside another period's figures. Each part asked is answered for the period
// asked, the thread's parts kept by a follow-up naming only a period. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';

const SENTENCES = 'During the third quarter, the Company repurchased 1.2 million shares of common stock at an average price of $70.50 per share, for a total of $84.6 million. Year to date, the Company has repurchased 3.5 million shares for $236.3 million.';
const engine = () => inlineEngine([...RIDGEWAY_HEAD, '', '## Capital Actions', '', SENTENCES]);

describe('the parts a buyback question asks are each answered', () => {
  it('"ytd?" after the quarter\'s count and price gives the year\'s count and its price worked out, never the quarter\'s', () => {
    const bot = engine();
    const first = bot.ask('how many shares did they buy back in q3 and at what avg price', 'kept-1');
    expect(first.text).toContain('1.2 million shares');
    expect(first.text).toContain('$70.50');
    const ytd = bot.ask('ytd?', 'kept-1');
    expect(ytd.status).toBe('answer');
    expect(ytd.text).toContain('3.5 million shares');
    expect(ytd.text).toContain('$67.51');
    expect(ytd.text).not.toContain('$70.50');
    expect(ytd.text).not.toContain('1.2 million');
  });

  it.each(['buyback q3: shares and avg px', 'q3 repurchases - avg price and shares'])('"%s" gives the count beside the price', (q) => {
    const a = engine().ask(q, `kept-${q}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1.2 million shares');
    expect(a.text).toContain('$70.50');
  });

  it('"ytd?" after another topic keeps no buyback part', () => {
    const bot = engine();
    bot.ask('net sales q3', 'kept-2');
    expect(bot.ask('ytd?', 'kept-2').text).not.toContain('price');
  });
});
