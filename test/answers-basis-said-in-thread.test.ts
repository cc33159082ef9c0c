// "and the GAAP NI?" after the non-GAAP outlook named "Non-GAAP net income attributable to shareholders" (r58-177): a
// follow-up naming a line turned to the thread line's sibling, which kept the thread's non-GAAP word although the
// question said GAAP. A sibling is never off the basis the question says; the line of that basis is answered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Corvane Digital Announces Third Quarter 2026 Unaudited Financial Results',
    '',
    'Corvane Digital today announced its unaudited financial results for the third quarter ended September 30, 2026.',
    '',
    '## Reconciliation of GAAP and Non-GAAP Results',
    '',
    '(In thousands of RMB)',
    '',
    '| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2026 |',
    '|---|---:|---:|',
    '| Total net revenues | 1,902,300 | 2,118,400 |',
    '| Net income | 301,250 | 352,870 |',
    '| Net income attributable to ordinary shareholders of the Company | 298,900 | 349,610 |',
    '| Add: Share-based compensation expenses | 21,400 | 19,730 |',
    '| Non-GAAP net income | 322,650 | 372,600 |',
    '| Non-GAAP net income attributable to ordinary shareholders of the Company | 320,300 | 369,340 |',
    '| GAAP net income margin | 15.8% | 16.7% |',
  ]);
});

let n = 0;
const thread = (...qs: string[]) => {
  const id = `basis-said-${n++}`;
  return qs.map((q) => engine.ask(q, id)).at(-1)!;
};

describe('a follow-up naming the other basis is answered on that basis', () => {
  it.each([
    [['non-GAAP net income in Q3 2026', 'and the GAAP net income?'], 'RMB352.9 million', 12],
    // (After the attributable line, its GAAP sibling: the thread's words kept, its basis not.)
    [['non-GAAP net income attributable to ordinary shareholders, Q3 2025', 'what about GAAP net income?'], 'RMB298.9 million', 13],
    [['net income in Q3 2026', 'and the non-GAAP net income?'], 'RMB372.6 million', 15],
  ])('%j', (qs, figure, line) => {
    const a = thread(...qs);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.text).not.toMatch(/Non-GAAP net income attributable/);
    expect(a.citations.map((c) => c.line)).toEqual([line]);
  });
});
