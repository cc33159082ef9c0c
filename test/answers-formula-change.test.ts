// The change in a ratio the release prints for no period ("operating margin this quarter vs last year"): it was
// declined as "doesn't give a change in Operating margin" though both periods' lines are printed. Now each
// period's ratio is computed from its own lines and the change is given in points; a period missing a line is
// named, never filled from another period.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Tallowmere Goods Reports Third Quarter 2026 Results',
  '',
  'Synthetic Tallowmere Goods today reported results for the third quarter ended September 30, 2026.',
  '',
  '**Condensed statements of income (in thousands)**',
  '',
  '| | Q3 2026 | Q2 2026 | Q3 2025 |',
  '|---|---:|---:|---:|',
  '| Net sales | 800,000 | 760,000 | 700,000 |',
  '| Cost of sales | 480,000 | 460,000 | 430,000 |',
  '| Operating income | 64,000 | 58,000 | 63,000 |',
];

describe('a change in a ratio computed from the lines', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  it.each(['operating margin q3 2026 vs q3 2025', 'op margin q3 this yr vs last yr', 'how did operating margin change year over year in Q3 2026'])('%s', (q) => {
    const a = engine.ask(q, `fc-${q}`);
    expect(a.status).toBe('answer');
    // 64,000 / 800,000 = 8.0%; 63,000 / 700,000 = 9.0%: down 1.0 point.
    expect(a.text).toContain('8.0%');
    expect(a.text).toContain('9.0%');
    expect(a.text).toMatch(/down 1\.0 percentage points/);
  });
  it('names the period whose line is missing, with no figure for it', () => {
    const a = engine.ask('operating margin q3 2026 vs q3 2024', 'fc-2024');
    expect(a.status).not.toBe('answer');
    expect(a.text).toContain('Q3 2024');
    expect(a.text).not.toMatch(/percentage points/);
  });
});
