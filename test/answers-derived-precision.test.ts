// A figure derived from rounded ones is printed no finer than its coarsest input: $4.5 billion less
// $3.2 billion is $1.3 billion, never "$1.30 billion". Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

describe('a difference of rounded figures', () => {
  it('is printed at the precision of its inputs', () => {
    const engine = inlineEngine([
      '# Synthetic Systems Announces Fourth Quarter 2031 Results',
      '',
      'Synthetic Systems today reported results for the fourth quarter ended December 31, 2031.',
      '',
      '- Q4 GAAP operating income was $4.5 billion and GAAP net income was $3.2 billion in the fourth quarter of 2031.',
    ]);
    const a = engine.ask('difference between operating income and net income?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/is \$1\.3 billion/);
    expect(a.text).not.toContain('1.30');
  });
});
