// A loss a sentence states unsigned ("a net loss of $2.2 million") is filed under a line the table prints
// negative in every period ("Net loss (4,112)") with the table's sign: a change never mixes a loss stated
// as +2.2 with one printed as -4.1 ("down 286.9%" was said). Both are losses, said as their sizes: the loss
// widened. A stated income keeps its sign.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Loss Co Reports Third Quarter 2026 Results',
    '',
    'Synthetic Loss Co today reported results for the third quarter ended September 30, 2026.',
    '',
    '- Net loss was $4.1 million, compared to a net loss of $2.2 million in the third quarter of 2025.',
    '',
    '*(in US$ thousands)*',
    '',
    '| Metric | Q3 2026 | Q2 2026 |',
    '|---|---:|---:|',
    '| Revenue | 50,120 | 48,200 |',
    '| Operating expenses | (54,300) | (51,000) |',
    '| Net loss | (4,112) | (2,950) |',
  ]);
});

let n = 0;
const said = (q: string) => engine.ask(q, `loss-stated-${n++}`).text.split('\nHow: ')[0]!;

describe('a loss stated in a sentence, beside a table printing it negative', () => {
  it('its change is between two losses of one sign', () => {
    const a = said('net loss yoy');
    expect(a).toContain('widened 86.9% year over year, from $2.2 million in Q3 2025 (a loss larger by $1.9 million)');
    expect(a).not.toMatch(/286|decrease|\$-/);
  });

  it('its figure alone is the loss, never a double negative ("Net loss was $-2.2 million")', () => {
    expect(said('net loss in Q3 2025')).toContain('Net loss was $2.2 million');
  });
});
