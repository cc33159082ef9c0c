// "How much stock did they buy back", "how much common stock have they repurchased": "stock" is what the buyback
// verb buys, the shares the release's buyback lines name. It was an unknown word and the question declined
// naming it. "Stock" beside other words stays theirs ("stock price", "Repurchases of common stock").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const software = sharedEngine('eval/hl14/docs/brightwater-fy26q2.html');
const distributor = sharedEngine('eval/hl13/docs/quillstone-q3fy26.txt');
const apple = sharedEngine('../shared/releases/filed/aapl-2024q1.htm');

describe('"stock" a buyback verb buys is the shares', () => {
  it.each([
    [software, 'How much stock did they buy back in the quarter?', '$68.4 million in fiscal Q2 2026'],
    [software, 'how much common stock was bought back in Q2 FY26', '$68.4 million in fiscal Q2 2026'],
    [distributor, 'How much stock have they repurchased in Q3?', '$61.2 million in fiscal Q3 2026'],
  ])('%#: %s', (engine, q, want) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.citations.some((c) => c.quote.includes(want.slice(1, 5)))).toBe(true);
  });

  it('a name holding "common stock" keeps it', () => {
    const a = apple.ask('stock repurchases in Q1 FY24?', 'aapl-stock');
    expect(a.text).toContain('Repurchases of common stock');
    expect(a.text).toContain('$20.1 billion');
  });

  it('"stock price" is no buyback line: declined, no repurchase amount given', () => {
    const a = software.ask('what was the stock price when they bought back shares?', 'price');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('68.4');
  });
});
