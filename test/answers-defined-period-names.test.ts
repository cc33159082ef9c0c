// A release that defines its own period names in its prose ('the six months ended 31 December 2025 ("H1 FY2026")',
// '(the "1H FY2026")', '(“fiscal 2026”)', "('FY26')") dates the tables headed by those names, and questions in those
// names resolve to the spans it dated; a name of its calendar that no column bears ("H2 FY2025" of a year to June)
// is that calendar's half, never the calendar half of the same name (the release's own "H1 FY2026").
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (prose: string, unit: string, a: string, b: string, rows: string[]) => ['# Synthetic results release', '', prose, '', `| ${unit} | ${a} | ${b} |`, '|---|---|---|', ...rows];

const HALF = release("Synthetic Vaalkop Mining's financial year ends on 30 June; the six months ended 31 December 2025 (\"H1 FY2026\") are compared with the six months ended 31 December 2024 (\"H1 FY2025\"). Figures are in rand millions (Rm).", 'Rm', 'H1 FY2026', 'H1 FY2025', ['| Revenue | 8,410 | 7,220 |', '| Operating profit | 1,905 | 1,388 |']);
const REIT = release('Synthetic Tembusu Hospitality Trust announced its results for the half-year from 1 July 2025 to 31 December 2025 (the "1H FY2026"). Figures are in S$\'000.', "S$'000", '1H FY2026', '1H FY2025', ['| Net property income | 48,115 | 45,900 |']);
const YEAR = release('Synthetic Bracken Foods reports its results for the year ended 30 June 2026 (“fiscal 2026”). All amounts in A$ millions.', 'A$m', 'Fiscal 2026', 'Fiscal 2025', ['| Revenue | 2,410.6 | 2,288.1 |', '| EBIT | 310.2 | 281.7 |']);
const SINGLE = release("Results for the financial year ended 31 March 2026 ('FY26'). £ millions.", '£m', 'FY26', 'FY25', ['| Revenue | 912.4 | 850.3 |', '| Operating profit | 88.1 | 79.5 |']);

describe('period names a release defines in its prose', () => {
  it.each([
    ['"H1 FY2026" in quotes', HALF, 'operating profit in H1 FY2025', 'R1,388.0 million in the 6 months ended December 31, 2024'],
    ['(the "1H FY2026") after a span of days', REIT, 'net property income 1H FY2025', 'S$45.9 million in the 6 months ended December 31, 2024'],
    ['curly-quoted “fiscal 2026”', YEAR, 'EBIT in fiscal 2025', 'A$281.7 million in the 12 months ended June 30, 2025'],
    ["'FY26' in single quotes", SINGLE, 'operating profit FY25', '£79.5 million in the 12 months ended March 31, 2025'],
  ])('%s: its table is read and a question in its names resolves', (_, lines, q, want) => {
    const a = inlineEngine(lines).ask(q, 'defined');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.citations[0]?.line).toBeGreaterThanOrEqual(7);
  });

  it('the current name answers the latest column', () => expect(inlineEngine(YEAR).ask('revenue fiscal 2026', 'defined-now').text).toContain('A$2,410.6 million in the 12 months ended June 30, 2026'));

  it("a name of the release's calendar that no column bears is no other column's half", () => {
    const a = inlineEngine(HALF).ask('revenue in H2 FY2025', 'defined-other');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('8,410');
    expect(a.text).toContain('6 months ended June 30, 2025');
  });
});
