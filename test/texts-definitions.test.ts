// Definitions as releases write them: by formula anywhere in a paragraph that defines several measures
// ("The leverage ratio is net debt divided by adjusted EBITDA"), by exclusion ("Core FFO is FFO excluding ..."),
// or in passing beside the figure ("Take rate, defined as ..., was 2.14%"); a sentence that states a figure
// with "excluding" is no definition. And a release that defines nothing says so. Synthetic, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Payments Reports Third Quarter 2026 Results',
  '',
  'Synthetic Payments today reported results for the third quarter ended September 30, 2026.',
  '',
  '- Total revenue was $212.4 million, up 9.1%.',
  '- Take rate, defined as fee income divided by payment volume, was 2.14%.',
  '- Adjusted EBITDA was $61.0 million, excluding restructuring costs of $4.2 million.',
  '',
  '## Definitions',
  '',
  'We use several ratios. The leverage ratio is net debt divided by adjusted EBITDA for the trailing twelve months. The coverage ratio is adjusted EBITDA divided by interest expense. Adjusted net income is net income excluding amortization of acquired intangibles.',
];

describe('definitions by formula, exclusion or in passing', () => {
  let release: ReturnType<typeof inlineRelease>;
  let defined: string[];
  beforeAll(() => {
    release = inlineRelease(LINES);
    defined = release.texts.filter((t) => t.kind === 'definition').map((t) => t.subject.toLowerCase());
  });

  it('finds each measure a paragraph defines, and none in a sentence that states a figure', () => {
    expect(defined).toEqual(expect.arrayContaining(['leverage ratio', 'coverage ratio', 'adjusted net income', 'take rate']));
    expect(defined.some((s) => s.includes('adjusted ebitda was'))).toBe(false);
    expect(release.texts.find((t) => t.text.startsWith('Adjusted EBITDA was'))?.kind).not.toBe('definition');
  });

  it('answers a definition question with the release\'s sentence', () => {
    const engine = inlineEngine(LINES);
    const a = engine.ask('how is the coverage ratio defined?', 'def-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('adjusted EBITDA divided by interest expense');
    expect(a.text).not.toContain('net debt divided by');
  });

  it('says so when the release defines no terms, never an empty list', () => {
    const engine = inlineEngine(LINES.slice(0, 5));
    const a = engine.ask('how do they define churn?', 'def-2');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/It defines: \./);
  });

  it('reads a footnote\'s equation ("EBITDA = profit before tax + ...") as a definition, never a conversion of units ("1 crore = 10 million")', () => {
    const notes = inlineRelease([...LINES.slice(0, 5), '', 'EBITDA = profit before tax + finance costs + depreciation and amortisation - other income. Net debt = borrowings less cash and current investments. 1 crore = 10 million.']);
    const defs = notes.texts.filter((t) => t.kind === 'definition').map((t) => t.subject);
    expect(defs).toEqual(expect.arrayContaining(['EBITDA', 'Net debt']));
    expect(defs.some((d) => /crore/.test(d))).toBe(false);
  });
});
