// A release that names its quarter "1Q FY27" (the number first) or "the first quarter of the 2027 financial year" (as
// Australian and British releases say fiscal year) is of its fiscal Q1 2027, dated by the months it states. Neither was
// read: the columns headed "1Q FY27" were taken for calendar Q1 2027, so a net debt at 30 September 2026 was answered
// "as of March 31, 2027" (hunt30 kestrelair). The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (intro: string, head: [string, string]) => [
  '# Synthetic Wattlebird Air Limited First Quarter Results',
  '',
  `${intro} Wattlebird's financial year ends on 30 June. All amounts are in Australian dollars (A$) millions.`,
  '',
  `- Net debt reduced to A$1,412 million from A$1,598 million at 30 June 2026.`,
  '',
  '## Group income statement',
  '',
  `| A$ million | ${head[0]} | ${head[1]} | Change |`,
  '|---|---|---|---|',
  '| Total revenue | 1,153.7 | 1,010.6 | 14.2% |',
  '| Net profit after tax | 95.2 | 71.1 | 33.9% |',
];

const WORDS = 'Synthetic Wattlebird Air Limited today reported its results for the first quarter of the 2027 financial year, the three months ended 30 September 2026.';
const NUMBER_FIRST = 'Synthetic Wattlebird Air Limited today reported its 1Q FY27 results, for the three months ended 30 September 2026.';

describe('a fiscal quarter named "1Q FY27" or "of the 2027 financial year"', () => {
  it.each([
    ['named in words', release(WORDS, ['1Q FY27', '1Q FY26'])],
    ['named number first', release(NUMBER_FIRST, ['1Q FY27', '1Q FY26'])],
  ])('%s: its figures are of fiscal Q1 2027, ended September 30, 2026', (_, lines) => {
    const e = inlineEngine(lines, 'synthetic-wattlebird-1q-fy27.md');
    expect(e.ask('net debt', 'a').text).toContain('A$1,412 million as of September 30, 2026');
    expect(e.ask('revenue', 'b').text).toContain('A$1,153.7 million in fiscal Q1 2027');
    expect(e.ask('revenue 1Q FY26', 'c').text).toContain('A$1,010.6 million in fiscal Q1 2026');
    expect(e.ask('revenue in Q1 2027', 'd').text).not.toContain('A$1,153.7 million in Q1 2027');
  });
});
