// Plain text: an outlook set under a heading in capitals below a table, each line a label and its guidance
// apart ("Revenue      $1.90 billion, plus or minus $50 million"), is a section of its own, each line a
// statement read by the outlook reader: a point and its tolerance are the range around the point. (The lines
// were read as label rows of the table above, and "q2 fy26 rev guide" found no guided range.)
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = [
  'SYNTHETIC KESTREL CORPORATION REPORTS THIRD QUARTER 2026 RESULTS',
  '',
  'Synthetic Kestrel Corporation today reported results for its third quarter ended September 30, 2026.',
  '',
  'CONDENSED STATEMENTS OF OPERATIONS',
  '(In millions, except per share amounts; unaudited)',
  '',
  '                                   Three Months Ended',
  '                                  Sep. 30,     Sep. 30,',
  '                                    2026         2025',
  '                                  --------     --------',
  'Revenue                           $  642.0     $  598.4',
  'Cost of revenue                      281.7        270.2',
  'Gross profit                         360.3        328.2',
  'Net income                            88.1         74.9',
  'Diluted EPS                           $0.91        $0.77',
  '',
];
const outlook = (rows: string[], heading = 'OUTLOOK FOR THE FOURTH QUARTER OF 2026') => [...HEAD, heading, ...rows, '', 'NON-GAAP FINANCIAL MEASURES', 'Free cash flow is net cash provided by operating activities less capital expenditures.'];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines, 'kestrel.txt').ask(q, `text-outlook-${n++}`);

describe('a text outlook list under a heading in capitals, below a table', () => {
  it('reads "$X, plus or minus $Y" as the range around X, cited to its line', () => {
    const lines = outlook(['  Revenue                         $660 million, plus or minus $15 million', '  Diluted EPS                     $0.95, plus or minus $0.03']);
    const a = ask(lines, 'q4 revenue guidance');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/\$645(?:\.0)? million/);
    expect(a.text).toMatch(/\$675(?:\.0)? million/);
    expect(a.text).toMatch(/\$660(?:\.0)? million, plus or minus \$15(?:\.0)? million/);
    expect(a.citations.map((c) => c.line)).toContain(19);
    const eps = ask(lines, 'q4 eps guide');
    expect(eps.text).toContain('$0.92');
    expect(eps.text).toContain('$0.98');
  });

  it('a point and its tolerance in billions and millions: the range at the point\'s scale', () => {
    const a = ask(outlook(['  Revenue                         $1.90 billion, plus or minus $50 million']), 'q4 rev guide midpoint');
    expect(a.text).toMatch(/\$1\.85 billion/);
    expect(a.text).toMatch(/\$1\.95 billion/);
  });

  it('a date in brackets on the heading is no market the guided line is of', () => {
    const a = ask(outlook(['  Revenue                         $660 million, plus or minus $15 million'], 'OUTLOOK FOR THE FOURTH QUARTER OF 2026 (ending December 31, 2026)'), 'q4 revenue guidance');
    expect(a.text).toMatch(/\$645(?:\.0)? million/);
  });

  it('the table above keeps its own rows and figures', () => {
    const a = ask(outlook(['  Revenue                         $660 million, plus or minus $15 million']), 'net income Q3 2026');
    expect(a.text).toContain('$88.1 million');
  });
});
