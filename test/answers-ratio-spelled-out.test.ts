// A ratio asked with its own definition spelled out ("gross margin, revenue less cost of revenue over revenue"):
// the words "less" and "over" name the ratio's lines, not a sum to work out. What a user reads is the ratio,
// computed and cited; a ratio added to another line is declined, never a crash. A release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Alder Biologics Reports Third Quarter 2026 Results',
    '',
    'Alder Biologics today reported results for the quarter ended September 30, 2026.',
    '',
    '| (US$ in thousands) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Total revenues | 50,000 | 40,000 |',
    '| Cost of revenues | (12,000) | (10,000) |',
    '| Research and development | (20,000) | (18,000) |',
    '',
    '| (US$ in thousands) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Product revenues | 45,000 | 36,000 |',
    '| Royalty revenues | 5,000 | 4,000 |',
    '| Total revenues | 50,000 | 40,000 |',
  ]);
});

describe('a ratio named with its definition', () => {
  it('answers the ratio from its cited lines', () => {
    const a = engine.ask('What was the gross margin in Q3 2026, total revenues less cost of revenues over total revenues?', 'c1');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/76\.0%/);
    expect(a.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringContaining('50,000'), expect.stringContaining('12,000')]));
  });

  it('declines a ratio added to a line it is not made of', () => {
    const a = engine.ask('gross margin plus research and development in Q3 2026', 'c2');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/went wrong/);
  });

  it('declines a ratio set against an amount, never the amount\'s parts in its place', () => {
    for (const q of ['total revenues less gross margin in Q3 2026', 'gross margin vs total revenues']) {
      const a = engine.ask(q, q);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toMatch(/product revenues|royalty revenues/i);
    }
  });
});
