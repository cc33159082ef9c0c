// An earlier outlook named "prior range" or "previous range" in the sentence that gives the new one ("now expects
// revenue of $A to $B, up from its prior range of $X to $Y"): the earlier outlook the revision replaces, never a
// line of its own ("up from its prior range") whose figures go unasked; a question asking both gets both.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string) => [
  '# Lakeshore Ledger Inc. Reports Third Quarter 2026 Results (invented issuer, for testing)',
  '',
  '**CHICAGO, Nov. 3, 2026** -- Lakeshore Ledger Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in thousands) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Total revenue | 310,000 | 280,000 |',
  '',
  '## Outlook',
  '',
  sentence,
];

const WORDINGS = [
  'For full year 2026, the company now expects total revenue of $1.25 billion to $1.27 billion, up from its prior range of $1.20 billion to $1.23 billion, and an adjusted EBITDA margin of approximately 24%.',
  'For full year 2026, Lakeshore now expects total revenue of $1.25 billion to $1.27 billion, compared with its previous range of $1.20 billion to $1.23 billion.',
  'For full year 2026, the company raised its total revenue outlook to $1.25 billion to $1.27 billion, from an earlier range of $1.20 billion to $1.23 billion.',
];

describe('an earlier outlook called the prior range', () => {
  it('is the earlier outlook of the line guided, given with the new range when both are asked', () => {
    for (const s of WORDINGS) {
      const e = inlineEngine(release(s), 'lakeshore-q3-26.md');
      const a = e.ask('new FY2026 revenue guidance, and what was the prior range?', 'prior-1');
      expect(a.text, s).toContain('$1.25 billion and $1.27 billion');
      expect(a.text, s).toContain('earlier forecast of $1.20 billion–$1.23 billion');
    }
  });

  it('leaves the other figures of the sentence guidance', () => {
    const e = inlineEngine(release(WORDINGS[0]!), 'lakeshore-q3-26.md');
    expect(e.ask('FY2026 adjusted EBITDA margin guidance', 'prior-2').text).toContain('24%');
  });
});
