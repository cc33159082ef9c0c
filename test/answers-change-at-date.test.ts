// A change word inside a flow line's name is the question's cue where it asks since or against a date:
// "change in cash & equivalents since YE23" was read as the release's net increase line (a flow, with no
// figure at a date) and declined, where the balance sheet's cash and its change between the dates answer.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Harbor Freightways Reports Third Quarter 2026 Results', '', 'Synthetic Harbor Freightways today reported results for the third quarter ended September 30, 2026.', '',
  '### Condensed Consolidated Balance Sheets', '',
  '| ($ in millions) | December 31, 2025 | September 30, 2026 |', '|---|---|---|', '| Cash and cash equivalents | 250.0 | 280.0 |', '| Restricted cash | 40.0 | 55.0 |', '| Total assets | 900.0 | 950.0 |', '',
  '### Condensed Consolidated Statements of Cash Flows', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Net cash provided by operating activities | 80.0 | 95.0 |', '| Net (decrease) increase in cash and cash equivalents | (12.0) | 21.0 |',
  '| Cash, cash equivalents and restricted cash, beginning of period | 312.0 | 314.0 |', '| Cash, cash equivalents and restricted cash, end of period | 300.0 | 335.0 |', '',
];
let n = 0;
const ask = (q: string) => inlineEngine(release).ask(q, `change-at-date-${n++}`);

describe('a change in a flow line\'s name, asked since a date', () => {
  it('is the balance\'s change between the two dates', () => {
    const a = ask('change in cash & equivalents since December 31, 2025, $ and %');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$30.0 million');
    expect(a.text).toContain('12.0%');
  });

  it('against a year-end named another way', () => {
    const a = ask('change in cash vs year-end 2025');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$30.0 million');
  });

  it('over a quarter, is still the flow line', () => {
    expect(ask('change in cash in Q3 2026').text).toContain('$21.0 million');
  });

  it('a flow whose rest names no balance keeps its decline', () => {
    expect(ask('change in cash, cash equivalents and restricted cash since December 31, 2025').text).not.toContain('$35.0');
  });
});
