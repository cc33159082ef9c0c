// A change asked with no period of its own ("so how much did it increase?") after the thread showed one line at an earlier
// date, then at a later one, is the change between those two dates. It was answered from the quarter before the later
// date instead (h56-025: NIBD at 31 Dec 2025, then at the end of Q3 2026, answered +371.3 from 30 June 2026, not +828.7).
// A basis that names another period ("qoq?") keeps that period.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Tallow Foods Third Quarter 2026 Results',
    '',
    'Synthetic Tallow Foods today reported results for the quarter ended September 30, 2026.',
    '',
    '| (€ million) | Q3 2026 | Q2 2026 | Q1 2026 | Q3 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Revenue | 500.0 | 450.0 | 400.0 | 420.0 |',
    '',
    '| (€ million) | 30 Sep 2026 | 30 Jun 2026 | 31 Dec 2025 |',
    '|---|---:|---:|---:|',
    '| Inventories | 240.0 | 220.0 | 200.0 |',
    '| Total assets | 1,900.0 | 1,850.0 | 1,800.0 |',
  ], 'tallow-q3-2026.md');
});

let n = 0;
const thread = (...qs: string[]) => { const id = `two-dates-${n++}`; return qs.map((q) => engine.ask(q, id)).at(-1)!; };

describe('a change asked after one line at two dates', () => {
  it('is between the two dates the thread named', () => {
    const a = thread('inventories at 31 December 2025?', 'and at 30 September 2026?', 'how much did that rise?');
    expect(a.text).toContain('€40.0 million');
    expect(a.text).toContain('December 31, 2025');
    expect(a.text).not.toContain('€20.0 million');
  });
  it('two quarters named: between them, not from the quarter before the later one', () => {
    const a = thread('revenue Q1 2026', 'and Q3 2026?', 'growth?');
    expect(a.text).toContain('25.0%');
    expect(a.text).not.toContain('11.1%');
  });
  it('a basis naming another period keeps it', () => {
    const a = thread('inventories at 31 December 2025?', 'and at 30 September 2026?', 'qoq change?');
    expect(a.text).toContain('€20.0 million');
  });
});
