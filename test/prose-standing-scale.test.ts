// A release's statement of its scale ("All amounts are in thousands of Canadian dollars, except per unit amounts")
// covers the bare amounts of its prose after it: "a total cost of $6,536" is C$6.536 million, never C$6,536. An
// amount per unit, an average price, an amount with its own scale word and prose before the statement stay as
// printed. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const lines = (note: string) => [
  '# Synthetic Shopping Centre REIT Reports Third Quarter 2026 Results',
  '',
  `TORONTO, November 5, 2026 - Synthetic REIT today announced its results for the three months ended September 30, 2026.${note}`,
  '',
  '## Unit repurchases',
  '',
  'The REIT purchased and cancelled 412,600 units during the quarter at an average price of $15.84 per unit, for a total cost of $6,536. Distributions declared were $0.0825 per unit. Acquisitions totalled $58.4 million. Monthly ARPU was $224 and the fee 45 cents.',
  '',
  '| Revenue | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Revenue from investment properties | 98,412 | 92,106 |',
];
const NOTE = ' All amounts are in thousands of Canadian dollars, except per unit amounts and unless otherwise noted.';

const amounts = (note: string) =>
  Object.fromEntries(inlineRelease(lines(note)).facts.filter((f) => f.unit.kind === 'money' && f.citation.line === 7).map((f) => [f.value.toString(), f.unit.kind === 'money' ? f.unit.scale : 0]));

describe("a release's standing scale over its prose", () => {
  it('sets a bare amount after the statement at its scale', () => {
    expect(amounts(NOTE)['6536']).toBe(1000);
  });

  it('leaves an average price, an amount with its own scale word, and a release with no statement as printed', () => {
    const read = amounts(NOTE);
    expect(read['15.84'] ?? 1).toBe(1);
    expect(read['58.4']).toBe(1e6);
    expect(read['224'] ?? 1).toBe(1);
    expect(read['0.45'] ?? 1).toBe(1);
    expect(amounts('')['6536']).toBe(1);
  });
});
