// A sentence that guides two periods, each in its own clause, gives each range its own clause's period: never the
// sentence's first period for every range, never one range's end paired with another's. A clause that names none of
// the sentence's periods is not given another clause's.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (issuer: string, outlook: string) => [
  `# ${issuer} Reports First Quarter 2025 Results`,
  '',
  `${issuer} today reported results for the first quarter ended March 31, 2025.`,
  '',
  '## Outlook',
  '',
  outlook,
];

// The period leads each clause.
const leading = release('Orlin Corp', 'For the second quarter of 2025, Orlin expects net sales of $215 million to $225 million, and for the full year 2025 net sales of $860 million to $880 million.');
// Another wording: the period follows each range.
const trailing = release('Hallbrook Foods', 'Hallbrook expects diluted EPS of $0.40 to $0.44 for the second quarter of 2025 and $1.70 to $1.80 for the full year 2025.');

const months = (lines: string[]) =>
  Object.fromEntries(
    inlineRelease(lines)
      .facts.filter((f) => f.role === 'low' || f.role === 'high')
      .map((f) => [f.value.toString(), f.period.kind === 'duration' ? f.period.months : 0]),
  );

describe("each guided range takes its own clause's period", () => {
  it('a period leading each clause', () => {
    expect(months(leading)).toEqual({ '215': 3, '225': 3, '860': 12, '880': 12 });
    const engine = inlineEngine(leading);
    const quarter = engine.ask('what is the Q2 2025 net sales outlook?', 'cp-1').text;
    expect(quarter).toContain('$215 million and $225 million');
    expect(quarter).not.toContain('$860 million');
    expect(engine.ask('full year 2025 net sales guidance?', 'cp-2').text).toContain('$860 million and $880 million');
  });

  it('a period following each range', () => {
    expect(months(trailing)).toEqual({ '0.4': 3, '0.44': 3, '1.7': 12, '1.8': 12 });
  });

  it("a clause naming no period is not given another clause's", () => {
    const lines = release('Tessaly Labs', 'Tessaly expects revenue of $50 million to $54 million and adjusted EBITDA of $8 million to $9 million for the second quarter of 2025, and revenue of $200 million to $210 million for the full year 2025.');
    const read = months(lines);
    expect(read).toMatchObject({ '8': 3, '9': 3, '200': 12, '210': 12 });
    expect(read['50']).not.toBe(12);
    expect(read['54']).not.toBe(12);
  });

  it('a phrase trailing the last range, naming a part of the year, is no period of that range', () => {
    // (A text release wraps the sentence over lines, its period leading it: h31-023.)
    const wrapped = release('Harlow Group', 'Trading has been in line with our expectations. For the full year\n2026 we continue to expect organic revenue growth of 3% to 5% and adjusted\noperating profit of GBP480m to GBP500m, with the second half weighted towards\nthe peak season.');
    expect(months(wrapped)).toMatchObject({ '480': 12, '500': 12 });
    expect(inlineEngine(wrapped, 'harlow.txt').ask('adjusted operating profit guidance?', 'cp-4').text).toContain('For FY2026');
  });
});
