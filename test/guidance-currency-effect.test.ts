// "What FX drag do they expect on FY revenue" was answered with the organic growth objective the same sentence
// states, not the currency effect it names beside it (hl42-055). A currency effect asked of guidance is answered by
// a range the release names as that effect, else declined by name: never another figure of the outlook.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Maison Velours Third Quarter 2026 Revenue',
  '',
  'Maison Velours today reports its revenue for the nine months ended September 30, 2026.',
  '',
  '| M€ | Q3 2026 | Q3 2025 | Reported change | Organic change |',
  '|---|---:|---:|---:|---:|',
  '| Leather Goods | 2 418,6 | 2 301,4 | +5,1 % | +7,8 % |',
  '| **Total Group** | **4 120,5** | **3 902,8** | **+5,6 %** | **+6,4 %** |',
  '',
  '### Outlook',
  '',
  'Maison Velours confirms its objective of organic revenue growth of between 5 % and 7 % for full-year 2026. At current exchange rates, the Group expects a negative currency effect on full-year revenue of around –2,5 points.',
];

describe('a currency effect asked of guidance: never the growth range of the same outlook', () => {
  const e = inlineEngine(release);
  for (const q of ['what FX drag do they expect on FY revenue', 'expected FX impact on revenue for 2026', 'what currency headwind is guided for full-year revenue?']) {
    it(`"${q}": declined by name, no growth range given`, () => {
      const a = e.ask(q, q);
      expect(a.text).not.toMatch(/5%|7%/);
      expect(a.text).toMatch(/currency effect/);
    });
  }
  it('the growth guidance asked is still answered', () => {
    expect(e.ask('what FY revenue guidance', 'g').text).toMatch(/5% and 7%/);
  });
});
