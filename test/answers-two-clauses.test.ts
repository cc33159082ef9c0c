// A question of two clauses, each asking its own thing of its own line ("net debt down by how much since March,
// and why did finance costs fall?"): each clause is answered, one after the other, as the thread's next question
// (recognisers/clauses.ts, corpus test/corpus/clauses.jsonl). One frame had held one operation, so the first
// clause's figure was dropped for the second's reason, or a definition for a figure, with no word said of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let n = 0;
const ask = (q: string) => engine.ask(q, `two-clauses-${n++}`);

beforeAll(() => {
  engine = inlineEngine(
    [
      '# Synthetic Tamsin Polymers Reports Second Quarter 2026 Results',
      '',
      'Synthetic Tamsin Polymers today reported results for the second quarter ended June 30, 2026.',
      '',
      '| ($ in millions) | Q2 2026 | Q2 2025 |',
      '|---|---:|---:|',
      '| Revenue | 410.0 | 380.0 |',
      '| EBITDA | 62.0 | 55.0 |',
      '| Depreciation and amortisation | 14.0 | 13.0 |',
      '| Finance costs | 6.0 | 8.0 |',
      '',
      '| ($ in millions) | June 30, 2026 | December 31, 2025 |',
      '|---|---:|---:|',
      '| Net debt | 210.0 | 250.0 |',
      '',
      'Finance costs declined 25.0% YoY to $6.0 million as the Company prepaid $40.0 million of term loans during the quarter.',
      '',
      'EBITDA = profit before tax + finance costs + depreciation and amortisation - other income.',
    ],
    'tamsin-2026q2.md',
  );
});

describe('two clauses, two lines, two operations: both answered', () => {
  it('a change asked by how much, then the reason for another line', () => {
    const a = ask('net debt down by how much since Dec-25, and why did finance costs fall?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$40.0 million');
    expect(a.text).toMatch(/decrease of \$40\.0 million/);
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([14, 16]));
  });

  it("a definition (an equation in the release's words), then another line's figure", () => {
    const a = ask("how are they defining EBITDA here, and what's D&A for Q2 2026?");
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('other income');
    expect(a.text).toContain('$14.0 million');
  });

  it("a figure, then the reason for another line, the period the second clause names being the first's too", () => {
    const a = ask('what was revenue, and why did finance costs fall in Q2 2026?');
    expect(a.text).toContain('$410.0 million');
    expect(a.text).toContain('prepaid');
  });

  it('a clause the release cannot answer is said, beside the one answered', () => {
    const a = ask('what was revenue in Q2 2026, and why did EBITDA rise?');
    expect(a.text).toContain('$410.0 million');
    expect(a.text).toContain('states no reason for the change in EBITDA');
  });

  it('a clause not understood is named as not answered, never dropped for the other clause alone', () => {
    const a = ask('how much did finance costs fall in Q2 2026, and how much is the blorp wk worth in revenue');
    expect(a.text).toContain('$2.0 million');
    expect(a.text).toContain('Not answered: the part "how much is the blorp wk worth in revenue"');
    expect(a.status).not.toBe('answer');
  });

  it('a pronoun clause stays the first line\'s (one frame): "and why did it fall?"', () => {
    const a = ask('how much did finance costs fall, and why did it fall?');
    expect(a.text).toContain('prepaid');
    expect(a.text).not.toContain('410.0');
  });
});
