// A release whose quarters are headed only by name ("Q4 2026", "Fiscal 2026") and that says its fiscal year ends in
// another month than December ("Fiscal 2026 ended October 31, 2026") dates those columns by that year: its Q4 is August
// to October. Read from a calendar year's months they ended in December, and every span derived from them was dated
// so (hunt29 fraserview: "and 9M?" after net income answered "the 9 months ended September 30, 2026"; "H2 revenue"
// "the 6 months ended December 31, 2026"). The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const OCTOBER_YEAR = (yearEnd: string) => [
  'SYNTHETIC ASHGROVE BANK REPORTS FOURTH QUARTER AND FISCAL 2026 RESULTS',
  '',
  'All amounts are in Canadian dollars unless otherwise noted. Fiscal 2026 ended',
  `${yearEnd}.`,
  '',
  'FOURTH QUARTER 2026 HIGHLIGHTS',
  ' - Reported net income of $1,040 million, up 10% from $945 million a year ago.',
  '',
  'FISCAL 2026 HIGHLIGHTS',
  ' - Reported net income of $3,940 million, compared with $3,750 million.',
  '',
  'CONSOLIDATED RESULTS',
  '($ millions)',
  '',
  '                                  Q4         Q3         Q4       Fiscal     Fiscal',
  '                                2026       2026       2025         2026       2025',
  '-----------------------------------------------------------------------------------',
  'Net interest income            2,420      2,360      2,210        9,380      8,700',
  'Non-interest income            1,540      1,500      1,390        5,990      5,510',
  '                            --------   --------   --------     --------   --------',
  'Total revenue                  3,960      3,860      3,600       15,370     14,210',
  'Non-interest expenses          2,220      2,190      2,110        8,790      8,340',
  'Net income                     1,040      1,010        945        3,940      3,750',
  '-----------------------------------------------------------------------------------',
];

describe('a fiscal year stated to end in another month dates the columns headed only by name', () => {
  const bank = inlineEngine(OCTOBER_YEAR('October 31, 2026'), 'synthetic-ashgrove-q4-2026.txt');
  it.each([
    ['net income 9M', 'the 9 months ended July 31, 2026', '2,900'],
    ['net income first nine months', 'the 9 months ended July 31, 2026', '2,900'],
    ['H2 revenue', 'the 6 months ended October 31, 2026', '7,820'],
    ['second half revenue', 'the 6 months ended October 31, 2026', '7,820'],
  ])('%s: %s', (q, when, figure) => {
    const a = bank.ask(q, q);
    expect(a.text).toContain(when);
    expect(a.text).toContain(figure);
    expect(a.text).not.toMatch(/September 30|December 31/);
  });
  it('a follow-up "and 9M?" is the fiscal nine months', () => {
    bank.ask('net income', 't');
    const a = bank.ask('and 9M?', 't');
    expect(a.text).toContain('the 9 months ended July 31, 2026');
    expect(a.text).toContain('2,900');
  });
  it('YTD is the fiscal year, the prose figure of "fiscal 2026" the same span as the column', () => {
    expect(bank.ask('YTD revenue', 'y').text).toContain('15,370');
    const r = inlineRelease(OCTOBER_YEAR('October 31, 2026'), 'synthetic-ashgrove-q4-2026.txt');
    const prose = r.facts.filter((f) => f.source === 'narrative' && f.value.toString() === '3940');
    expect(prose.map((f) => f.period)).toEqual([expect.objectContaining({ end: '2026-10-31', months: 12 })]);
  });
  it('the quarter columns end with the fiscal year: Q4 in October, Q3 in July', () => {
    const r = inlineRelease(OCTOBER_YEAR('October 31, 2026'), 'synthetic-ashgrove-q4-2026.txt');
    const ends = new Set(r.facts.filter((f) => f.source === 'table').map((f) => (f.period.kind === 'duration' ? f.period.end : '')));
    expect([...ends].sort()).toEqual(['2025-10-31', '2026-07-31', '2026-10-31']);
  });
  it('a year ending in December keeps the calendar quarters', () => {
    const r = inlineRelease(OCTOBER_YEAR('December 31, 2026'), 'synthetic-ashgrove-q4-2026.txt');
    expect(r.quarter).toEqual(expect.objectContaining({ end: '2026-12-31', months: 3 }));
  });
});
