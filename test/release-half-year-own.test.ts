// A release whose own period is a half ("HALF YEAR ENDED 31 DECEMBER 2025", "the interim period ended 30 September
// 2025", "the half-year ended ...") is of that half: its prose figures and its fiscal-named columns ("1H FY26") are
// the half's, never the quarter ending that day, though its tables give the quarters within it too ("Dec 2025
// Quarter"); a release of halves named so, with no quarter column, loads (hl28 krr-04, krr-06, krr-11).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const WITH_QUARTERS = [
  'SYNTHETIC BANKSIA MINERALS LIMITED', 'ASX: SBM', '',
  'HALF YEAR RESULTS -- HALF YEAR ENDED 31 DECEMBER 2025 ("1H FY26")', '',
  'All figures are in Australian dollars (A$). Comparisons are with the half year ended 31 December 2024 ("1H FY25").', '',
  'HIGHLIGHTS', '- Revenue of A$812.3 million, up 12.0%.',
  '- Statutory net profit after tax of A$151.2 million (1H FY25: A$120.4 million).', '',
  'PRODUCTION', '',
  '                               Dec 2025    Sep 2025      1H FY26      1H FY25',
  '                                Quarter     Quarter',
  'Nickel produced (t)              10,200       9,800       20,000       18,500', '',
  'FINANCIAL SUMMARY', '',
  'A$ million                                       1H FY26      1H FY25',
  'Revenue                                            812.3        725.3',
  'Statutory NPAT                                     151.2        120.4',
];
const INTERIM = [
  'SYNTHETIC HOLLYBANK FOODS PLC', 'Interim results', '',
  'Hollybank Foods plc today announces its results for the interim period ended 30 September 2025.',
  'Operating profit was £38.1 million.',
];
const LOWER = [
  'SYNTHETIC WARATAH PORTS LIMITED', '',
  'Waratah Ports today reported its results for the half-year ended 31 December 2025.',
  'Net profit after tax was A$88.0 million.',
];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines, 'synthetic.txt').ask(q, `hy-${n++}`);

describe("a release of a half is of that half, never the quarter ending that day", () => {
  it.each([
    [WITH_QUARTERS, 'statutory net profit after tax', 'A$151.2 million in the 6 months ended December 31, 2025'],
    [WITH_QUARTERS, 'nickel produced in 1H FY26', '20,000 t in the 6 months ended December 31, 2025'],
    [WITH_QUARTERS, 'nickel produced in the dec quarter', '10,200 t in Q4 2025'],
    [WITH_QUARTERS, 'revenue vs pcp', 'from A$725.3 million in the 6 months ended December 31, 2024'],
    [INTERIM, 'operating profit', '£38.1 million in the 6 months ended September 30, 2025'],
    [LOWER, 'net profit after tax', 'A$88.0 million in the 6 months ended December 31, 2025'],
  ])('%#: %s', (lines, q, said) => {
    const a = ask(lines, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(said);
  });
  it('the half before is named as such, never a half to June 2026', () => {
    const a = ask(WITH_QUARTERS, 'revenue 2H FY25');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('6 months ended December 31, 2024');
    expect(a.text).not.toContain('June 30, 2026');
  });
  it('"% increase on pcp?" after the half is its change from the half a year earlier (pcp: the prior corresponding period)', () => {
    const e = inlineEngine(WITH_QUARTERS, 'synthetic.txt');
    e.ask('revenue', 'pcp');
    const a = e.ask('% increase on pcp?', 'pcp');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('from A$725.3 million in the 6 months ended December 31, 2024');
  });
  it('"the three and six months ended" dates the quarter first: a quarter release stays one (hl15 Thornbury)', () => {
    // Its prose's "R&D expense decreased 7.3% to GBP31.4 million" is Q2's; read as the half's, H1 got Q2's figure.
    const e = sharedEngine('eval/hl15/docs/thornbury-q2-2026.txt');
    expect(e.ask('R&D expense in Q2 2026?', 'tb-q').text).toContain('GBP 31.4 million in Q2 2026');
    expect(e.ask('R&D expense H1 2026', 'tb-h').text).not.toContain('31.4');
  });
});
