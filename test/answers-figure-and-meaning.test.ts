// A line's figure and its meaning asked as a pair of nouns ("level and definition", "definition & number"):
// the reply gives both, whichever the question names first; a definition asked alone stays the definition alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Larchwood Reports Second Quarter 2026 Results',
    '',
    'Synthetic Larchwood today reported results for the second quarter ended June 30, 2026.',
    '',
    'Early default rate was 3.7% in the second quarter.',
    '',
    '"Early default rate" is defined as the principal overdue on its first due date, divided by the principal then due.',
  ], 'larchwood-2026q2.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `figure-and-meaning-${n++}`);

describe('a figure and its meaning asked as a pair of nouns', () => {
  it.each(['early default rate — level and definition', 'early default rate: definition & latest number', 'early default rate, value + what it means'])(
    '%s: the definition and the figure',
    (q) => {
      const a = ask(q);
      expect(a.status).toBe('answer');
      expect(a.text).toContain('principal overdue on its first due date');
      expect(a.text).toContain('3.7%');
      expect(a.citations.map((c) => c.line).sort()).toEqual([5, 7]);
    },
  );

  it('a definition asked alone: no figure', () => {
    const a = ask('definition of early default rate');
    expect(a.text).toContain('principal overdue on its first due date');
    expect(a.text).not.toContain('3.7%');
  });
});
