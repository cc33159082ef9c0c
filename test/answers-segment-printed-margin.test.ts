// A margin the release prints for the group only ("Segment result margin (%)" beside "Segment result"), asked of one
// segment: the group's printed rate was answered beside the segment's amount (hl54 h54-028: Sweden's EBITDAaL margin
// given as the group's 38.1%). A segment's margin is its own line over its own sales, its inputs cited; the group's stays
// the printed row. Synthetic release, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Orvelle Industries Third Quarter 2026 Results',
    '',
    'Synthetic Orvelle Industries today reported results for the quarter ended September 30, 2026.',
    '',
    '## Key figures',
    '',
    '| EUR million | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Net sales | 1,000 | 900 |',
    '| Segment result | 150 | 120 |',
    '| Segment result margin (%) | 15.0 | 13.3 |',
    '',
    '## Segments',
    '',
    '| EUR million | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| **Net sales** | | |',
    '| Industrial | 600 | 540 |',
    '| Consumer | 400 | 360 |',
    '| **Segment result** | | |',
    '| Industrial | 114 | 90 |',
    '| Consumer | 36 | 30 |',
  ], 'orvelle-q3-2026.md');
});

describe("a segment's margin of a measure the release prints a group margin for", () => {
  it.each([
    ["What was Industrial's segment result margin in the quarter?", '19.0%', '114'],
    ['Consumer segment result margin Q3 2025?', '8.3%', '30'],
  ])('"%s": its own line over its own sales', (q, want, part) => {
    const a = engine.ask(q, `seg-${q}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.text).not.toContain('15.0%');
    expect(a.citations.map((c) => c.quote).join(' | ')).toContain(part);
  });

  it("the group's margin is the printed row", () => {
    const a = engine.ask('segment result margin in Q3 2026?', 'group');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('15.0%');
  });
});
