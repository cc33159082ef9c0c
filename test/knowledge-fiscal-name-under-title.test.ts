// Columns named by a fiscal quarter with no year ("1Q (Apr-Jun)", "2Q (Jul-Sep)") under a title naming one fiscal
// year ("QUARTERLY TREND (FY2025, three-month periods)") are that year's quarters, dated as the release dates its
// fiscal names (an April–March year: 2Q FY2025 is July–September 2025). With no year they named no period, and the
// table was skipped. A title naming two fiscal years leaves them unread.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const text = (title: string) => [
  'SYNTHETIC HOSPITALITY HOLDINGS, INC.',
  'Consolidated Financial Results for the Nine Months Ended December 31, 2025 [Japanese GAAP]',
  '(Fiscal year ending March 31, 2026)',
  '',
  '(Amounts are in millions of yen, unless otherwise noted. "9M FY2025" is the nine months from April 1, 2025 to',
  ' December 31, 2025; "9M FY2024" is the nine months from April 1, 2024 to December 31, 2024.)',
  '',
  '',
  '                                            9M FY2024      9M FY2025',
  'Net sales                                     262,410        286,450',
  'Operating profit                               28,820         36,315',
  'Ordinary profit                                27,950         35,310',
  '',
  '',
  title,
  '',
  '                                    1Q (Apr-Jun)   2Q (Jul-Sep)   3Q (Oct-Dec)',
  'Net sales                                 87,955         96,118        102,377',
  'Operating profit                          10,065         12,044         14,206',
  'Ordinary profit                            9,802         11,730         13,778',
];

describe('fiscal quarters with no year under a title of one fiscal year', () => {
  it.each([
    ['the year in brackets', text('3. QUARTERLY TREND (FY2025, three-month periods)')],
    ['the year as a word of the title', text('3. QUARTERLY RESULTS FOR FY2025')],
  ])('%s: each quarter is read and cited', (_, lines) => {
    const engine = inlineEngine(lines, 'synthetic.txt');
    const a = engine.ask('net sales in 2Q FY2025', 'fiscal-name-title');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('¥96,118');
    expect(a.citations[0]?.line).toBe(18);
    expect(engine.ask('operating profit Jul-Sep 2025', 'fiscal-name-months').text).toContain('¥12,044');
  });

  it('a title naming two fiscal years leaves them unread', () => {
    const r = inlineRelease(text('3. QUARTERLY TREND (FY2025 against FY2024)'), 'synthetic.txt');
    expect(r.facts.filter((f) => f.citation.line === 18)).toEqual([]);
  });
});
