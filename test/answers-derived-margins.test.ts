// Ratios a release prints both inputs of, asked by an analyst's name for them (hl13 class 6), and the
// short forms read from the release's own labels (class 5): "&" in a label, a rate's initials, "opex".
// Two inline releases in other words, so no answer rests on one issuer's labels.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let retailer: Engine;
let software: Engine;
beforeAll(() => {
  retailer = inlineEngine([
    '# Northwind Outfitters Reports Second Quarter 2026 Results',
    '',
    'Northwind Outfitters today reported results for the second quarter ended June 30, 2026.',
    '',
    '| (US$ in millions) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 800.0 | 900.0 |',
    '| Cost of sales | 500.0 | 540.0 |',
    '| Gross profit | 300.0 | 360.0 |',
    '| Selling, general & administrative | 150.0 | 160.0 |',
    '| Operating expenses | 190.0 | 205.0 |',
    '| Operating income | 110.0 | 155.0 |',
    '| EBITDA | 130.0 | 180.0 |',
    '| Free cash flow | 60.0 | 72.0 |',
    '',
    '## Segment results',
    '',
    '| (US$ in millions) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Outdoor revenue | 500.0 | 560.0 |',
    '| Outdoor cost of sales | 300.0 | 330.0 |',
    '| Apparel revenue | 300.0 | 340.0 |',
    '| Apparel operating profit | 40.0 | 60.0 |',
  ]);
  software = inlineEngine([
    '# Lattice Cloud Reports Third Quarter 2026 Results',
    '',
    'Lattice Cloud today reported results for the quarter ended September 30, 2026.',
    '',
    '| (€ in millions, except percentages) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Total revenues | 1,200.0 | 1,100.0 |',
    '| Research & development | 300.0 | 280.0 |',
    '| Total operating expenses | 700.0 | 650.0 |',
    '| Contribution | 400.0 | 352.0 |',
    '| Adjusted EBITDA | 420.0 | 385.0 |',
    '| Free cash flow margin | 13% | 11% |',
    '| Wholesale revenues | 450.0 | 400.0 |',
    '| Wholesale operating income | 90.0 | 72.0 |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `margins-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('a profit or cash measure over revenue, both printed', () => {
  it('EBITDA margin, its inputs cited', () => {
    const a = ask(retailer, 'EBITDA margin?');
    expect(said(a)).toBe('EBITDA margin was 20.0% in Q2 2026 (EBITDA $180.0 million ÷ Revenue $900.0 million).');
    expect(a.citations).toHaveLength(2);
  });
  it('adjusted EBITDA margin, asked in shorthand', () => {
    expect(said(ask(software, 'adj. EBITDA margin'))).toBe('Adjusted EBITDA margin was 35.0% in Q3 2026 (Adjusted EBITDA €420.0 million ÷ Total revenues €1,200.0 million).');
  });
  it('FCF margin: computed where only the amounts are printed, the printed row where there is one', () => {
    expect(said(ask(retailer, 'FCF margin in Q2 2025'))).toBe('Free cash flow margin was 7.5% in Q2 2025 (Free cash flow $60.0 million ÷ Revenue $800.0 million).');
    expect(ask(software, 'FCF margin in Q3 2025?').text).toContain('11');
    expect(ask(software, 'FCF margin in Q3 2025?').citations[0]!.quote).toContain('Free cash flow margin');
  });
  it('contribution margin', () => {
    expect(said(ask(software, 'contribution margin in Q3 2025'))).toBe('Contribution margin was 32.0% in Q3 2025 (Contribution €352.0 million ÷ Total revenues €1,100.0 million).');
  });
  it('a segment\'s "margin" alone: each margin its lines give, labelled', () => {
    expect(said(ask(retailer, 'Outdoor margin'))).toContain('Outdoor gross margin was 41.1% in Q2 2026');
    expect(said(ask(retailer, 'Apparel margin'))).toBe('Apparel operating margin was 17.6% in Q2 2026 (Apparel operating profit $60.0 million ÷ Apparel revenue $340.0 million).');
    expect(said(ask(software, 'wholesale segment margin'))).toBe('Wholesale operating margin was 20.0% in Q3 2026 (Wholesale operating income €90.0 million ÷ Wholesale revenues €450.0 million).');
  });
  // The change of a segment's margin is that segment's, from its own lines at both periods (hl34: declined "for Q3 2026").
  it("a segment's margin year over year: its own lines at both periods", () => {
    expect(said(ask(retailer, 'Apparel operating margin yoy'))).toBe(
      "Apparel operating margin was 17.6% in Q2 2026, up 4.3 percentage points year over year, from 13.3% in Q2 2025 (computed from the release's amounts; it prints no apparel operating margin).",
    );
  });
  it('a margin whose numerator the release does not print declines', () => {
    expect(ask(software, 'EBITDA margin').status).not.toBe('answer');
    expect(ask(retailer, 'contribution margin').status).not.toBe('answer');
  });
});

describe('a segment line said with the word "segment" (hl13 class 15)', () => {
  it('its change, in amount and %, not a breakdown refused', () => {
    expect(said(ask(retailer, "how much did segment Apparel's operating profit grow vs Q2 2025, in $ and %?"))).toBe(
      'Apparel operating profit was $60.0 million in Q2 2026, up 50.0%, from $40.0 million in Q2 2025 (an increase of $20.0 million).',
    );
    expect(said(ask(software, 'Wholesale segment operating income change'))).toBe(
      'Wholesale operating income was €90.0 million in Q3 2026, up 25.0% year over year, from €72.0 million in Q3 2025 (an increase of €18.0 million).',
    );
  });
});

describe("short forms read from the release's labels", () => {
  it('"&" in a label: its initials, as for a label spelled with "and"', () => {
    expect(said(ask(retailer, 'SG&A in Q2 2025'))).toBe('Selling, general & administrative was $150.0 million in Q2 2025.');
    expect(said(ask(software, 'R&D?'))).toBe('Research & development was €300.0 million in Q3 2026.');
  });
  it('"opex" is the operating expenses line, whatever its total word', () => {
    expect(said(ask(retailer, 'opex'))).toBe('Operating expenses were $205.0 million in Q2 2026.');
    expect(said(ask(software, 'opex in Q3 2025'))).toBe('Total operating expenses were €650.0 million in Q3 2025.');
  });
});
