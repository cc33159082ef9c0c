// A sentence stating only a rate of a table's row, by the row's name and the table's measure ("Orthopaedics sales rose
// 6.1% organically in Q3" of the row "Orthopaedics" in a table of sales by division), repeats the change the row prints:
// it is the row's. Left a line of its own, it shadowed the row: "Orthopaedics sales Q3" answered the rate and said the
// release gives no Orthopaedics sales figure, though the row prints 312.4.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lines = (sentence: string) => [
  '# Synthetic Alpenwerk Medical Reports Third Quarter 2026 Sales',
  '',
  'Synthetic Alpenwerk Medical today reported sales for the third quarter ended September 30, 2026.',
  '',
  '## Sales by division',
  '',
  'All figures in CHF million.',
  '',
  '| Division | Q3 2026 | Q3 2025 | Change in CHF | Organic growth |',
  '|---|---:|---:|---:|---:|',
  '| Orthopaedics | 312.4 | 301.8 | 3.5% | 6.1% |',
  '| Cardiovascular | 205.7 | 188.9 | 8.9% | 11.8% |',
  '| **Group** | **518.1** | **490.7** | **5.6%** | **8.2%** |',
  '',
  sentence,
];
let n = 0;

describe('a rate sentence about a table row', () => {
  it('does not shadow the row asked for its amount', () => {
    const a = inlineEngine(lines('**Orthopaedics** sales rose 6.1% organically in Q3, supported by knee procedures.')).ask('Orthopaedics sales Q3', `rate-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('CHF 312.4 million in Q3 2026');
  });

  it('stays a line of its own where no row prints its rate', () => {
    const a = inlineEngine(lines('Orthopaedics sales rose 7.4% organically in Q3, supported by knee procedures.')).ask('Orthopaedics sales Q3', `rate-${n++}`);
    expect(a.text).not.toContain('312.4');
  });
});
