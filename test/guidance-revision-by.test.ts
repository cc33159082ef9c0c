// "Raised full-year 2026 Core FFO guidance midpoint by $0.04 to $3.36 per share": the first figure is the change a
// revision makes and the second a midpoint of the line's guidance; neither is a range of a line of its own, so the
// table's range (and its prior column) answers. Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const REIT = (bullet: string) => [
  '# Fenmoor Residential Reports Third Quarter 2026 Results',
  '',
  'Fenmoor Residential, Inc. (NYSE: FNMR) today reported results for the third quarter ended September 30, 2026.',
  '',
  `- ${bullet}`,
  '',
  '## 2026 Guidance',
  '',
  '| | Current | Prior |',
  '|---|---|---|',
  '| Core FFO per diluted share | $3.34 – $3.38 | $3.28 – $3.36 |',
  '| Same-store NOI growth | 3.6% – 4.2% | 3.0% – 4.0% |',
];

const guided = (bullet: string) => inlineRelease(REIT(bullet), 'fenmoor-2026q3.md').facts.filter((f) => (f.role === 'low' || f.role === 'high') && f.citation.line === 5);

describe('a revision stated as a change to a level', () => {
  it.each([
    ['Raised full-year 2026 Core FFO guidance midpoint by $0.04 to $3.36 per share.'],
    ['Increased its 2026 Core FFO per share guidance midpoint by $0.04 to $3.36.'],
    ['The Company raised the midpoint of its 2026 Core FFO guidance by $0.04 to $3.36.'],
  ])('makes no guided range of its two figures (%s)', (bullet) => {
    expect(guided(bullet)).toEqual([]);
  });
  it('leaves a range stated with "to" a range', () => {
    expect(guided('Raised 2026 Core FFO guidance to $3.34 to $3.38 per share.').map((f) => f.value.toString())).toEqual(['3.34', '3.38']);
  });
  it('answers the old and new guidance and the midpoint from the table', () => {
    const a = inlineEngine(REIT('Raised full-year 2026 Core FFO guidance midpoint by $0.04 to $3.36 per share.'), 'fenmoor-2026q3.md').ask('2026 core FFO guide, new vs old, and the midpoint?', 'revision-by');
    expect(a.status).toBe('answer');
    for (const figure of ['$3.34', '$3.38', '$3.28', '$3.36']) expect(a.text).toContain(figure);
    expect(a.text).not.toContain('$0.04 and');
  });
});
