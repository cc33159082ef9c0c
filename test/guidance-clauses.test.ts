// Only a clause that states an expectation is guidance. A sentence that reports the quarter and then looks
// ahead ("Diluted EPS of $0.84; the company now expects $3.10 to $3.30") holds an actual and a range: the
// actual is never said as what the company expects, nor taken as an end of the range.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const semicolon = [
  '# Pellmont Tools Reports Second Quarter 2025 Results',
  '',
  'Pellmont Tools Inc. today reported results for the second quarter ended June 30, 2025.',
  '',
  '## Highlights',
  '',
  '- Revenue of $612.4 million, up 5.1% from the second quarter of 2024.',
  '- Diluted EPS of $0.84; the company raises its full-year outlook and now expects diluted EPS of $3.10 to $3.30.',
  '- Free cash flow was $71.3 million, and the company anticipates full-year free cash flow of about $300 million.',
];

// Another issuer, other wording: a leading clause with its own figure, and "while" before the target.
const leading = [
  'Orvik Maritime ASA – interim report for the third quarter of 2025',
  '',
  'Orvik Maritime ASA today reported its results for the third quarter ended 30 September 2025.',
  '',
  'Building on an EBITDA margin of 31.4% in the quarter, Orvik Maritime targets an EBITDA margin of 32% to 34% for the full year 2025.',
  '',
  'Fleet utilisation was 92.5%, while the Group expects utilisation of 93% to 95% in the fourth quarter of 2025.',
];

const guided = (lines: string[]) => inlineRelease(lines).facts.filter((f) => f.role === 'low' || f.role === 'high');

describe('guidance only from the clause that looks ahead', () => {
  it('keeps the quarter actual out of the range, and reads it as the quarter figure', () => {
    const values = guided(semicolon).map((f) => f.value.toNumber());
    expect(values).not.toContain(0.84);
    expect(values).not.toContain(71.3);
    expect(values).toEqual(expect.arrayContaining([3.1, 3.3, 300]));
    const a = inlineEngine(semicolon).ask('FY EPS outlook?', 'gc-1');
    expect(a.text).toContain('$3.10 and $3.30');
    expect(a.text).not.toContain('$0.84');
  });

  it('another wording: a leading clause and "while" keep their actuals out of the outlook', () => {
    const values = guided(leading).map((f) => f.value.toNumber());
    expect(values).not.toContain(31.4);
    expect(values).not.toContain(92.5);
    expect(values).toEqual(expect.arrayContaining([32, 34, 93, 95]));
    const a = inlineEngine(leading).ask('utilisation guidance', 'gc-2');
    expect(a.text).not.toContain('92.5');
  });

  it('a period named before the forward words, dates and all, stays with the guided figures', () => {
    const lines = [...semicolon, '', 'For the full year 2025, the company expects revenue of $2.40 billion to $2.45 billion.', '', 'For the third quarter ending September 30, 2025, the company expects revenue of $630 million to $640 million.'];
    const year = guided(lines).filter((f) => f.value.toNumber() === 2.4);
    expect(year.map((f) => f.period.kind === 'duration' && f.period.months)).toEqual([12]);
    const quarter = guided(lines).filter((f) => f.value.toNumber() === 630);
    expect(quarter.map((f) => f.period.kind === 'duration' && f.period.end)).toEqual(['2025-09-30']);
  });
});
