// Columns headed by the two days a span runs between ("1 April 2026 to 30 September 2026", "1 Jan 2026 – 30 Jun
// 2026", "From January 1 to March 31, 2026", "Period from 1 July 2025 to 31 December 2025") are that span: the
// table is read, never skipped, and the release is of that span. A span of days no whole months make is no period:
// its table is skipped by line, never read as a half.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const table = (unit: string, a: string, b: string, rows: string[]) => [`# Synthetic results release`, '', unit, '', `| ${unit} | ${a} | ${b} |`, '|---|---|---|', ...rows];

const FORMS: [string, string[], string, RegExp][] = [
  ['days written out', table("S$'000", '1 April 2026 to 30 September 2026', '1 April 2025 to 30 September 2025', ['| Gross revenue | 96,410 | 90,115 |']), 'gross revenue', /S\$96\.4 million in the 6 months ended September 30, 2026/],
  ['abbreviated, with a dash', table('EUR million', '1 Jan 2026 – 30 Jun 2026', '1 Jan 2025 – 30 Jun 2025', ['| Revenue | 4,120.5 | 3,987.2 |']), 'revenue', /€4,120\.5 million in the 6 months ended June 30, 2026/],
  ['month first, "from"', table('(in thousands of U.S. dollars)', 'From January 1 to March 31, 2026', 'From January 1 to March 31, 2025', ['| Net sales | 81,220 | 74,905 |']), 'net sales', /\$81\.2 million in Q1 2026/],
  ['"Period from"', table('Rand millions (Rm)', 'Period from 1 July 2025 to 31 December 2025', 'Period from 1 July 2024 to 31 December 2024', ['| Revenue | 6,410 | 6,002 |']), 'revenue', /R6,410(?:\.0)? million in the 6 months ended December 31, 2025/],
];

describe('a column headed by the days of its span', () => {
  it.each(FORMS)('%s: the table is read as that span', (_, lines, asked, want) => {
    const a = inlineEngine(lines).ask(`${asked}?`, 'days');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(want);
    expect(a.citations[0]?.line).toBe(7);
  });

  it('the year before is the other column', () => {
    const a = inlineEngine(FORMS[1]![1]).ask('revenue from 1 Jan 2025 to 30 Jun 2025', 'days-prior');
    expect(a.text).toContain('€3,987.2 million in the 6 months ended June 30, 2025');
  });

  it('a span of days that are no whole months is skipped by its line, never read as a half', () => {
    const lines = [
      ...table('(USD thousands)', '1 July 2026 to 30 September 2026', '1 July 2025 to 30 September 2025', ['| Revenue | 412,010 | 388,400 |']),
      '',
      '(USD thousands)',
      '',
      '| | 1 July 2026 to 15 August 2026 | 1 July 2025 to 15 August 2025 |',
      '|---|---|---|',
      '| Charter revenue | 101,220 | 99,005 |',
    ];
    const r = inlineRelease(lines);
    expect(r.skipped.map((s) => s.line)).toEqual([11]);
    const a = inlineEngine(lines).ask('charter revenue', 'days-part');
    expect(a.text).not.toMatch(/101,220|101\.2|99,005|99\.0/);
  });
});
