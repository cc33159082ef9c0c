// A buyback sentence printing the quarter's price beside the longer span's amount and count ("0.34 million shares in the
// quarter at an average price of $9.12 per share for $3,100, and 2.41 million shares for $21,830 in the first nine
// months"): the nine months' price asked was answered by quoting the quarter's $9.12 under the nine months' figures
// (hl54 h54-131). A printed price the amount and count shown cannot give is another purchase's: the span's price is
// worked out from its own amount and count; the quarter's stays the printed one. Synthetic release, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Kestrel Ridge Energy Reports Second Quarter 2026 Results',
    '',
    'Synthetic Kestrel Ridge Energy today reported results for the three and six months ended June 30, 2026. All dollar amounts are in Canadian dollars',
    'and thousands, unless otherwise noted.',
    '',
    '| (C$ thousands) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Petroleum and natural gas sales | 412,300 | 398,700 |',
    '',
    '## Return of capital',
    '',
    'Under its normal course issuer bid, Kestrel Ridge repurchased and cancelled 1.20 million common shares in the quarter at an average price of $15.40 per share for $18,480, and 3.50 million shares for $50,750 in the first six months.',
  ], 'kestrel-q2-2026.md');
});

describe("a printed price of another span than the buyback's figures asked", () => {
  it('the six months: worked out from their amount and count, never the quarter\'s printed price', () => {
    const a = engine.ask('Average price paid per share under the NCIB in the first six months?', 'six');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('14.50');
    expect(a.text).not.toContain('15.40');
  });

  it("the quarter: the price the release prints", () => {
    const a = engine.ask('average price paid per share under the NCIB in the quarter?', 'q2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('15.40');
  });
});
