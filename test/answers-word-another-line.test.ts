// A word of the question that names another line is never dropped to answer the line it does not name
// (src/intents/refiners/grouping.ts): "written" the sentence holds only in "Gross written premiums" says which
// premiums ("net premiums written" is no net premiums earned), and "net" the line named holds tells it from a line
// found without it ("net written premiums" is no gross written premiums). Invented release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const insurer = inlineEngine([
  '# Synthetic Osprey Assurance Reports Third Quarter 2026 Results',
  '',
  'Synthetic Osprey Assurance today reported results for the third quarter ended September 30, 2026.',
  '',
  '- Gross written premiums of $1,210.4 million, up 6.1% from $1,140.8 million in the prior-year quarter; net premiums earned grew 5.2% to $1,004.7 million.',
  '',
  '## Consolidated Statements of Income',
  '',
  '| ($ in millions) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net premiums earned | 1,004.7 | 955.0 |',
  '| Net investment income | 88.2 | 79.5 |',
  '| Total revenues | 1,092.9 | 1,034.5 |',
]);

describe('a word naming another line is not dropped for the line named', () => {
  it('"net premiums written" declines naming it, not the premiums earned (hunt33 h33-027)', () => {
    for (const q of ['net premiums written', 'net premiums written yoy', 'what were net premiums written in q3']) {
      const a = insurer.ask(q, `npw-${q}`);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain('net premiums written');
      expect(a.text, q).not.toContain('1,004.7');
      expect(a.text, q).not.toContain('$1.00 billion');
    }
  });
  it('"net written premiums" is no gross written premiums', () => {
    const a = insurer.ask('net written premiums', 'nwp');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('net written premiums');
    expect(a.text).not.toMatch(/1,210\.4|\$1\.21 billion/);
  });
  it('the lines named whole are still answered', () => {
    expect(insurer.ask('gross written premiums', 'gwp').text).toMatch(/1,210\.4|\$1\.21 billion/);
    expect(insurer.ask('net premiums earned', 'npe').text).toMatch(/1,004\.7|\$1\.00 billion/);
    expect(insurer.ask('net earned premiums', 'nep').text).toMatch(/1,004\.7|\$1\.00 billion/);
  });
});
