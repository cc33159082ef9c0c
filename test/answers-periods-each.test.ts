// Several periods named for one line are each answered, never set against each other unless the question
// does ("vs", "from ... to"): "PAT for Q2 and for H1" is two figures (hl24-st01), "growth yoy, quarter and
// YTD" each period against its own year-ago one (hl24-lk02), a bare "quarter" beside YTD is this quarter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Wrenfield Homes Reports Third Quarter 2026 Results',
    '',
    'Wrenfield Homes today reported results for the third quarter ended September 30, 2026.',
    '',
    '| (US$ in thousands) | Three months ended September 30, 2026 | Three months ended September 30, 2025 | Nine months ended September 30, 2026 | Nine months ended September 30, 2025 |',
    '|---|---|---|---|---|',
    '| Total revenues | 187,452 | 174,318 | 552,906 | 513,744 |',
    '| Net income | 30,000 | 25,000 | 90,000 | 80,000 |',
  ], 'wrenfield-2026q3.md');
});

describe('several periods named for one line', () => {
  it.each(['net income for Q3 2026 and for 9M26', 'net income for the quarter and the nine months'])('"%s" gives each figure, no change between unlike spans', (q) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$30.0 million');
    expect(a.text).toContain('$90.0 million');
    expect(a.text).not.toContain('unlike periods');
  });
  it.each(['total revenues growth yoy, quarter and YTD', 'total revenues yoy growth for Q3 2026 and 9M26'])('"%s" gives each period against its own year-ago one', (q) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('up 7.5% year over year');
    expect(a.text).toContain('up 7.6% year over year');
  });
  it('"vs" between two periods still asks one change between them, and unlike spans decline', () => {
    const a = engine.ask('net income Q3 2026 vs 9M26', 'vs');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('unlike periods');
    expect(engine.ask('net income Q3 2026 vs Q3 2025', 'vs2').text).toContain('up 20.0%');
  });
  it.each(['total revenues 9M26 % change vs last year\'s 9M', 'total revenues 9M26 vs the prior-year 9M'])('"%s" is the nine months against the nine months a year earlier', (q) => {
    const a = engine.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('up 7.6% year over year');
  });
});
