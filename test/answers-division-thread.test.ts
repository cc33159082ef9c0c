// A thread about one division of a table "by Division" whose sections are the figures ("Revenue", then "EBIT", each
// listing the divisions and a "Total"): a line asked next ("and its EBIT?", "EBIT?") is that division's row. It was
// answered with the "Total" row of the thread's section, whose label carries the table's title and so the words asked
// (h56-081: Foundry revenue, then "and its operating profit?", answered total revenue), or with the group's line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Kestrel Industries Third Quarter 2026 Results',
    '',
    'Synthetic Kestrel Industries today reported results for the quarter ended September 30, 2026.',
    '',
    '## Group income statement',
    '',
    '| (€ million) | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| Revenue | 900.0 | 800.0 |',
    '| Gross profit | 300.0 | 260.0 |',
    '| EBIT | 120.0 | 100.0 |',
    '',
    '## Revenue and EBIT by Division',
    '',
    '| (€ million) | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| **Revenue** | | |',
    '| Marine | 600.0 | 520.0 |',
    '| Rail | 300.0 | 280.0 |',
    '| Total | 900.0 | 800.0 |',
    '| **EBIT** | | |',
    '| Marine | 90.0 | 70.0 |',
    '| Rail | 30.0 | 30.0 |',
    '| Total | 120.0 | 100.0 |',
  ], 'kestrel-q3-2026.md');
});

let n = 0;
const thread = (...qs: string[]) => { const id = `division-${n++}`; return qs.map((q) => engine.ask(q, id)).at(-1)!; };

describe('a line asked in a thread about a division', () => {
  it.each([['and its EBIT?'], ['its ebit?'], ['and EBIT?']])('%s: the division’s row, never the total revenue or the group’s line', (q) => {
    const a = thread('Rail revenue in Q3 2025?', q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('€30.0 million');
    expect(a.text).not.toMatch(/€800\.0|€100\.0/);
  });
  it('a line the division does not print is declined naming the division', () => {
    const a = thread('Rail revenue in Q3 2025?', 'and its gross profit?');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('€260.0');
  });
});
