// A unit note's "except ..." / "unless ..." clause names what is not at the note's scale: under "(in thousands,
// except employees)" 12,345 employees are 12,345, never 12.3 million; the table's other counts stay at the scale.
// Two synthetic releases, each with a different noun excepted.
import { describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const release = (note: string, noun: string, figure: string) => [
  '# Synthetic Fibrenet plc Reports First Quarter 2026 Results',
  '',
  'Synthetic Fibrenet plc today reported results for the first quarter ended March 31, 2026.',
  '',
  '| EUR million | Q1 2026 | Q1 2025 |',
  '|---|---:|---:|',
  '| Net revenue | 500.0 | 480.0 |',
  '',
  '## Operating data',
  '',
  `| ${note} | 31 Mar 2026 | 31 Mar 2025 |`,
  '|---|---:|---:|',
  '| Broadband subscriptions | 2,100 | 2,050 |',
  '| Mobile subscriptions | 1,400 | 1,390 |',
  `| ${noun} | ${figure} | 11,900 |`,
];

const at = (lines: string[], label: RegExp) =>
  inlineRelease(lines).facts.find((f) => label.test(f.label) && f.period.kind === 'instant' && f.period.date === '2026-03-31')!;

describe('an except clause in a counts table note', () => {
  it('leaves the named noun at its own scale, the other counts at the note scale', () => {
    for (const [note, noun, re] of [
      ['in thousands, except employees', 'Employees', /Employees/],
      ['in thousands, unless otherwise stated, except stores', 'Stores', /Stores/],
    ] as const) {
      const lines = release(note, noun, '12,345');
      const f = at(lines, re);
      expect(f.unit.kind, note).toBe('count');
      expect('scale' in f.unit && f.unit.scale, note).toBe(1);
      const g = at(lines, /Broadband/);
      expect(g.unit.kind, note).toBe('count');
      expect('scale' in g.unit && g.unit.scale, note).toBe(1000);
    }
  });
});
