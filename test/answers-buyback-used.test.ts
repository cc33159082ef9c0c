// Share repurchases of a plan: "how much of the authorization has been used so far" is the plan's size less
// what the release says is left, as of that date, never one quarter's purchases (they are not all it used);
// "how many more can they still buy back" asks what is left (declined where the release does not say, never
// answered with a quarter's count); and a Canadian issuer's bare "$" in its prose is its own dollar, never
// printed "US$" beside its tables' C$. Synthetic releases, two of each.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const bank = (size: string, left: string, wording: string) => [
  '# Synthetic Valley Bancorp Reports Third Quarter 2026 Results',
  '',
  'Synthetic Valley Bancorp today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (Dollars in thousands) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net interest income | 88,500 | 86,700 |',
  '',
  `During the third quarter the Company repurchased 305,000 shares of common stock for $11.7 million under the ${size} million share repurchase program authorized in January 2026. ${wording.replace('LEFT', left)}`,
];

const CANADIAN = [
  '# Synthetic Pine Home Inc. Reports Fiscal 2026 Second Quarter Results',
  '',
  'Synthetic Pine Home Inc. today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Repurchased 640,000 common shares for $22.8 million during the quarter under its normal course issuer bid.',
  '',
  '| C$ thousands | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Revenue | 870,400 | 842,100 |',
  '',
  'Under its normal course issuer bid, which permits the Company to purchase for cancellation up to 2,450,000 common shares, the Company repurchased 640,000 common shares during the second quarter for a total of $22.8 million.',
];

describe('what a buyback plan has used, and what can still be bought', () => {
  let first!: ReturnType<typeof inlineEngine>;
  let second!: ReturnType<typeof inlineEngine>;
  let canadian!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    first = inlineEngine(bank('$75.0', '$41.6', 'As of September 30, 2026, LEFT million remained available under the program.'));
    second = inlineEngine(bank('$50.0', '$12.5', 'At quarter end, LEFT million remained under the authorization.'));
    canadian = inlineEngine(CANADIAN);
  });
  it('used so far: the plan less what is left, never the quarter purchases', () => {
    const a = first.ask('How much of the $75 million buyback authorization has been used so far?', 'used-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$33.4 million');
    expect(a.text).not.toMatch(/^[^\n]*\$11\.7 million/);
    const b = second.ask('how much of the share repurchase program has been utilized to date?', 'used-2');
    expect(b.text).toContain('$37.5 million');
  });
  it('how many more can still be bought, where the release gives no count to date: declined, no quarter count', () => {
    const a = canadian.ask('How many more shares can they still buy back under the current NCIB?', 'left-1');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('640,000');
  });
  it("a Canadian issuer's bare $ is its own dollar", () => {
    const f = inlineRelease(CANADIAN).facts.filter((x) => x.value.toString() === '22.8');
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.unit.kind === 'money' && x.unit.currency).toBe('CAD');
    expect(canadian.ask('how much did they spend on buybacks in the quarter?', 'cad').text).not.toContain('US$');
  });
});
