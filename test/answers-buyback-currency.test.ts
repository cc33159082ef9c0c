// A buyback plan's figures asked in the other currency (handlers/plan-currency.ts): each translated at the
// release's own rate, multiplied from US dollars and divided into them, the figure as printed and the rate
// beside it, the rate's line cited; with no rate stated, no translated figure. Synthetic releases; every
// figure worked by hand (US$100 million × 7.2 = RMB720 million; RMB180.0 million ÷ 7.2 = US$25.0 million).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (plan: string, spent: string, rate: boolean) => [
  '# Synthetic Lotus Finance Reports Second Quarter 2026 Results',
  '',
  'Synthetic Lotus Finance today reported results for the second quarter ended June 30, 2026.',
  '',
  `On March 12, 2026, the Board approved a share repurchase plan of up to ${plan}. As of June 30, 2026, the Company had repurchased 2.0 million ADSs for ${spent} under the plan.`,
  '',
  ...(rate ? ['This announcement contains translations of certain RMB amounts into U.S. dollars at the rate of RMB7.2000 to US$1.00.'] : []),
  '',
  '| (RMB in thousands) | Q2 2025 | Q2 2026 |',
  '|---|---|---|',
  '| Total net revenue | 650,000 | 750,000 |',
];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines, 'lotus-2026q2.md').ask(q, `buyback-currency-${n++}`);

describe("a buyback plan's figures in the currency asked", () => {
  it('a plan in US dollars asked in RMB: each figure multiplied by the rate, the printed figure beside it', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', true), 'how much is left on the buyback in RMB?');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')[0]).toBe("About RMB540.0 million (US$75.0 million at the release's rate of RMB7.2000 to US$1.00) of the plan's RMB720 million (US$100 million at the release's rate of RMB7.2000 to US$1.00) remained as of June 30, 2026: RMB180.0 million (US$25.0 million at the release's rate of RMB7.2000 to US$1.00) had been spent.");
    expect(a.derivations.map((d) => `${d.label} = ${d.value}: ${d.formula}`)).toEqual(expect.arrayContaining(['Share repurchase plan in RMB = RMB720 million: US$100 million × 7.2000', 'Plan remaining in RMB = RMB540.0 million: US$75.0 million × 7.2000']));
    expect(a.citations.map((c) => c.line).sort()).toEqual([5, 5, 7]);
  });

  it('a plan in RMB asked in US dollars: each figure divided by the rate', () => {
    const a = ask(release('RMB720 million', 'RMB180.0 million', true), 'how much is left on the buyback in USD?');
    expect(a.text.split('\n')[0]).toBe("About US$75.0 million (RMB540.0 million at the release's rate of RMB7.2000 to US$1.00) of the plan's US$100 million (RMB720 million at the release's rate of RMB7.2000 to US$1.00) remained as of June 30, 2026: US$25.0 million (RMB180.0 million at the release's rate of RMB7.2000 to US$1.00) had been spent.");
    expect(a.derivations.map((d) => `${d.label} = ${d.value}: ${d.formula}`)).toEqual(expect.arrayContaining(['Share repurchase plan in USD = US$100 million: RMB720 million ÷ 7.2000']));
  });

  it('the whole buyback asked in RMB: amounts translated, the count of ADSs as printed', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', true), 'buyback in RMB?');
    expect(a.text.split('\n').slice(0, 3)).toEqual([
      "Share repurchase plan (the plan's size): RMB720 million (US$100 million at the release's rate of RMB7.2000 to US$1.00)",
      'Plan ADSs: 2.0 million ADSs (as of June 30, 2026)',
      "Amount of plan ADSs: RMB180.0 million (US$25.0 million at the release's rate of RMB7.2000 to US$1.00) (as of June 30, 2026)",
    ]);
  });

  it('asked in its own currency: as printed, no rate', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', true), 'how much is left on the buyback?');
    expect(a.text.split('\n')[0]).toBe("About US$75.0 million of the plan's US$100 million remained as of June 30, 2026: US$25.0 million had been spent.");
  });

  it('asked in the currency it is printed in, not the release\'s own: as printed, no rate', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', true), 'how much is left on the buyback in USD?');
    expect(a.text.split('\n')[0]).toBe("About US$75.0 million of the plan's US$100 million remained as of June 30, 2026: US$25.0 million had been spent.");
    expect(a.derivations.map((d) => d.label)).toEqual(['Plan remaining']);
  });

  it('no rate stated: no translated figure', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', false), 'how much is left on the buyback in RMB?');
    expect([a.status, a.text]).toEqual(['unknown', "The release states no amount left under its share repurchase plan, nor both the plan's size and the amount spent under it."]);
  });

  // The release's rate is between its own currency and the US dollar: a plan in a third currency has no rate
  // to the one asked, so no figure (HK$25.0 million × 7.2 would be no RMB amount).
  it('a plan in a third currency (HK$) asked in the release\'s own: no translated figure, and says why', () => {
    const lines = release('HK$100 million', 'HK$25.0 million', true);
    expect(ask(lines, 'how much is left on the buyback in RMB?')).toMatchObject({ status: 'unknown', text: "The release states no amount left under its share repurchase plan, nor both the plan's size and the amount spent under it." });
    expect(ask(lines, 'what % of the repurchase plan was used in RMB?')).toMatchObject({ status: 'unknown', text: 'The release gives no plan size with the amount spent or left under it that I could read as figures, so I cannot work out what share of the plan is used or left.' });
    // Not asked in another currency: as printed.
    expect(ask(lines, 'how much is left on the buyback?').text.split('\n')[0]).toBe("About HK$75.0 million of the plan's HK$100 million remained as of June 30, 2026: HK$25.0 million had been spent.");
  });
});

describe("the share of a plan used and left (plan-share.ts)", () => {
  it('both shares, each with its formula from the figures shown', () => {
    const a = ask(release('US$100 million', 'US$25.0 million', true), 'what % of the repurchase plan was used?');
    expect(a.text.split('\n')[0]).toBe("About US$75.0 million of the plan's US$100 million remained as of June 30, 2026: US$25.0 million had been spent; 25.0% of the plan had been used and 75.0% remained.");
    expect(a.derivations.map((d) => `${d.label} = ${d.value}: ${d.formula}`)).toEqual([
      'Plan remaining = US$75.0 million: US$100 million − US$25.0 million',
      'Share of the plan used = 25.0%: US$25.0 million ÷ US$100 million × 100',
      'Share of the plan remaining = 75.0%: US$75.0 million ÷ US$100 million × 100',
    ]);
  });
});
