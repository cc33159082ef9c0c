// Guidance stated in a minor unit ("headline earnings per share of 1,450 cents to 1,550 cents" in a rand release) is
// in the release's own currency, its hundredths: it had been declined as if foreign ("gives its guidance in ZAC only
// and states no rate from ZAC to ZAR"). Asked in another currency, it is declined naming the unit, never a code as a
// foreign currency. The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (name: string, amount: (f: string) => string, perShare: (f: string) => string) => [
  `# Synthetic ${name} Holdings Reports Second Quarter 2025 Results`, '',
  `Synthetic ${name} Holdings today reported results for the second quarter ended June 30, 2025.`, '',
  `- Revenue was ${amount('1,234.0')} million, up 8.0% from ${amount('1,142.6')} million in the second quarter of 2024.`, '',
  '## Outlook', '',
  `For fiscal 2025, the company expects headline earnings per share of ${perShare('1,450')} to ${perShare('1,550')}.`,
];

const CASES: [string, (f: string) => string, (f: string) => string, string, string][] = [
  // name, amounts, per-share wording, guidance as answered, its unit named in a decline
  ['Karee', (f) => `R${f}`, (f) => `${f} cents`, '1,450 SA cents and 1,550 SA cents', 'SA cents'],
  ['Vaal', (f) => `R${f}`, (f) => `${f}c`, '1,450 SA cents and 1,550 SA cents', 'SA cents'],
  ['Penhale', (f) => `£${f}`, (f) => `${f}p`, '1,450p and 1,550p', 'pence'],
  ['Godavari', (f) => `₹${f}`, (f) => `${f} paise`, '1,450 paise and 1,550 paise', 'paise'],
  ['Ljungby', (f) => `SEK ${f}`, (f) => `${f} öre`, '1,450 öre and 1,550 öre', 'öre'],
];

let n = 0;
describe('guidance in a minor unit is in the release\'s own currency', () => {
  it.each(CASES)('%s', (name, amount, perShare, guided, unit) => {
    const engine = inlineEngine(release(name, amount, perShare), `synthetic-${name.toLowerCase()}-2025q2.md`);
    for (const q of ['guidance?', 'headline earnings per share guidance?']) {
      const a = engine.ask(q, `minor-guide-${n++}`);
      expect(a.status, a.text).toBe('answer');
      expect(a.text).toContain(guided);
    }
    const usd = engine.ask('headline earnings per share guidance in USD?', `minor-guide-${n++}`);
    expect(usd.status).toBe('unknown');
    expect(usd.text).toContain(`in ${unit}`);
    expect(usd.text).not.toMatch(/\b(?:ZAC|GBX|INP|SEO)\b/);
  });
});
