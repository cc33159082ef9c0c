// A buyback's figures given the role asked: "how many shares can still be bought under the NCIB?" was answered with the
// quarter's 640,000 bought (the question's "can still be bought" was no word of what is left, and the plan's sum bought
// since its start, kept as a statement, was no figure); "max shares under the NCIB" with the quarter's 1.2 million alone
// (its "max" no word of the plan's size, and "The NCIB permits the purchase of up to 10.7 million shares", naming the plan
// by the short name the sentence before defines, no sentence of the buyback); an average price per ADS was declined where
// "3.6 million American depositary shares ("ADSs") for US$42.3 million" gives it. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (...capital: string[]) => [
  '<html><body><h1>Synthetic Birchmoor Ltd. Reports Second Quarter Fiscal 2026 Results</h1>',
  '<p>Synthetic Birchmoor Ltd. today reported results for the second quarter ended June 30, 2026. All amounts are in Canadian dollars.</p>',
  '<p>Revenue was $412.6 million, up 9% from $378.5 million a year earlier.</p>',
  '<h2>Capital Allocation</h2>',
  ...capital.map((p) => `<p>${p}</p>`),
  '</body></html>',
];
const NCIB = 'Under its normal course issuer bid (“NCIB”), which permits the Company to purchase for cancellation up to 3,200,000 common shares between March 3, 2026 and March 2, 2027, the Company repurchased 510,000 common shares during the second quarter at an average price of $28.40 per share, for a total of $14.5 million.';
const SINCE = 'Since the start of the NCIB, the Company has repurchased 1,460,000 common shares for a total of $40.6 million at an average price of $27.81 per share.';
const QUARTER_ONLY = 'Under its normal course issuer bid ("NCIB"), Birchmoor repurchased 1.4 million common shares in Q2 2026 at an average price of C$21.05, for C$29.5 million. The NCIB permits the purchase of up to 9.6 million shares until May 20, 2027.';
const PROGRAM = 'During the quarter the Company repurchased 510,000 common shares for $14.5 million under its $150 million share repurchase program. Since the program’s launch, the Company has repurchased 1,460,000 common shares for a total of $40.6 million.';

describe('what can still be bought under a plan whose use is said since its start', () => {
  it.each(['how many shares can still be bought under the NCIB?', 'how many more shares can be repurchased under the NCIB?', 'how many shares are left under the NCIB?'])('%s: the size less the shares bought since the start, never the quarter\'s', (q) => {
    const a = inlineEngine(release(NCIB, SINCE), 'synthetic.html').ask(q, 'since-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1,740,000 shares of the plan\'s 3,200,000 shares remained: 1,460,000 shares had been bought since it started');
    expect(a.text).not.toContain('510,000');
  });
  it('in money, where the plan is sized in money (the release\'s own dollar)', () => {
    const a = inlineEngine(release(PROGRAM), 'synthetic.html').ask('how much is left on the buyback program?', 'since-2');
    expect(a.text).toContain('About C$109.4 million of the plan\'s C$150 million remained: C$40.6 million had been spent since it started');
  });
  it('is declined where only the quarter\'s purchases are printed: they are not all the plan has used', () => {
    const a = inlineEngine(release(QUARTER_ONLY), 'synthetic.html').ask('how many shares can still be bought under the NCIB?', 'since-3');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/8\.2 million|1\.4 million/);
  });
});

describe("a plan's maximum asked", () => {
  it('is its size, named so; the shares bought in the quarter are never it', () => {
    const a = inlineEngine(release(NCIB, SINCE), 'synthetic.html').ask('max shares under the NCIB', 'max-1');
    expect(a.text).toContain('(the plan\'s size): 3,200,000 shares');
    expect(a.text).not.toMatch(/510,000 shares \(the plan/);
  });
  it('is read from a sentence naming the plan by the short name the sentence before defines', () => {
    const a = inlineEngine(release(QUARTER_ONLY), 'synthetic.html').ask('max shares under the NCIB', 'max-2');
    expect(a.text).toContain('(the plan\'s size): 9.6 million shares');
    expect(a.text).not.toContain('does not print the size');
  });
});

describe('an average price worked out where the shares bought are named by a short name on the way', () => {
  it('divides the amount by the ADSs bought for it', () => {
    const lines = release('In the second quarter of 2026, the Company repurchased 2.5 million American depositary shares ("ADSs") for US$30.0 million under its US$100 million share repurchase program announced in August 2025.');
    const a = inlineEngine(lines, 'synthetic.html').ask('average price per ADS repurchased in Q2', 'price-1');
    expect(a.text).toContain('worked out, about US$12.00');
  });
});

describe("a plan's size named by the plan's word alone", () => {
  it('is its size, never said to be unprinted', () => {
    const lines = release('During the quarter the Company repurchased 0.8 million shares for $22.1 million. Approximately $41.3 million remained under the $65 million authorization approved in January 2026.');
    const a = inlineEngine(lines, 'synthetic.html').ask('how big is the buyback?', 'word-1');
    expect(a.text).toContain('$65 million (named for the plan)');
    expect(a.text).not.toContain('does not print the size');
  });
});

describe('a plan said to have reached an amount by a date, its terms dated in its name', () => {
  it('is left its size less that amount: the dates of its terms name no other plan', () => {
    const lines = [
      '# Synthetic Edelweiss Versicherungen AG – Half-Year Report 2026',
      '',
      'Synthetic Edelweiss Versicherungen AG reports its results for the six months ended 30 June 2026.',
      '',
      '## Capital return',
      '',
      'The share buyback programme of up to CHF 300 million, launched in March 2026 and running until March 2027, had reached CHF 114 million at 30 June 2026; 372,000 shares had been repurchased.',
    ];
    const e = inlineEngine(lines, 'synthetic.md');
    expect(e.ask('how much of the buyback programme is left?', 'reached-1').text).toContain("About CHF 186 million of the plan's CHF 300 million remained as of June 30, 2026: CHF 114 million had been spent.");
    // (The price, from the amount used and the shares bought to the one date the sentence gives both.)
    expect(e.ask('average price paid per share in the buyback so far?', 'reached-2').text).toContain('worked out, about CHF 306.45');
  });
});
