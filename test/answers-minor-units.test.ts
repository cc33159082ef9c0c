// A figure printed in a currency's minor unit ("781.1 cents" of a rand release, "4.35p", "45 paise") keeps that
// unit: its cents were read as US dollars, so a rand miner's headline earnings per share of 781.1 cents was answered
// "US$7.811" (hl30 karoo-03). A dollar's cents are that dollar's, exactly ("25 cents" of a Canadian release is
// C$0.25); a minor unit whose currency the release does not tell keeps its word as printed. The releases are synthetic.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

/** A synthetic half-year release in `amount`'s currency whose per-share figures are printed as `perShare` says. */
const release = (name: string, amount: (f: string) => string, note: string, perShare: (f: string) => string) => [
  `# Synthetic ${name} Holdings Reports Second Quarter 2025 Results`, '',
  `Synthetic ${name} Holdings today reported results for the second quarter ended June 30, 2025.`, '',
  `- Revenue was ${amount('1,234.0')} million, up 8.0% from ${amount('1,142.6')} million in the second quarter of 2024.`,
  `- Headline earnings per share of ${perShare('781.1')} (Q2 2024: ${perShare('387.2')}).`,
  `- The board declared a dividend of ${perShare('310')} per share.`, '',
  `| ${note} | Q2 2025 | Q2 2024 |`, '|---|---|---|', '| Revenue | 1,234.0 | 1,142.6 |',
];

const CASES: [string, (f: string) => string, string, (f: string) => string, string, string][] = [
  // name, amounts, unit note, per-share wording, HEPS as answered, dividend as answered
  ['Karee', (f) => `R${f}`, 'Rm', (f) => `${f} cents`, '781.1 SA cents', '310 SA cents'],
  ['Vaal', (f) => `R${f}`, 'Rm', (f) => `${f}c`, '781.1 SA cents', '310 SA cents'],
  ['Penhale', (f) => `£${f}`, '£m', (f) => `${f}p`, '781.1p', '310p'],
  ['Godavari', (f) => `₹${f}`, '₹ million', (f) => `${f} paise`, '781.1 paise', '310 paise'],
  ['Ljungby', (f) => `SEK ${f}`, 'SEK m', (f) => `${f} öre`, '781.1 öre', '310 öre'],
  ['Moraine', (f) => `C$${f}`, 'C$ millions', (f) => `${f} cents`, 'C$7.811', 'C$3.10'],
  // The unit's word in capitals, or with its country ("SA cents"), as releases print it too: had been no unit, so
  // "Cents per share were 310 share" (a line made of the unit's words, its figure a count of shares).
  ['Kuruman', (f) => `R${f}`, 'Rm', (f) => `${f} Cents`, '781.1 SA cents', '310 SA cents'],
  ['Kimberley', (f) => `R${f}`, 'Rm', (f) => `${f} SA cents`, '781.1 SA cents', '310 SA cents'],
  ['Pennard', (f) => `£${f}`, '£m', (f) => `${f} Pence`, '781.1p', '310p'],
  ['Ottawa', (f) => `C$${f}`, 'C$ millions', (f) => `${f} CENTS`, 'C$7.811', 'C$3.10'],
  // Cents of a currency with none: as printed, never another currency's.
  // A figure to the tenth of a cent with a zero there ("72.0 cents") is printed to the cent, never "C$0.720".
  ['Whistler', (f) => `C$${f}`, 'C$ millions', (f) => `${f === '781.1' ? '72.0' : f} cents`, 'C$0.72 ', 'C$3.10'],
  ['Lanting', (f) => `RMB${f}`, 'RMB millions', (f) => `${f} cents`, '781.1 cents', '310 cents'],
];

let n = 0;
describe('a figure in a minor unit keeps its unit, in the release\'s own currency', () => {
  it.each(CASES)('%s', (name, amount, note, perShare, heps, dividend) => {
    const engine = inlineEngine(release(name, amount, note, perShare), `synthetic-${name.toLowerCase()}-2025q2.md`);
    const a = engine.ask("headline earnings per share?", `minor-${n++}`);
    expect(a.status, a.text).toBe("answer");
    expect(a.text).toContain(heps);
    const d = engine.ask('dividend per share?', `minor-${n++}`);
    expect(d.text).toContain(dividend);
    expect(`${a.text}\n${d.text}`).not.toMatch(/US\$|USD|(?<![A-Z])\$/);
  });
});

// The earlier outlook beside a range in cents ("310 cents to 330 cents (previously 290 cents to 310 cents)") was read
// back unsettled (290 cents against the range's C$3.10), so no earlier figure matched and the reply said the release
// states none: a figure read back from the text is settled as its facts are.
describe('an earlier outlook in a minor unit', () => {
  it('is read beside the range it was replaced by, in the same unit', () => {
    const engine = inlineEngine([
      '# Synthetic Moraine Holdings Reports Second Quarter 2025 Results', '',
      'Synthetic Moraine Holdings today reported results for the second quarter ended June 30, 2025.', '',
      '- Revenue was C$1,234.0 million, up 8.0% from C$1,142.6 million in the second quarter of 2024.', '',
      '## Outlook', '',
      'For fiscal 2025, the Company now expects diluted earnings per share of 310 cents to 330 cents (previously 290 cents to 310 cents).', '',
      '| C$ millions | Q2 2025 | Q2 2024 |', '|---|---|---|', '| Revenue | 1,234.0 | 1,142.6 |',
    ], 'synthetic-moraine-2025q2.md');
    const a = engine.ask('was the EPS guidance raised?', 'minor-earlier');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/C\$2\.90/);
    expect(a.text).toMatch(/C\$3\.10/);
  });
});

// "Loss for the period of GBP10.7 million, or 2.58 pence per ordinary share": the per-share figure said after the
// amount it divides lost its unit's word, so the pence were answered as "2.58 cents" (hunt31 h31-027).
describe('a per-share figure paired after its amount', () => {
  it('keeps its minor unit', () => {
    const engine = inlineEngine([
      '# Synthetic Penhale Holdings Reports Second Quarter 2025 Results', '',
      'Synthetic Penhale Holdings today reported results for the second quarter ended June 30, 2025.', '',
      '- Revenue of GBP44.6 million (Q2 2024: GBP34.7 million).',
      '- Loss for the period of GBP10.7 million, or 2.58 pence per ordinary share.', '',
      '| GBP millions | Q2 2025 | Q2 2024 |', '|---|---|---|', '| Revenue | 44.6 | 34.7 |',
    ], 'synthetic-penhale-2025q2.md');
    const a = engine.ask('loss per share', 'minor-paired');
    expect(a.text).toContain('2.58p');
    expect(a.text).not.toContain('cents');
  });
});
