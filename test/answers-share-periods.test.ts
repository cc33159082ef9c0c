// A share as a user reads it where the periods or the lines asked do not all give one
// (intents/handlers/share.ts): a period with no figure for the part is left out, the others answered;
// a whole of nil gives no share; three lines named are no part and whole; a line with no line above
// it asks for the whole. An inline release with a prose line given for one quarter only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Brightline Tools Reports First Quarter 2026 Results',
    '',
    'Brightline Tools today reported results for the first quarter ended March 31, 2026.',
    '',
    '- Subscription revenue was $40.0 million in the first quarter of 2026.',
    '',
    '| (US$ in millions) | Q1 2025 | Q4 2025 | Q1 2026 |',
    '|---|---|---|---|',
    '| Product revenue | 300.0 | 320.0 | 350.0 |',
    '| Service revenue | 100.0 | 110.0 | 150.0 |',
    '| **Total revenues** | 400.0 | 430.0 | 500.0 |',
    '| Restructuring charges | 0.0 | 2.0 | 0.0 |',
    '| Other charges | 0.0 | 1.0 | 0.0 |',
    '| **Total charges** | 0.0 | 3.0 | 0.0 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `share-periods-${n++}`);

describe('a share over periods and lines the release does not all give', () => {
  it('two periods, the part given for one: that period\'s share alone, cited', () => {
    const a = ask('subscription revenue as % of total revenues in Q4 2025 and Q1 2026');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')[0]).toBe('Subscription revenue was 8.0% of total revenues in Q1 2026 ($40.0 million of $500.0 million).');
    expect(a.citations.map((c) => c.line)).toEqual([5, 11]);
  });

  it('a whole of nil: no share, declined naming both lines', () => {
    const a = ask('restructuring charges as % of total charges');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give both Restructuring charges and Total charges for that period.");
    expect(a.text.split('\n')[0]).toBe(ask('restructuring charges as % of total charges in Q1 2025').text);
  });

  it('the same lines in a period with a whole: the share', () => {
    expect(ask('restructuring charges as % of total charges in Q4 2025').text.split('\n')[0]).toBe(
      'Restructuring charges were 66.7% of total charges in Q4 2025 ($2.00 million of $3.00 million).',
    );
  });

  it('three lines named: declined, naming each, with how to ask', () => {
    const a = ask('product revenue as % of service revenue and total revenues');
    expect(a.status).toBe('unknown');
    expect(a.reason).toBe('not-understood');
    expect(a.text).toBe(
      'A share sets one line against its whole, and you named 3: product revenue; service revenue; total revenues. Ask for one as % of another, or for "A + B as % of C".',
    );
  });

  it('a top line asked as a share: asks for the whole, the line named in the example', () => {
    const a = ask('total revenues share');
    expect(a.reason).toBe('not-understood');
    expect(a.text).toBe('Share of what? Name the whole, e.g. "Total revenues as % of <its total>".');
  });
});
