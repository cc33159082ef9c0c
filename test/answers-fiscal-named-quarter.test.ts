// A quarter or year said with "FY" ("Q4 FY26", "4Q FY2026", "FY26 Q4") is the issuer's own of that name, dated by its
// fiscal year end: of an April–March issuer, Q4 FY26 is January to March 2026. It was read as the calendar quarter of
// that name (October to December 2026), which a fiscal issuer's lookup found by its dates as fiscal Q3 2027, and answered
// (hl36 corvane: "what was revenue in Q4 FY26?" got fiscal Q3 2027's revenue; meridian: "net profit Q2 FY26" got Q1
// FY27's). And a highlight's figure set "against" another's ("against Rs 162.60 crore in Q2 FY26") is the release's own
// quarter's, the period named the other side's. The issuers and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const MARCH_YEAR = [
  '# Synthetic Lorvane Software Reports Third Quarter Fiscal 2027 Results',
  '',
  'Synthetic Lorvane Software, Inc. today announced results for its third quarter of fiscal 2027, ended December 31, 2026.',
  '',
  '## Condensed Consolidated Statements of Operations',
  '',
  '(in thousands of U.S. dollars; unaudited)',
  '',
  '| | Three Months Ended December 31, 2026 | Three Months Ended December 31, 2025 |',
  '|---|---|---|',
  '| Total revenue | 450,972 | 392,794 |',
  '| Net income | 41,200 | 30,100 |',
];

const INDIAN = [
  'SYNTHETIC KESAR AGRO LIMITED',
  '',
  'PRESS RELEASE - Q2 FY27 RESULTS',
  '',
  'Highlights for the quarter ended 30 September 2026 (Q2 FY27):',
  ' - Net profit of Rs 256.52 crore against Rs 162.60 crore in Q2 FY26.',
  ' - EBITDA margin of 17.6% compared with 15.1% in Q2 FY26.',
  '',
  'STATEMENT OF CONSOLIDATED UNAUDITED FINANCIAL RESULTS',
  '(Rs in crore)',
  '',
  '                                          Quarter ended            Year ended',
  '                                     30.09.2026  30.06.2026        31.03.2026',
  '                                      Unaudited   Unaudited           Audited',
  '------------------------------------------------------------------------------',
  '  Revenue from operations              2,418.62    2,105.37          8,642.18',
  '  Other income                            31.40       27.85             96.33',
  'Total income                           2,450.02    2,133.22          8,738.51',
  'Net profit for the period                256.52      148.68            692.66',
];

describe('a quarter said with "FY" is the issuer\'s own of that name', () => {
  const lorvane = inlineEngine(MARCH_YEAR, 'synthetic-lorvane-q3fy27.md');
  it.each(['what was revenue in Q4 FY26?', 'revenue 4Q FY2026', 'revenue FY26 Q4', 'total revenue Q4FY26'])('%s: declined, naming fiscal Q4 2026', (q) => {
    const a = lorvane.ask(q, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('fiscal Q4 2026');
    expect(a.text).not.toContain('451.0');
  });
  it.each([
    ['revenue Q3 FY27', '$451.0 million in fiscal Q3 2027'],
    ['revenue Q3 FY26', '$392.8 million in fiscal Q3 2026'],
  ])('%s', (q, want) => expect(lorvane.ask(q, q).text).toContain(want));

  const kesar = inlineEngine(INDIAN, 'synthetic-kesar-q2fy27.txt');
  it('an April–March issuer\'s Q2 FY26 is never its Q1 FY27 (the quarter ended June 30, 2026)', () => {
    const a = kesar.ask('revenue from operations Q2 FY26', 'k1');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('2,105.37');
    expect(kesar.ask('revenue from operations Q1 FY27', 'k2').text).toContain('2,105.37 crore in fiscal Q1 2027');
  });
  it('a figure set "against" another in Q2 FY26 is the release\'s quarter\'s; the other is Q2 FY26\'s', () => {
    expect(kesar.ask('net profit this quarter?', 'k3').text).toContain('256.52 crore in fiscal Q2 2027');
    expect(kesar.ask('net profit Q2 FY26', 'k4').text).toContain('162.60 crore in fiscal Q2 2026');
    expect(kesar.ask('EBITDA margin Q2 FY26', 'k5').text).toContain('15.1% in fiscal Q2 2026');
  });
});
