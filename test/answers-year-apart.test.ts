// A span named without its year and a year written apart from it are one period (hl30-laurentide-02,
// "9M pax revenue 2026?"): the nine months of 2026, never the latest nine months beside the full year 2026
// (which was refused as unlike spans). Set against each other ("2025 vs 9M") they stay two, and decline.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Wrenfield Air Reports Third Quarter 2026 Results',
    '',
    'Wrenfield Air today reported results for the third quarter ended September 30, 2026.',
    '',
    '| (US$ in thousands) | Q3 2026 | Q3 2025 | Nine months 2026 | Nine months 2025 |',
    '|---|---|---|---|---|',
    '| Total revenues | 500,000 | 450,000 | 1,500,000 | 1,400,000 |',
  ], 'wrenfield-2026q3.md');
});

describe('a yearless span and a year written apart', () => {
  it.each(['9M revenue 2026?', 'nine months revenue in 2026', '9m total revenues 2026'])('"%s": the nine months of 2026', (q) => {
    const a = engine.ask(q, `apart-${q}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$1.50 billion in the 9 months ended September 30, 2026');
  });

  it('"9M revenue 2026 vs 2025": each year is of the nine months', () => {
    const a = engine.ask('9M revenue 2026 vs 2025', 'apart-vs');
    expect(a.text).toContain('$1.50 billion in the 9 months ended September 30, 2026');
    expect(a.text).toContain('$1.40 billion in the 9 months ended September 30, 2025');
  });

  it('"q3 revenue 2025": the quarter of 2025, not the latest Q3 beside the year', () => {
    expect(engine.ask('q3 revenue 2025', 'apart-q3').text).toContain('$450.0 million in Q3 2025');
  });

  it('"revenue 2025 vs 9M": set against each other they stay two periods, and no figure is given', () => {
    const a = engine.ask('revenue 2025 vs 9M', 'apart-neg');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('1.50 billion');
  });
});
