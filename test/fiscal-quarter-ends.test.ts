// A retailer on a 52/53-week calendar whose fiscal year ends near the end of January, asked for balances
// by the names analysts use: "the end of Q2 2031" is the end of its fiscal Q2 2031 (July 29, 2031), not
// June 30; "fiscal YE" is its last fiscal year's end; a date restated beside it is the same date, not a
// second period to compare; "the 13 weeks ended" a date, a year back, is the prior year's 13 weeks; a
// change stated for "the 13-week fiscal quarter ended" a date "from ... the prior year 13-week period" is
// the quarter's, against the prior year's.
// Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Lantern Outfitters Reports Second Quarter Fiscal 2031 Results',
  '',
  'Lantern Outfitters, Inc. today reported results for the second quarter of fiscal 2031, the thirteen weeks ended July 29, 2031.',
  '',
  '## Stores',
  '',
  'At the end of the fiscal quarter the Company operated 512 stores, compared with 498 stores at the end of the second quarter of fiscal 2030.',
  '',
  'Comparable store sales for the 13-week fiscal quarter ended July 29, 2031 increased 2.4 percent from comparable store sales for the prior year 13-week period ended July 30, 2030.',
  '',
  '## Statements of Income',
  '',
  '| (In thousands) | Thirteen Weeks Ended July 29, 2031 | Thirteen Weeks Ended July 30, 2030 |',
  '|---|---|---|',
  '| Net sales | $ 612,400 | $ 587,300 |',
  '',
  '## Condensed Balance Sheets',
  '',
  '| (In thousands) | July 29, 2031 | January 28, 2031 | July 30, 2030 |',
  '|---|---|---|---|',
  '| Merchandise inventory | $ 233,120 | $ 201,870 | $ 219,640 |',
  '| Cash and cash equivalents | 71,050 | 96,330 | 64,210 |',
];

describe('balances of a fiscal-calendar issuer asked by its quarter and year names', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });

  it('the end of a fiscal quarter named with its year is that quarter\'s own end, and a year earlier the prior one', () => {
    const now = engine.ask('merchandise inventory at the end of Q2 2031?', 'a');
    expect(now.status).toBe('answer');
    expect(now.text).toContain('$233.1 million');
    expect(now.text).toContain('July 29, 2031');
    const before = engine.ask('and a year earlier?', 'a');
    expect(before.status).toBe('answer');
    expect(before.text).toContain('$219.6 million');
  });

  // (A plain "year end" was December 31, which the release does not give: an issuer's year end is its own.)
  it('"fiscal YE" and a plain "year end" are the last fiscal year\'s end', () => {
    expect(engine.ask('cash and cash equivalents at fiscal YE', 'b').text).toContain('$96.3 million');
    expect(engine.ask('cash and cash equivalents at year end', 'c').text).toContain('$96.3 million');
  });

  it('a date restated beside a period name is that period, not a second one to compare', () => {
    const a = engine.ask('cash and cash equivalents at fiscal YE, Jan 28 2031', 'd');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$96.3 million');
    expect(a.text).not.toMatch(/unchanged|from \$/);
  });

  it('a change stated for "the 13-week fiscal quarter ended" a date is that quarter\'s, against the period it is compared with; asked as a value, it is given', () => {
    const a = engine.ask('How did comparable store sales do in the second quarter?', 'f');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2.4%');
    expect(a.text).toContain('fiscal Q2 2031');
    expect(a.text).toContain('compared with fiscal Q2 2030');
  });

  it('the store count "at the end of the fiscal quarter" is a balance at its end', () => {
    const f = findPeriods('at the end of the fiscal quarter', { kind: 'duration', end: '2031-07-29', months: 3, fiscal: { year: 2031, quarter: 2 } });
    expect(f.map((r) => r.kind)).toEqual(['relative']);
  });

});

describe('a 52/53-week quarter asked by its end date, against a year earlier', () => {
  // Quarters end on the Saturday nearest June 30: July 5, 2031 and June 29, 2030 (36 days from July 31).
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine([
      '# Harbor Goods Reports Second Quarter Results',
      '',
      '## Statements of Income',
      '',
      '| (In millions) | 13 Weeks Ended July 5, 2031 | 13 Weeks Ended June 29, 2030 |',
      '|---|---|---|',
      '| Total revenues | $ 1,208 | $ 1,155 |',
    ]);
  });
  it('the 13 weeks ended a date, a year back, is the prior year\'s 13 weeks', () => {
    const a = engine.ask('total revenues for the 13 weeks ended July 5, 2031 and the % increase?', 'e');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('4.6%');
  });
});

describe('the year to date "through" a date', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine([
      '# Lantern Outfitters Reports Second Quarter Fiscal 2031 Results',
      '',
      'Lantern Outfitters, Inc. today reported results for the second quarter of fiscal 2031, the thirteen weeks ended July 29, 2031.',
      '',
      '## Statements of Income',
      '',
      '| (In thousands) | Thirteen Weeks Ended July 29, 2031 | Thirteen Weeks Ended July 30, 2030 | Twenty-Six Weeks Ended July 29, 2031 | Twenty-Six Weeks Ended July 30, 2030 |',
      '|---|---|---|---|---|',
      '| Net sales | $ 612,400 | $ 587,300 | $ 1,180,200 | $ 1,101,500 |',
    ]);
  });
  it('is the span from the fiscal year\'s start to that date, this year\'s or last', () => {
    const now = engine.ask('year-to-date net sales through July 29, 2031, and the % change from last year?', 'g');
    expect(now.status).toBe('answer');
    expect(now.text).toContain('$1.18 billion');
    expect(now.text).toContain('7.1%');
    const before = engine.ask('YTD net sales through July 30, 2030', 'h');
    expect(before.text).toContain('$1.10 billion');
    expect(before.text).not.toMatch(/unchanged/);
  });
});

describe('a balance "as of the end of the current fiscal year quarter", against "the prior year quarter end"', () => {
  it('are the period\'s end and the end of the quarter a year before, not the quarter\'s end twice', () => {
    const c = { kind: 'duration', end: '2031-07-05', months: 3 } as const;
    const f = findPeriods('reduced to $2.9 billion as of the end of the current fiscal year quarter, down from $23.9 billion at the prior year quarter end', c);
    expect(f.map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind === 'relative' ? r.shift : r.kind))).toEqual(['period_end', '2030-07-05']);
  });
});

describe('a calendar issuer keeps calendar quarter ends', () => {
  it('end of Q2 2031 is June 30', () => {
    const f = findPeriods('end of Q2 2031', { kind: 'duration', end: '2031-09-30', months: 3 });
    expect(f.map((r) => (r.kind === 'period' ? periodKey(r.period) : r.kind))).toEqual(['2031-06-30']);
  });
});
