// A plain-text release's headline set centred over several lines: each line is its own statement. Read as
// one sentence, a later line's forward words ("Raises Full-Year Outlook") made an earlier line's actual
// ("Diluted EPS of $1.39") the company's expectation.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = [
  '                                                          Exhibit 99.1',
  '',
  '            TARNWELL FOODS CORPORATION REPORTS SECOND QUARTER 2025 RESULTS',
  '',
  '     Revenue Up 6.4% to $812.5 Million; Adjusted EPS of $0.92 versus $0.80',
  '               Reaffirms Full-Year 2025 Guidance',
  '',
  'CHICAGO, Ill., August 6, 2025 -- Tarnwell Foods Corporation today reported results',
  'for the second quarter ended June 30, 2025.',
  '',
  'For the full year 2025, the company expects adjusted EPS of $3.55 to $3.65.',
];

const guided = (lines: string[]) => inlineRelease(lines, 'tarnwell.txt').facts.filter((f) => f.role === 'low' || f.role === 'high');

describe('a centred headline is read line by line', () => {
  it("never takes the headline's actual for guidance", () => {
    const values = guided(release).map((f) => f.value.toNumber());
    expect(values).not.toContain(0.92);
    expect(values).toEqual(expect.arrayContaining([3.55, 3.65]));
    const a = inlineEngine(release, 'tarnwell.txt').ask('FY25 adjusted EPS guidance?', 'hl-1');
    expect(a.text).toContain('$3.55');
    expect(a.text).not.toContain('0.92');
  });

  it("still reads the headline line's own figures", () => {
    const eps = inlineRelease(release, 'tarnwell.txt').facts.filter((f) => f.value.toNumber() === 0.92);
    expect(eps.map((f) => [f.role, f.citation.line])).toContainEqual(['value', 5]);
  });
});
