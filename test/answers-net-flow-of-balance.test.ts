// "Net change in X" where the release prints a net flow line is that line, never a balance's change
// between two dates: "net change in cash, cash equivalents and restricted cash" was answered with the
// end-of-period balance and its change year over year, beside the quarter's printed net increase.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Ridge Outfitters Reports Third Quarter 2026 Results', '', 'Synthetic Ridge Outfitters today reported results for the third quarter ended September 30, 2026.', '',
  '### Condensed Consolidated Balance Sheets', '',
  '| ($ in millions) | December 31, 2025 | September 30, 2026 |', '|---|---|---|', '| Restricted cash | 40.0 | 55.0 |', '| Total assets | 900.0 | 950.0 |', '',
  '### Condensed Consolidated Statements of Cash Flows', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Net cash provided by operating activities | 80.0 | 95.0 |', '| Net increase (decrease) in cash and cash equivalents | (12.0) | 21.0 |',
  '| Cash, cash equivalents and restricted cash, beginning of period | 312.0 | 279.0 |', '| Cash, cash equivalents and restricted cash, end of period | 300.0 | 300.0 |', '',
];
let n = 0;
const ask = (q: string) => inlineEngine(release).ask(q, `net-flow-${n++}`);

describe('a net change asked where the release prints a net flow line', () => {
  it('is not the end-of-period balance or its change', () => {
    const a = ask('net change in cash, cash equivalents and restricted cash in Q3 2026');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Net increase (decrease) in cash and cash equivalents');
  });

  it('in other words: a net increase asked year over year', () => {
    const a = ask('net increase in cash, cash equivalents and restricted cash yoy');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('$300.0');
  });

  it('a balance sheet line\'s change since a date is still its net change', () => {
    expect(ask('net change in restricted cash since December 31, 2025').text).toContain('$15.0 million');
  });

  it('the flow line itself is still answered', () => {
    expect(ask('net increase in cash and cash equivalents in Q3 2026').text).toContain('$21.0 million');
  });
});
