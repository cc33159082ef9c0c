// A plain-text summary of a fiscal year's first nine months, as Japanese filers print it: the unit note on
// the line right under the section's title ("(Millions of yen; percentages are ...)") heads the table,
// not the title's paragraph; a period in parentheses under each column's name ("(Apr-Dec 2025)") is that
// header's second line, which dates the column, not a note. The table was skipped ("no unit note") and the
// release refused ("cannot tell which quarter"). A synthetic issuer, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const LINES = [
  'Hirosaki Precision Co., Ltd.',
  'Consolidated Financial Results for the Nine Months Ended December 31, 2025 [IFRS]',
  '',
  '1. Summary of results for the first nine months of FY2025 (April 1 - December 31, 2025)',
  '(Millions of yen; percentages are year-on-year changes)',
  '                                             9M FY2024          9M FY2025       YoY',
  '                                          (Apr-Dec 2024)     (Apr-Dec 2025)',
  'Revenue                                        312,380            348,915    +11.7%',
  'Operating profit                                28,204             35,871    +27.2%',
  'Profit before tax                               29,950             37,312    +24.6%',
];

describe('a nine-month summary in plain text', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease(LINES, 'hirosaki.txt');
  });
  it('reads the table in millions of yen, each column dated by its months', () => {
    expect(r.skipped).toEqual([]);
    const revenue = r.facts.find((f) => f.source === 'table' && f.metric === 'revenue' && f.role === 'value' && periodKey(f.period) === 'FY2025-9M');
    expect(revenue?.value.toString()).toBe('348915');
    expect(revenue?.period).toMatchObject({ kind: 'duration', end: '2025-12-31', months: 9 });
    expect(revenue?.unit).toMatchObject({ kind: 'money', currency: 'JPY', scale: 1e6 });
    expect(r.facts.some((f) => f.metric === 'operating_profit' && periodKey(f.period) === 'FY2024-9M' && f.value.toString() === '28204')).toBe(true);
  });
});
