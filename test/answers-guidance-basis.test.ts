// A guidance question saying its basis ("non-GAAP operating expense guidance") is answered by a range of that basis
// only: a range whose line states the other basis ("GAAP operating expenses") is never said as the one asked, and
// with no range of the basis asked the bot declines (handlers/guidance.ts, other-basis.ts otherBasisStated).
// hunt42 hct-13; the releases here are worded apart.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = [
  '# Orrin Biosciences reports third quarter 2026 financial results',
  '',
  'Orrin Biosciences, Inc. reported financial results for the quarter ended September 30, 2026.',
  '',
  '## Financial Guidance',
  '',
];
const gaapOnly = [...head, 'Orrin expects full-year 2026 GAAP operating expenses of $410 million to $430 million.'];
const both = [...gaapOnly, '', 'Orrin expects full-year 2026 non-GAAP operating expenses of $350 million to $365 million.'];

const ask = (lines: string[], q: string) => inlineEngine(lines, 'orrin-2026q3.md').ask(q, 'c');

describe('guidance asked on a basis', () => {
  it('non-GAAP asked where only a GAAP range is guided: declined, never the GAAP range', () => {
    const a = ask(gaapOnly, 'What is the non-GAAP operating expense guidance for 2026?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('$410 million');
  });

  it('non-GAAP asked where both are guided: the non-GAAP range', () => {
    const a = ask(both, 'non-GAAP opex guidance for 2026?');
    expect(a.text).toContain('$350 million');
    expect(a.text).not.toContain('$410 million');
  });

  it('GAAP asked: the GAAP range', () => {
    const a = ask(both, 'GAAP operating expense guidance for 2026?');
    expect(a.text).toContain('$410 million');
    expect(a.text).not.toContain('$350 million');
  });
});
