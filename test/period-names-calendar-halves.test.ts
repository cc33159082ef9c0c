// A half-year release of a calendar year, no quarter: its columns are named "H1 2026" / "H1 2025" alone and its
// title or prose dates its own half in words ("the six months ended 30 June 2026"). A name read from the
// calendar's months that the release so dates is the release's own half, and the other calendar names of its
// columns are dated by the same calendar (knowledge/period-names.ts calendarHalves). A release that dates
// no such half stays refused. A synthetic issuer.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (title: string, opening: string, head = '                         H1 2026     H1 2025     Change') => [
  'FENWORTH HOLDINGS PLC',
  title,
  '',
  opening,
  '',
  'SUMMARY INCOME STATEMENT',
  '',
  head,
  '                              £m          £m          %',
  'Revenue                    212.4       198.1        7.2',
  'Operating profit            31.6        28.0       12.9',
  'Profit for the period       21.9        19.4       12.9',
];

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a half-year release whose columns are named by the calendar half alone', () => {
  it.each([
    ['Half-year results for the six months ended 30 June 2026', 'Fenworth Holdings plc today announces its unaudited results.'],
    ['Interim results', 'Fenworth Holdings plc today announces its results for the half year to 30 June 2026 ("H1 2026").'],
    ['Interim results', 'Fenworth Holdings plc today announces its results for the six\nmonths ended 30 June 2026.'],
    ['Half-year results', 'Fenworth Holdings plc today announces its results for the six months ended June 30, 2026.'],
  ])('reads H1 2026 as the six months to 30 June 2026 when the release dates it ("%s" / "%s")', (title, opening) => {
    const r = inlineRelease(release(title, opening), 'fenworth.txt');
    expect(r.skipped).toEqual([]);
    expect(value(r, 'revenue', '6M-2026-06-30')?.value.toString()).toBe('212.4');
    expect(value(r, 'revenue', '6M-2025-06-30')?.value.toString()).toBe('198.1');
  });

  it('answers the half asked by its name, dated', () => {
    const engine = inlineEngine(release('Half-year results for the six months ended 30 June 2026', 'Fenworth Holdings plc today announces its unaudited results.'), 'fenworth.txt');
    const a = engine.ask('revenue H1 2026?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('212.4');
    expect(a.text).toContain('June 30, 2026');
  });

  it.each([
    ['Half-year results 2026', 'Fenworth Holdings plc today announces its unaudited half-year results.'],
    // A dated half that is not the columns' calendar reading dates none of them.
    ['Half-year results for the six months ended 30 September 2025', 'Fenworth Holdings plc today announces its unaudited results.'],
  ])('stays refused when the release does not date its columns\' half ("%s")', (title, opening) => {
    // (Refused either way: no quarter, or, where the prose dates a half, no column that half names.)
    expect(() => inlineRelease(release(title, opening), 'fenworth.txt')).toThrow(/cannot tell which quarter the release reports|no figures found/);
  });

  it('never dates a fiscal name ("H1 FY26") by the calendar, though the prose dates a half ending in June', () => {
    const r = () => inlineRelease(release('Half-year results for the six months ended 30 June 2026', 'Fenworth Holdings plc today announces its results.', '                        H1 FY26     H1 FY25     Change'), 'fenworth.txt');
    let got: Release | null = null;
    try {
      got = r();
    } catch {
      return;
    }
    expect(value(got!, 'revenue', '6M-2026-06-30')).toBeUndefined();
  });
});

// A Nordic half-year report dates its half by its months alone ("Half-year report January–June 2026") and heads
// its columns "H1 2026 / H1 2025 / FY 2025": it was refused as a whole ("cannot tell which quarter"). Its year
// column is the calendar's too; a report that dates no column's span is refused naming the table's line and headers.
const nordic = (title: string, head = '                        H1 2026     H1 2025     FY 2025') => [
  'FENWORTH INDUSTRIER AB', title, '', 'Figures in brackets refer to the corresponding period of the previous year.', '',
  'KEY FIGURES',
  `EUR million${head.slice(11)}`,
  'Revenue                    212.4       198.1       401.7',
  'Operating profit            31.6        28.0        60.2',
  'Profit for the period       21.9        19.4        42.5',
];

describe('a half-year or year-end report dated by its months', () => {
  it.each(['HALF-YEAR REPORT JANUARY-JUNE 2026', 'Interim report January – June 2026', 'Half-year report, January–June 2026'])('loads "%s" as the half to 30 June 2026, its FY column the calendar year', (title) => {
    const r = inlineRelease(nordic(title), 'fenworth.txt');
    expect(r.skipped).toEqual([]);
    expect(periodKey(r.quarter)).toBe('6M-2026-06-30');
    expect(value(r, 'revenue', '6M-2026-06-30')?.value.toString()).toBe('212.4');
    expect(value(r, 'revenue', '12M-2025-12-31')?.value.toString()).toBe('401.7');
  });

  it('answers the year column by its name', () => {
    const a = inlineEngine(nordic('HALF-YEAR REPORT JANUARY-JUNE 2026'), 'fenworth.txt').ask('revenue FY 2025', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('401.7');
  });

  it('loads a year-end report of "FY" columns dated by its months as the calendar year', () => {
    const r = inlineRelease(nordic('YEAR-END REPORT JANUARY-DECEMBER 2026', '                        FY 2026     FY 2025     FY 2024'), 'fenworth.txt');
    expect(periodKey(r.quarter)).toBe('12M-2026-12-31');
    expect(value(r, 'revenue', '12M-2025-12-31')?.value.toString()).toBe('198.1');
  });

  it('refuses months that date no column, naming the table\'s line and its column names', () => {
    expect(() => inlineRelease(nordic('HALF-YEAR REPORT JULY-DECEMBER 2026'), 'fenworth.txt')).toThrow(/:8: .*the table at line 8 names its columns "H1 2026", "H1 2025", "FY 2025", which no column and no sentence dates/);
  });
});
