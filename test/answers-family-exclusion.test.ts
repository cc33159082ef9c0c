// A family of lines with no total row ("provisions": four provision lines) with one of them taken out
// ("excluding the contingent one") is the sum of the others. The excluded line was read as the family's
// qualifier and all four were added, the excluded one included: a confident, cited, wrong figure.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { freight } from './support/freight.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(
    freight(
      '| Revenue | 500,000 | 610,000 |',
      '| Allowance for trade receivables | 10,000 | 12,500 |',
      '| Allowance for lease receivables | 4,000 | 3,200 |',
      '| Allowance for guarantees | 2,000 | 7,300 |',
    ),
  );
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `family-exclusion-${n++}`);

describe('a family word with one of its lines excluded', () => {
  it('adds the other lines and names the one left out', () => {
    const a = ask('allowances excluding the allowance for guarantees, Q3 2026');
    expect(a.text).toContain('$15.7 million');
    expect(a.text).toContain('other than allowance for guarantees');
    expect(a.text).not.toContain('$23.0 million');
  });

  // The member taken out by the words that set it apart, not its full label: each had added all three ($23.0 million).
  it.each([
    'allowances excluding the guarantee one, Q3 2026',
    'total allowances except guarantees, Q3 2026',
    'allowances ex guarantees in Q3 2026',
    'allowances excluding the one for guarantees, Q3 2026',
  ])('%s: the others, the guarantee line named as left out', (q) => {
    const a = ask(q);
    expect(a.text).toContain('$15.7 million');
    expect(a.text).toContain('other than allowance for guarantees');
    expect(a.text).not.toContain('$23.0 million');
  });

  it('a follow-up asks about the lines added, never the one left out', () => {
    engine.ask('allowances ex guarantees, Q3 2026', 'family-exclusion-thread');
    const a = engine.ask('and in Q3 2025?', 'family-exclusion-thread');
    expect(a.text).toContain('$14.0 million');
    expect(a.text).not.toContain('Allowance for guarantees');
  });

  it('two members taken out by their words: the one left is no sum, and the whole family is never added', () => {
    const a = ask('allowances excluding the lease one and the guarantee one, Q3 2026');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('only Allowance for trade receivables');
    expect(a.text).not.toMatch(/\$\d/);
  });

  it.each([
    ['words no member goes by', 'allowances excluding the freight one, Q3 2026', 'freight'],
    ['words several members go by', 'allowances excluding receivables, Q3 2026', 'receivables'],
    ['no words at all', 'allowances excluding the one, Q3 2026', 'leave out'],
  ])('%s: declines, saying which words, with no figure', (_why, q, said) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(said);
    expect(a.text).not.toMatch(/\$\d/);
  });

  it('a line that is no member of the family is not taken out of it', () => {
    const a = ask('allowances excluding revenue, Q3 2026');
    expect(a.text).not.toMatch(/\$(?:23\.0|15\.7) million/);
  });

  it('the family added whole when nothing is excluded', () => {
    expect(ask('sum of the allowances in Q3 2026').text).toContain('$23.0 million');
  });
});
