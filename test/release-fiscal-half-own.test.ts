// A release of a span of a fiscal year, named by that year ("results for the first half of fiscal 2026, ended
// December 31, 2025"; a year to June), whose tables head "Three months ended" beside "Six months ended": it is of
// the half ended December 31, 2025 (H1 fiscal 2026), its quarter columns fiscal Q2, and its prose's "first half of
// fiscal 2026" is that half, never the six months to June 2026 its calendar words would name.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HALF = [
  '# Synthetic Larchmont Devices, Inc. Reports Results for the First Half of Fiscal 2026', '',
  'SAN JOSE, Calif., February 3, 2026 -- Synthetic Larchmont Devices, Inc. today reported financial results for the first half of fiscal 2026, ended December 31, 2025.', '',
  '- Revenue for the first half of fiscal 2026 was $412.6 million, up 9% from $378.5 million a year earlier.',
  '- Net income was $51.3 million, or $1.02 per diluted share.', '',
  '## Condensed Consolidated Statements of Operations (in millions, except per share data)', '',
  '| | Three months ended December 31, 2025 | Three months ended December 31, 2024 | Six months ended December 31, 2025 | Six months ended December 31, 2024 |',
  '|---|---|---|---|---|',
  '| Revenue | 214.9 | 195.0 | 412.6 | 378.5 |',
  '| Gross profit | 94.8 | 84.8 | 181.6 | 163.7 |',
  '| Net income | 27.0 | 23.1 | 51.3 | 44.9 |',
];
// The same release of the first nine months of fiscal 2026, ended March 31, 2026.
const NINE = HALF.map((l) => l.replace(/First Half/, 'First Nine Months').replace(/first half/g, 'first nine months').replace(/December 31, 2025/g, 'March 31, 2026').replace(/December 31, 2024/g, 'March 31, 2025').replace(/Six months/g, 'Nine months'));
// A quarter's release that gives its half too stays the quarter's.
const QUARTER = [
  '# Synthetic Larchmont Devices, Inc. Reports Second Quarter Fiscal 2026 Results', '',
  'Synthetic Larchmont Devices, Inc. today reported results for its second quarter of fiscal 2026, ended December 31, 2025.', '',
  '- Revenue was $214.9 million, up 10% from $195.0 million a year earlier.',
  '- For the first half of fiscal 2026, revenue was $412.6 million.', '',
  ...HALF.slice(6),
];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines, 'synthetic.md').ask(q, `fh-${n++}`);

describe('a release of a fiscal half or nine months is of that span, its quarters fiscal', () => {
  it.each([
    ['revenue', HALF, '$412.6 million in the 6 months ended December 31, 2025 (fiscal 2026)'],
    ['revenue H1 FY2026', HALF, '$412.6 million in the 6 months ended December 31, 2025'],
    ['revenue first half of fiscal 2026', HALF, '$412.6 million in the 6 months ended December 31, 2025'],
    ['net income', HALF, '$51.3 million in the 6 months ended December 31, 2025'],
    ['revenue yoy', HALF, 'from $378.5 million in the 6 months ended December 31, 2024 (fiscal 2025)'],
    ['revenue Q2 FY2026', HALF, '$214.9 million in fiscal Q2 2026'],
    ['gross profit dec quarter', HALF, '$94.8 million in fiscal Q2 2026'],
    ['gross profit q2', HALF, '$94.8 million in fiscal Q2 2026'],
    ['revenue', NINE, '$412.6 million in the 9 months ended March 31, 2026 (fiscal 2026)'],
    ['revenue yoy', NINE, 'from $378.5 million in the 9 months ended March 31, 2025 (fiscal 2025)'],
    ['revenue Q3 FY2026', NINE, '$214.9 million in fiscal Q3 2026'],
    ['revenue', QUARTER, '$214.9 million in fiscal Q2 2026'],
    ['revenue first half of fiscal 2026', QUARTER, '$412.6 million in the 6 months ended December 31, 2025'],
  ])('%#: %s', (q, lines, said) => {
    const a = ask(lines, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(said);
  });
  it.each([
    ['revenue six months ended june 30 2026', HALF],
    ['revenue nine months ended september 30 2026', NINE],
  ])('%#: no figure is of the calendar span its fiscal name would read as (%s)', (q, lines) => {
    const a = ask(lines, q);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('412.6');
    // (The periods it does give are the release's, none the calendar's reading of a fiscal name.)
    expect(a.text.split('it gives')[1]).not.toMatch(/June 30, 2026|September 30, 2026/);
  });
});
