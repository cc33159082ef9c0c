// "end of q" is the quarter's end, said as a chat's shorthand: its words were left to name a line, so "cash &
// equivalents end of q" answered the cash-flow row "Cash, cash equivalents, and restricted cash, end of period"
// (restricted cash in it) for the balance sheet's cash and cash equivalents (r47-104).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Corrin Finance Reports First Quarter 2026 Results',
  '',
  'Synthetic Corrin Finance today reported results for the first quarter ended March 31, 2026.',
  '',
  '## Balance sheet',
  '',
  '| ($ in millions) | December 31, 2025 | March 31, 2026 |',
  '|---|---|---|',
  '| Cash and cash equivalents | 410.0 | 452.0 |',
  '| Restricted cash | 90.0 | 88.0 |',
  '',
  '## Cash flows',
  '',
  '| ($ in millions) | Q1 2025 | Q1 2026 |',
  '|---|---|---|',
  '| Cash, cash equivalents, and restricted cash, end of period | 470.0 | 540.0 |',
];

describe('the quarter end said "end of q"', () => {
  const engine = inlineEngine(release, 'corrin-2026q1.md');
  it.each(['cash & equivalents end of q', 'cash and cash equivalents at end of qtr', 'cash n equivalents qtr-end'])('%s: the balance sheet line', (q) => {
    const a = engine.ask(q, q);
    expect(a.text).toContain('Cash and cash equivalents were $452.0 million as of March 31, 2026');
  });
  it('the row named in full keeps its own words', () => {
    expect(engine.ask('cash, cash equivalents and restricted cash, end of period', 'full').text).toContain('$540.0 million');
  });
});
