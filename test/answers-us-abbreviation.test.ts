// "US" (in capitals), "U.S." and "USA" are the United States, read before the question is lowercased: lowercased first,
// "US" was the pronoun "us", a filler word, so "US rev?" answered total revenue and, after Europe's revenue, "and US as a
// share of total rev?" answered Europe's share (the thread's part) instead of the United States'. The currency and the
// accounting basis ("US$", "US dollars", "US GAAP") and the pronoun stay as they were.
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/intents/text.js';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Corvane Therapeutics Reports Third Quarter 2026 Results',
  '',
  'Synthetic Corvane Therapeutics today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Revenue by Geography',
  '',
  '(in thousands)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| United States | 41,327 | 26,880 |',
  '| Europe | 7,285 | 3,124 |',
  '| Total revenue | 48,612 | 30,004 |',
]);
let n = 0;
const thread = (qs: string[]) => {
  const c = `us-${n++}`;
  return qs.map((q) => engine.ask(q, c)).at(-1)!;
};

describe('the United States by its abbreviation', () => {
  it.each([
    ['US rev?', 'united states revenue?'],
    ['U.S. revenue', 'united states revenue'],
    ['USA sales', 'united states sales'],
    ['revenue from the US.', 'revenue from the united states.'],
    ['tell us the revenue', 'tell us the revenue'],
    ['revenue in US dollars', 'revenue in us dollars'],
    ['US$ net income', 'us$ net income'],
    ['US GAAP net income', 'us gaap net income'],
    ['US-listed shares', 'us-listed shares'],
    ['US Foods revenue', 'us foods revenue'],
  ])('%s reads as %s', (q, read) => expect(normalise(q)).toBe(read));

  it('is the United States line, never the total', () => {
    const a = thread(['US rev?']);
    expect(a.text).toContain('41.3 million in Q3 2026');
    expect(a.text).not.toContain('48.6');
  });

  it('in a share follow-up, replaces the part the thread carried', () => {
    const a = thread(['europe rev in the quarter?', 'yoy?', 'and US as a share of total rev?']);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('85.0%');
    expect(a.text).not.toContain('Europe');
  });
});
