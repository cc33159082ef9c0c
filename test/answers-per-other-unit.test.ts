// "A per B" where the line answered holds a "per" of another unit ("weighted average ADS used in calculating
// net income per ordinary share"): the question asks a ratio, which one line's figure is not. The line's
// own "per" answers only before its own unit. The seed release, and an inline one with other units.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let members: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  members = inlineEngine([
    '# Synthetic Retail Reports First Quarter 2026 Results',
    '',
    'Synthetic Retail today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (in thousands, except counts and per unit data) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Total revenue | 400.0 | 500.0 |',
    '| Net income | 50.0 | 60.0 |',
    '| Weighted average units used in calculating net income per unit | 1,000,000 | 1,200,000 |',
    '| Weighted average members used in calculating net income per unit | 10,000 | 12,000 |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `per-other-unit-${n++}`);
const figures = (a: Answer) => a.citations.flatMap((c) => (c.cells ?? []).map((x) => x.printed));

describe('"A per B" of a line whose own "per" is of another unit', () => {
  it('declines, giving neither count as the ratio (shares per ADS)', () => {
    const a = ask(seed, 'how many ordinary shares per ADS, going by the weighted avg diluted share and ADS counts');
    expect(a.status).not.toBe('answer');
    expect(figures(a)).toEqual([]);
    // (It names the words it could not place: the ratio asked, or the unit no line of that name is of.)
    expect(a.text).toMatch(/"[^"]*per ads[^"]*"|"ordinary"/);
  });

  it('declines in another release, with other units (units per member, which gave the members count)', () => {
    const a = ask(members, 'weighted average units per member in Q1 2026');
    expect(a.status).not.toBe('answer');
    expect(figures(a)).toEqual([]);
  });

  it('answers the line when "per" names its own unit', () => {
    const own = ask(seed, 'diluted net income per ADS in Q1 2024');
    expect(own.status).toBe('answer');
    expect(figures(own)).toContain('7.30');
    const units = ask(members, 'weighted average units used in calculating net income per unit in Q1 2026');
    expect(units.status).toBe('answer');
    expect(figures(units)).toEqual(['1,200,000']);
  });
});
