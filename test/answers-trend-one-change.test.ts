// "How did X trend yoy?" naming no span, where the releases give one change of X on that basis, asks that change:
// answered with both figures and the rate, never "too few quarters". A span named keeps the history's reading.
// Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Brackenfold Freight Reports Third Quarter 2026 Results', '',
  'Synthetic Brackenfold Freight today reported results for the third quarter ended September 30, 2026.', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Freight revenue | 800.0 | 880.0 |', '| Operating income | 120.0 | 108.0 |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `trend-${n++}`);

describe('a trend on a basis, no span named, one change given', () => {
  it.each([
    ['how did freight revenue trend yoy?', /\$880\.0 million in Q3 2026, up 10\.0% year over year/],
    ['how is operating income trending year over year', /\$108\.0 million in Q3 2026, down 10\.0% year over year/],
  ])('%s → the change', (q, said) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(said);
    expect(a.text).not.toContain('too few quarters');
  });

  it('a span named is a history: too few quarters along it, said so', () => {
    expect(ask('freight revenue yoy growth trend over the last 4 quarters').text).not.toMatch(/up 10\.0% year over year/);
  });
});
