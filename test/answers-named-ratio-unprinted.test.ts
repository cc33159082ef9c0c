// A ratio named after a family's head word ("reserve coverage ratio") where no line is named so and none is named to
// divide: declined naming it, never a question among the family's lines. A ratio of two lines named is answered.
// Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Quillmere Credit Reports Third Quarter 2026 Results', '',
  'Synthetic Quillmere Credit today reported results for the third quarter ended September 30, 2026.', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|',
  '| Total revenue | 400.0 | 440.0 |', '| Allowance for credit losses on loans | 30.0 | 33.0 |', '| Allowance for credit losses on receivables | 10.0 | 11.0 |',
  '| Allowance for credit losses on guarantees | 5.0 | 6.0 |', '| Net income | 60.0 | 66.0 |',
]);
let n = 0;
const ask = (q: string) => engine.ask(q, `named-ratio-${n++}`);

describe('a ratio named that no line holds', () => {
  it.each([
    ["What's the allowance coverage ratio?", 'allowance coverage ratio'],
    ['allowance ratio in Q3 2026?', 'allowance ratio'],
    ['how is the allowance coverage looking', 'allowance coverage'],
  ])('%s → declined naming it', (q, named) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`doesn't give a ${named}`);
    expect(a.choices ?? []).toHaveLength(0);
  });

  it('a ratio of two lines named: answered', () => {
    const a = ask('allowance for credit losses on loans to total revenue ratio in Q3 2026');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$33.0 million ÷ $440.0 million');
  });
});
