// A physical unit after a slash, as producers write them ("EBITDA/t", "AISC/oz"), asks the line per that unit:
// "EBITDA/t" had been answered with EBITDA itself, the slash and its unit dropped (hl47 s010).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Deccan Cement Limited - Q2 FY26 Results', '',
  'Synthetic Deccan Cement today reported results for the quarter ended September 30, 2025.', '',
  '| (₹ in millions) | Q2 FY26 | Q2 FY25 |', '|---|---|---|',
  '| Revenue from operations | 31,250 | 28,410 |',
  '| EBITDA | 5,982 | 4,870 |',
  '| EBITDA per tonne (₹) | 932 | 801 |',
  '| All-in sustaining cost per ounce (₹) | 1,210 | 1,150 |',
];
let n = 0;
const ask = (q: string) => inlineEngine(release, 'deccan-q2fy26.md').ask(q, `per-unit-${n++}`);

describe('a line per a physical unit asked after a slash', () => {
  it.each([
    ['EBITDA/t', '₹932'],
    ['ebitda / tonne q2', '₹932'],
    ['AISC/oz', '₹1,210'],
  ])('%s is the line per that unit', (q, shown) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(shown);
  });
  it('a slash between two lines is no unit ("EBITDA/total revenue")', () => {
    expect(ask('EBITDA/total revenue').text).not.toContain('932');
  });
});
