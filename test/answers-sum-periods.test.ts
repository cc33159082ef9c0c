// One line added up over the periods named ("sum of revenue in Q1 and Q2 2026"): amounts of periods that
// do not overlap, each printed and cited; a balance at two dates, or overlapping periods, decline.
// (r15 hd-23 asked a trailing two-quarter revenue sum and was told only one side was named.)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Orchard Reports Second Quarter 2026 Results',
    '',
    'Synthetic Orchard today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in thousands) | Q1 2026 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 300,000 | 321,000 |',
    '| Net income | 40,000 | 45,500 |',
    '',
    '| ($ in thousands) | March 31, 2026 | June 30, 2026 |',
    '|---|---|---|',
    '| Total assets | 900,000 | 950,000 |',
  ]);

describe('one line added up over periods', () => {
  it('two quarters of a flow: their sum, each quarter listed', () => {
    const a = engine().ask('sum of revenue in Q1 2026 and Q2 2026', 'sp-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$621.0 million');
    expect(engine().ask('add up net income for Q1 2026 and Q2 2026', 'sp-2').text).toContain('$85.5 million');
  });

  it('a balance at two dates adds up to nothing', () => {
    const a = engine().ask('sum of total assets at March 31, 2026 and June 30, 2026', 'sp-3');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1,850');
  });
});
