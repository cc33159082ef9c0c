// The gap between two percentages: no ranking sets a margin beside another rate, but their difference
// in percentage points is arithmetic on two printed figures, both cited. The seed release (a follow-up
// "gap between them" and a question naming both), and an inline one with other margins.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let shop: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  shop = inlineEngine([
    '# Synthetic Shop Reports First Quarter 2026 Results',
    '',
    'Synthetic Shop today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (US$ in millions) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Total revenue | 400.0 | 500.0 |',
    '| Gross margin | 40.0% | 42.5% |',
    '| Operating margin | 10.0% | 12.0% |',
  ]);
});

let n = 0;
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;
const lines = (a: Answer) => a.citations.map((c) => c.line).sort((x, y) => x - y);

describe('the gap between two percentages, in points', () => {
  it('a follow-up "gap between them in pp" after two margins', () => {
    const c = `percent-gap-${n++}`;
    seed.ask('Non-GAAP operating margin?', c);
    seed.ask('and the GAAP one', c);
    const a = seed.ask('gap between them in pp', c);
    expect(a.status).toBe('answer');
    expect(said(a)).toContain('1.1 percentage points');
    expect(lines(a)).toEqual([365, 366]);
  });

  it('a question naming both margins', () => {
    const a = seed.ask('difference between non-GAAP net income margin and net income margin', `percent-gap-${n++}`);
    expect(a.status).toBe('answer');
    expect(said(a)).toContain('1.1 percentage points');
    expect(lines(a)).toEqual([352, 353]);
  });

  it('in another release, with other margins', () => {
    const a = shop.ask('difference between gross margin and operating margin in Q1 2026', `percent-gap-${n++}`);
    expect(a.status).toBe('answer');
    expect(said(a)).toContain('30.5 percentage points');
  });

  it('still ranks no percentages against each other', () => {
    const a = seed.ask('which is bigger, operating margin or net income margin', `percent-gap-${n++}`);
    expect(a.status).not.toBe('answer');
  });
});
