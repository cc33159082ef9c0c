// A change asked on a basis in a thread at two periods one basis apart ("NI q1", "what about Q4?", "so qoq growth") is
// the one change between them. It was taken for each period's own change, so the earlier one's, from a quarter the
// release does not give, was declined first ("The release doesn't give Net income for Q3 2023, so no quarter over
// quarter change.") above the right answer (r46-095, r46-113). Named periods not one basis apart keep each their own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Ashgrove Reports Second Quarter 2026 Results',
    '',
    'Synthetic Ashgrove today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q1 2026 | Q2 2025 |',
    '|---|---:|---:|---:|',
    '| Revenue | 150.0 | 120.0 | 100.0 |',
  ], 'ashgrove-2026q2.md');
});

const thread = (id: string, ...qs: string[]) => qs.map((q) => engine.ask(q, id)).at(-1)!;

describe('a basis asked of two periods the thread showed', () => {
  it.each([
    ['qoq', ['revenue q2', 'what about Q1?', 'so qoq growth'], 'up 25.0% quarter over quarter, from $120.0 million in Q1 2026'],
    ['yoy', ['revenue q2', 'and Q2 2025?', 'yoy %'], 'up 50.0% year over year, from $100.0 million in Q2 2025'],
  ])('one basis apart (%s): the change between them, no gap said', (id, qs, want) => {
    const a = thread(id, ...qs);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.text).not.toContain("doesn't give");
  });
  it('named periods not one basis apart: each period its own change, the one the release cannot make said', () => {
    const a = engine.ask('revenue growth qoq for Q2 2026 and Q2 2025', 'each');
    expect(a.text).toContain('up 25.0% quarter over quarter');
    expect(a.text).toContain("doesn't give Revenue for Q1 2025");
  });
});
