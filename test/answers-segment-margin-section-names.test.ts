// A segment's margin where its lines stand under section rows that name the measure as the release's table
// does ("EBITDA, adjusted*"), not as the formula's words ("adjusted EBITDA"): the segment's own measure over its
// own revenue, both cited, never the group's printed margin (rheinfeld rhe-08 class: a segment's margin answered
// with the group's). The section row's measure is read by every name the release gives its own line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Valdora Pumpen AG: Half-year 2026 results',
    '',
    'Valdora Pumpen AG today reported results for the second quarter ended 30 June 2026.',
    '',
    '- Adjusted EBITDA rose to €61.0 million; the margin improved to 12.2%.',
    '',
    '| in € million | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| Sales | 500.0 | 480.0 |',
    '| EBITDA, adjusted* | 61.0 | 55.0 |',
    '| EBITDA margin, adjusted* | 12.2% | 11.5% |',
    '',
    '## Divisions',
    '',
    '| in € million | Q2 2026 | Q2 2025 |',
    '|---|---:|---:|',
    '| **Sales** | | |',
    '| Pumps | 320.0 | 300.0 |',
    '| Valves | 180.0 | 180.0 |',
    '| **EBITDA, adjusted*** | | |',
    '| Pumps | 41.6 | 36.0 |',
    '| Valves | 19.4 | 19.0 |',
    '',
    '* Before restructuring costs.',
  ]);
});

let n = 0;
const ask = (q: string) => engine.ask(q, `segment-margin-names-${n++}`);

describe("a division's margin, its measure named by a section row", () => {
  it("is the division's measure over the division's sales", () => {
    const a = ask('What was the adjusted EBITDA margin of Valves in Q2 2026?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('10.8%');
    expect(a.text).not.toContain('12.2%');
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('19.4');
  });

  it('the group margin stays the printed one', () => {
    const a = ask('What was the adjusted EBITDA margin in Q2 2026?');
    expect(a.text).toContain('12.2%');
  });
});
