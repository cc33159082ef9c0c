// A prose figure printed with a scale word ("goodwill of $662.4 million") in a sentence whose subject names a figure per
// share ("Tangible book value per common share ... exclude goodwill of $662.4 million") is an amount in millions: it
// had been read as $662.4 per share, its "million" dropped (h51-041). A figure of one share's is printed without one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Ridge Bancorp Reports Third Quarter 2026 Results',
    '',
    'Synthetic Ridge Bancorp today reported results for the quarter ended September 30, 2026.',
    '',
    '- Diluted earnings per share were $1.42, compared with $1.21 in the third quarter of 2025.',
    '- Tangible book value per common share and return on average tangible common equity exclude goodwill of $662.4 million and core deposit intangibles of $42.1 million.',
  ]);
});

describe('a figure with a scale word in a sentence about a figure per share', () => {
  it('is an amount in millions, never dollars per share', () => {
    const a = engine.ask('how much goodwill is excluded from tangible book?', 'scaled-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$662.4 million');
  });

  it('a figure per share printed without a scale is still per share', () => {
    expect(engine.ask('diluted EPS Q3 2026', 'scaled-2').text).toMatch(/\$1\.42/);
  });
});
