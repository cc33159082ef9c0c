// A family of lines named by their head word and no line's name ("sum of segment revenues"): the question's other
// words that some members' labels hold pick those members, so the segments' revenues are added, never with
// the segments' EBIT printed under the same head word beside them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Segments Co Reports Third Quarter 2026 Results',
    '',
    'Synthetic Segments Co today reported results for the third quarter ended September 30, 2026.',
    '',
    '*(in US$ millions)*',
    '',
    '| Segment results | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| Segment revenue - Films | 1,712.6 | 1,548.0 |',
    '| Segment revenue - Compounds | 1,133.7 | 983.4 |',
    '| Segment EBIT - Films | 226.1 | 184.2 |',
    '| Segment EBIT - Compounds | 129.2 | 116.0 |',
  ]);
});

let n = 0;
const said = (q: string) => engine.ask(q, `family-words-${n++}`).text;

describe('a family narrowed by the words asked', () => {
  it.each(['sum of segment revenues', 'add up the segment revenues', 'total of segment revenue'])('%s adds the revenue lines only', (q) => {
    const a = said(q);
    expect(a).toContain('$2,846.3 million');
    expect(a).not.toMatch(/EBIT|3,201/);
  });

  it('the other measure asked adds its own lines', () => {
    const a = said('sum of segment EBIT');
    expect(a).toContain('$355.3 million');
    expect(a).not.toMatch(/revenue/i);
  });
});
