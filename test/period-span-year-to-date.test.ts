// A year to date dated by the span a release states for it (h31-022): "39 weeks to 21 November 2026 (year to
// date)" over a column "YTD FY27" is the 39 weeks, nine months of a fiscal year, never the eleven calendar
// months to November; a bare YTD beside no such span is read as before. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../src/knowledge/period-grammar.js';
import { periodLabel } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = (stub: string, header: string) => [
  '<html><body>',
  '<h1>Fenwold Grocers plc</h1>',
  '<h2>Third Quarter Trading Statement for the 13 weeks to 21 November 2026</h2>',
  '<p>Fenwold Grocers plc today reports trading for the third quarter of its 2026/27 financial year (Q3 FY27), the 13 weeks to 21 November 2026. The financial year ends on 27 February 2027.</p>',
  '<table border="1">',
  '<tr><th>&pound; million</th><th>Q3 FY27</th><th>Q3 FY26</th></tr>',
  '<tr><td>Revenue</td><td>1,204.5</td><td>1,150.2</td></tr>',
  '<tr><td>Operating profit</td><td>64.1</td><td>58.0</td></tr>',
  '</table>',
  '<table border="1">',
  `<tr><th>${stub}</th><th>${header}</th></tr>`,
  '<tr><td>Net cash from operating activities</td><td>212.8</td></tr>',
  '<tr><td>Capital expenditure</td><td>(88.4)</td></tr>',
  '</table>',
  '</body></html>',
];

const cash = (stub: string, header: string) =>
  inlineRelease(RELEASE(stub, header), 'fenwold-q3.html')
    .facts.filter((f) => f.metric === 'net_cash_from_operating_activities')
    .map((f) => (f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end}` : f.period.date));

describe('a year to date dated by the span stated for it', () => {
  it.each([
    ['&pound; million, 39 weeks to 21 November 2026 (year to date)', 'YTD FY27'],
    ['&pound; million, year to date: 39 weeks to 21 November 2026', 'YTD FY27'],
    ['&pound; million, 39 weeks to 21 November 2026 (year to date)', 'FY27 YTD'],
  ])('"%s" over "%s": the 39 weeks (nine months)', (stub, header) => {
    expect(cash(stub, header)).toEqual(['9M-2026-11-21']);
  });

  it('"operating cash flow" is answered for nine months, never eleven', () => {
    const engine = inlineEngine(RELEASE('&pound; million, 39 weeks to 21 November 2026 (year to date)', 'YTD FY27'), 'fenwold-q3.html');
    const a = engine.ask('operating cash flow', 'c');
    expect(a.text).toContain('£212.8 million');
    expect(a.text).toContain('9 months');
    expect(a.text).not.toContain('11 months');
  });

  it('in a sentence, "(year to date)" after a stated span is that span', () => {
    const c = { kind: 'duration', end: '2026-11-21', months: 3 } as const;
    const spans = (text: string) => findPeriods(text, c).map((r) => (r.kind === 'period' && r.period.kind === 'duration' ? `${r.period.months}M-${r.period.end}` : r.kind));
    expect(spans('for the 39 weeks to 21 November 2026 (year to date)')).toEqual(['9M-2026-11-21']);
    // (A bare year to date, or one after a quarter's span in no brackets, is read as before.)
    expect(spans('year to date')).toEqual(['11M-2026-11-21']);
    expect(spans('the 13 weeks to 21 November 2026 and year to date')).toEqual(['3M-2026-11-21', '11M-2026-11-21']);
  });

  it('a quarter\'s span beside no year-to-date words leaves a YTD column as it was', () => {
    expect(periodLabel(inlineRelease(RELEASE('&pound; million, 13 weeks to 21 November 2026', 'YTD FY27'), 'fenwold-q3.html').quarter)).toContain('Q3');
    expect(cash('&pound; million, 13 weeks to 21 November 2026', 'YTD FY27')).not.toEqual(['3M-2026-11-21']);
  });
});
