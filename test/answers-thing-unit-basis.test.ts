// A row whose label prints a thing's unit followed by its basis in capitals ("Shipments (tonnes WMT)", "(kt DMT)") counts
// those things. Read as the table's money note instead ("NOK million"), the line lost its name's unit in its id, so a
// question naming the line found only a prose rate of a segment ("harvest volume up 16.7%", h56-002), never the total.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Ferrovia Mining Third Quarter 2026 Results',
    '',
    'Synthetic Ferrovia Mining today reported results for the quarter ended September 30, 2026.',
    '',
    '| (US$ million) | Q3 2026 | Q3 2025 |',
    '|---|---:|---:|',
    '| Revenue | 410.0 | 380.0 |',
    '| Ore shipped (kt WMT) | 2,450 | 2,200 |',
    '| EBITDA | 150.0 | 140.0 |',
    '',
    'In the northern pit, ore shipped rose 30.0% on a new crusher.',
  ], 'ferrovia-q3-2026.md');
});

describe('a thing counted with its basis after the unit', () => {
  it('is answered in that unit, the total line, never at the money note', () => {
    const a = engine.ask('ore shipped in Q3 2026?', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('2,450 kt WMT');
    expect(a.text).not.toMatch(/\$2,450|30\.0%/);
  });
  it('its change is worked from the line', () => {
    const a = engine.ask('ore shipped growth Q3 2026 yoy?', 'b');
    expect(a.text).toContain('11.4%');
  });
});
