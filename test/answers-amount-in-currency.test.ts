// A figure asked in a currency ("net charge-offs in dollars", "NPLs in euros") is an amount: where the release
// prints only the rate of that name, it declines naming the rate, never giving it (it answered "Net charge-off
// rate was 5.61%"). The currency may be the release's own, which its words otherwise drop ("in euros").
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sign: string, unit: string) => [
  '# Synthetic Ledger Bank Reports Third Quarter 2026 Results',
  '',
  'Synthetic Ledger Bank today reported results for the third quarter ended September 30, 2026.',
  '',
  `| (${unit} in millions) | Q3 2026 | Q3 2025 |`,
  '|---|---|---|',
  `| Net interest income | ${sign}1,284.6 | ${sign}1,201.3 |`,
  '| Net charge-off rate | 5.61% | 5.12% |',
  '| NPL coverage ratio | 71.4% | 69.0% |',
];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines).ask(q, `in-currency-${n++}`);
const USD = release('$', '$');
const EUR = release('€', '€');

describe('a figure asked in a currency, of a line that is a rate', () => {
  it('declines naming the rate, in the release currency or its own words for it', () => {
    for (const [lines, q] of [[USD, 'net charge-offs in dollars for Q3 2026?'], [USD, 'net charge-offs in USD?'], [USD, 'net charge-offs in $ this quarter'], [EUR, 'NPL coverage in euros?'], [EUR, 'net charge-offs in EUR?']] as const) {
      const a = ask([...lines], q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toMatch(/is a percentage, not an amount/);
      expect(a.text, q).not.toMatch(/5\.61|71\.4/);
    }
  });

  it('still gives an amount asked in a currency, and the rate asked without one', () => {
    expect(ask(EUR, 'net interest income in euros?').text).toContain('€1,284.6 million');
    expect(ask(USD, 'net interest income in dollars?').text).toMatch(/Net interest income was \$1\.28 billion/);
    expect(ask(USD, 'net charge-off rate Q3 2026?').text).toContain('5.61%');
    expect(ask(EUR, 'NPL coverage ratio?').text).toContain('71.4%');
  });
});
