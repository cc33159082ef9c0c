// "guidance?" naming no period: every period the release guides ahead of its own quarter, never only the one
// ending last (hunt32: Pembridge's "on track to pass 7.5 million premises by March 2027" stood for the year's
// EBITDA range; Wirrabay's FY27 capex for its 1H PBT range). Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { quillmoor } from './support/quillmoor.js';

const halfAndYear = quillmoor(
  'For the first half of 2027, the company expects profit before tax between $410 million and $450 million.',
  '',
  'For the full year 2027, the company expects capital expenditure between $1.3 billion and $1.4 billion.',
);
const yearAndTarget = quillmoor(
  'The company now expects full-year 2026 adjusted EBITDA of $1.19 billion to $1.21 billion.',
  '',
  'The company remains on track to pass 7.5 million homes by March 2028.',
);

describe('guidance asked with no period', () => {
  it('gives every period guided ahead, not only the one ending last', () => {
    for (const q of ['guidance?', 'outlook?', 'what is the guidance']) {
      const a = inlineEngine(halfAndYear).ask(q, 'g');
      expect(a.text).toContain('$410');
      expect(a.text).toContain('$1.3');
    }
  });

  it("gives the year's range, never a target by a date in its place", () => {
    const a = inlineEngine(yearAndTarget).ask('outlook?', 'o');
    expect(a.text).toContain('$1.19');
  });
});
