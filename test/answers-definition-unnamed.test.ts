// A definition asked of "that" or "it" with no line before it (a new thread, or one whose last turn was
// declined) names no term: no definition of another line stands in for it (hl46-134: "order intake?" was
// declined, then "how's that defined" quoted the definition of comparable sales growth).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = () =>
  inlineEngine([
    '# Synthetic Devices Reports Third Quarter 2026 Results',
    '',
    'Synthetic Devices today reported results for the third quarter ended September 30, 2026.',
    '',
    '- **Comparable sales growth**¹ of 6.1%',
    '',
    '| € million | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Sales | 1,842 | 1,761 |',
    '| Free cash flow | 143 | 120 |',
    '',
    '¹ Non-IFRS measure. **Comparable sales growth** excludes the effects of currency movements. **Free cash flow** is net cash from operating activities less net capital expenditures.',
  ]);

describe('a definition asked of a line never named', () => {
  for (const q of ["how's that defined", "how's it defined", 'what does that mean', 'how is this defined']) {
    it(`"${q}" in a new thread quotes no definition`, () => {
      const a = release().ask(q, `du-${q}`);
      expect(a.status).not.toBe('answer');
      expect(a.text).not.toMatch(/currency movements|capital expenditures/);
    });
  }

  it('a line named is still defined', () => {
    const a = release().ask('how is free cash flow defined', 'du-fcf');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('capital expenditures');
  });
});
