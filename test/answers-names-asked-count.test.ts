// "Which banks are its funding partners?" asks for the partners by name: a count of them ("41 bank partners") names
// none, so it declines rather than answer the count (r57-200 had answered "159 financial institutional partners").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Lumen Credit Holdings -- Q2 2026 results', '',
    'Lumen Credit Holdings reports results for the quarter ended June 30, 2026 (Q2 2026).', '',
    'As of June 30, 2026, our platform worked with 41 bank partners and served 12.6 million active borrowers.', '',
    '| (US$ in thousands) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Total revenue | 182,400 | 165,300 |',
  ], 'lumen-2026q2.md');
});

describe('names asked of a count', () => {
  it.each(['which banks are the top bank partners', 'which banks are our partners?', 'who are the bank partners?'])('"%s" declines, naming no count', (q) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toMatch(/\b41\b/);
  });
  it('still answers how many', () => {
    const a = engine.ask('how many bank partners?', 'names-count');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/\b41\b/);
  });
});
