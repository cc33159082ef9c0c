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

  // A count unit in brackets on the label ("Gold production (oz)") is the unit of the range set apart from it, as
  // a table row's is; a label with "$" or a figure after "US$" still sets a line apart. (The range was dropped as a
  // number naming no figure, the lines ran together, and "prod guidance midpoint" was answered with the capital line.)
  const guidance = [...HEAD, 'FINANCIAL POSITION', '', 'At September 30, 2026, the company held cash of $412.6 million.', '', '2027 GUIDANCE', '',
    '  Gold production (oz)                380,000 - 410,000', '  AISC ($/oz sold)                    1,700 - 1,800', '  Sustaining capital expenditures     US$120 - 135 million', '',
    'Guidance assumes a gold price of US$3,000 per ounce.'];

  it('a range after a label whose brackets give a count unit is guidance of that line, cited to its line', () => {
    const a = ask(guidance, 'gold production guidance midpoint');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('395,000');
    expect(a.citations.map((c) => c.line)).toContain(24);
  });

  it('the line after a label holding "$" is a line of its own, its range read after "US$"', () => {
    const a = ask(guidance, 'sustaining capex guidance midpoint');
    expect(a.text).toMatch(/\$127\.5 million/);
    expect(a.text).not.toMatch(/\b800\b/);
  });

  it('money in the brackets ("$/oz sold") gives no bare figure a currency', () => {
    const a = ask(guidance, 'AISC guidance');
    expect(a.text).not.toMatch(/\$1,7[05]0\b/);
  });
});
