// A quarter the prose names by its fiscal name, "(Q2 FY26 interim: ₹3.00)", in a release of a year ending in March:
// it was read as the calendar Q2 2026 and taken for the column ending June 30, 2026, the release's Q1 FY27, so
// "Q1 FY27 dividend" was answered with last year's Q2 dividend (knowledge/fiscal-named.ts).
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Sitara Polymers Limited - Q2 FY27 Results', '',
  'Synthetic Sitara Polymers reports results for the quarter ended 30 September 2026 (Q2 FY27).', '',
  '| (₹ crore) | Q2 FY27 | Q1 FY27 | Q2 FY26 |', '|---|---|---|---|',
  '| Revenue from operations | 1,240.5 | 1,180.2 | 1,103.6 |',
  '| Profit after tax | 98.4 | 91.0 | 75.6 |', '',
  'The Board declared an interim dividend of ₹3.50 per equity share (Q2 FY26 interim: ₹3.00) for FY27.',
];
let n = 0;
const ask = (q: string) => inlineEngine(release, 'sitara-q2fy27.md').ask(q, `fiscal-named-${n++}`);

describe('a quarter the prose names by its fiscal name is that fiscal quarter', () => {
  it('the bracket\'s Q2 FY26 figure is Q2 FY26\'s', () => {
    const a = ask('Q2 FY26 dividend');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('₹3.00');
    expect(a.text).toContain('Q2 2026');
  });
  it('and never the Q1 FY27 column\'s, which ends on the calendar date of "Q2 2026"', () => {
    const a = ask('Q1 FY27 dividend');
    expect(a.text).not.toContain('3.00');
    expect(a.status).toBe('unknown');
  });
});
