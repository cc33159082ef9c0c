// Year-to-date columns beside quarter columns ("Q3 2026 | Q3 2025 | YTD 2026 | YTD 2025", hl42-075/079): each is
// its own period, the nine months to the quarter's end of its year. Read as "YTD" and a bare year, both YTD
// columns were one period, both dropped as repeating it, and "year to date 2026" in a question was the full
// year 2026. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = (ytd: [string, string]) => [
  '# Birchmoor Apartments REIT Reports Third Quarter 2026 Results',
  '',
  'TORONTO, November 4, 2026 - Birchmoor Apartments REIT today announced its results for the three and nine months ended September 30, 2026. All amounts are in thousands of Canadian dollars, except per unit amounts.',
  '',
  '## Financial Summary',
  '',
  `| | Q3 2026 | Q3 2025 | ${ytd[0]} | ${ytd[1]} |`,
  '|---|---:|---:|---:|---:|',
  '| Rental revenue | 51,204 | 48,930 | 150,611 | 143,872 |',
  '| Net operating income | 32,118 | 30,402 | 94,340 | 89,115 |',
  '| FFO per unit - diluted | 0.31 | 0.29 | 0.90 | 0.85 |',
  '| AFFO payout ratio | 71.2% | 73.5% | 72.0% | 74.1% |',
];

const periods = (ytd: [string, string]) =>
  inlineRelease(RELEASE(ytd), 'birchmoor-q3-2026.md')
    .facts.filter((f) => f.metric === 'net_operating_income' && f.source === 'table')
    .map((f) => (f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end} ${f.value.toString()}` : f.period.date));

describe('year-to-date columns of two years', () => {
  it.each<[string, string]>([
    ['YTD 2026', 'YTD 2025'],
    ['2026 YTD', '2025 YTD'],
    ['Year to date 2026', 'Year to date 2025'],
  ])('"%s" and "%s" are the nine months of each year', (a, b) => {
    expect(periods([a, b])).toEqual(['3M-2026-09-30 32118', '3M-2025-09-30 30402', '9M-2026-09-30 94340', '9M-2025-09-30 89115']);
  });

  const engine = inlineEngine(RELEASE(['YTD 2026', 'YTD 2025']), 'birchmoor-q3-2026.md');
  it('"YTD" and "year to date <year>" in a question are that span, never the full year', () => {
    expect(engine.ask('YTD net operating income', 'a').text).toContain('C$94.3 million in the 9 months ended September 30, 2026');
    const asked = engine.ask('AFFO payout ratio year to date twenty twenty six', 'b');
    expect(asked.status).toBe('answer');
    expect(asked.text).toContain('72.0%');
    expect(asked.text).not.toContain('FY2026');
    expect(engine.ask('diluted FFO per unit YTD 2025', 'c').text).toContain('0.85');
  });

  it('the year to date against the last year\'s', () => {
    const a = engine.ask('rental revenue ytd yoy', 'd');
    expect(a.text).toContain('C$150.6 million');
    expect(a.text).toContain('C$143.9 million');
  });
});
