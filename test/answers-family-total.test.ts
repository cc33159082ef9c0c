// "Total provisions": "total" before a family's head word in the plural, where no line is so named, adds
// up the family's lines (each listed, the sum derived); the singular, or a line that is so named, is no sum.
// (r12 dv-14, r15 dv-10 asked "total provisions", and were asked which provision line.)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Foundry Reports Second Quarter 2026 Results',
    '',
    'Synthetic Foundry today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 300,000 | 321,000 |',
    '| Impairment of goodwill | 4,000 | 6,000 |',
    '| Impairment of intangible assets | 1,500 | 2,500 |',
    '| Total operating expenses | 250,000 | 260,000 |',
    '| Total liabilities | 900,000 | 950,000 |',
  ]);

describe('total of a family by its head word', () => {
  it('"total impairments" adds up the impairment lines', () => {
    const a = engine().ask('total impairments in Q2 2026', 'ft-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$8.5 million');
    expect(a.text).toContain('Impairment of intangible assets');
  });

  it('a line so named is that line, no sum', () => {
    expect(engine().ask('total liabilities in Q2 2026', 'ft-2').text).toContain('$950.0 million');
  });

  it('the head word in the singular is one of the lines, not their total', () => {
    const a = engine().ask('total impairment in Q2 2026', 'ft-3');
    expect(a.text).not.toContain('$8.5 million');
  });

  it('the family total as a share of a line named after "as % of": the sum over that line', () => {
    const a = engine().ask('total impairments as a % of revenue in Q2 2026', 'ft-4');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2.6%');
  });

  it('the change of such a share is declined, never the share alone', () => {
    const a = engine().ask('total impairments as a % of revenue, Q2 2026 vs Q2 2025', 'ft-5');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('2.6%');
  });
});
