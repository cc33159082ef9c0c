// A tax measure's line that prints its own initials in brackets ("Profit after tax (PAT)") is that measure
// (src/intents/naming/tax-measures.ts): "PAT" and "profit after tax" are answered with it, never declined as
// another line (hl44 sahyadri). Invented release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lender = inlineEngine([
  '# Synthetic Kaveri Finance Q2 FY27 Results',
  '',
  'Synthetic Kaveri Finance Limited today reported results for the quarter ended September 30, 2026.',
  '',
  '## Statement of Profit and Loss',
  '',
  '| (Rs crore) | Q2 FY27 | Q2 FY26 |',
  '|---|---:|---:|',
  '| Total income | 2,410.5 | 2,050.2 |',
  '| Profit before tax (PBT) | 540.3 | 470.1 |',
  '| Tax expense | 138.1 | 120.0 |',
  '| Profit after tax (PAT) | 402.2 | 350.1 |',
]);

describe('a tax measure printed with its own initials in brackets', () => {
  it('"PAT" and "profit after tax" are the PAT line', () => {
    for (const q of ['PAT', 'profit after tax', 'PAT q2 fy27', 'what was PAT']) {
      const a = lender.ask(q, `pat-${q}`);
      expect(a.status, `${q} → ${a.text}`).toBe('answer');
      expect(a.text, q).toMatch(/402\.2/);
    }
  });
  it('"PBT" is the PBT line and "tax" the tax charge', () => {
    expect(lender.ask('PBT', 'pbt').text).toMatch(/540\.3/);
    expect(lender.ask('tax expense', 'tax').text).toMatch(/138\.1/);
  });
});
