// A buyback sentence of two clauses ("up to 5 million shares; 1.2 million shares were bought back"): each figure is
// what its own clause says. The count bought was called "the plan's size" because the sentence as a whole says "up to".
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Tarrawin Rail Limited -- Q3 FY26 results', '',
  'Tarrawin Rail reports results for the quarter ended 31 March 2026 (Q3 FY26).', '',
  '- Revenue of A$84.2 million, up 6.1% on Q3 FY25.', '',
  'CAPITAL MANAGEMENT',
  'The board continues the on-market buy-back of up to 5 million shares; 1.2 million shares were bought back',
  'in Q3 FY26 at an average price of A$4.12.',
];

describe('a buyback figure is what its own clause says', () => {
  it('the shares bought are not the plan\'s size; the ceiling is', () => {
    const a = inlineEngine(RELEASE, 'synthetic.txt').ask('how many shares bought back in the quarter?', 'bb-clause');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('1.2 million shares');
    expect(a.text).not.toMatch(/\(the plan's size\): 1\.2 million/);
    // (The ceiling answers the plan's size, never the shares bought: "how many ... bought back" gives the count alone.)
    expect(a.text).not.toContain('5 million shares');
    const size = inlineEngine(RELEASE, 'synthetic.txt').ask('how big is the buyback?', 'bb-clause-size');
    expect(size.text).toMatch(/\(the plan's size\): 5 million shares/);
  });
});
