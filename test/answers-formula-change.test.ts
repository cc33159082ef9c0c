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

// What a user reads of such a change: the sentence with its direction word and basis, both computations by
// their periods, "unchanged" where the two ratios are equal, basis points when asked, either period order.
const FLAT = [...LINES.slice(0, 10), '| Operating income | 64,000 | 58,000 | 56,000 |'];

describe('the sentence of a change in a computed ratio', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(FLAT);
  });
  const first = (q: string) => engine.ask(q, `fc-said-${q}`).text.split('\n')[0];
  const GROSS = ['Gross margin, Q3 2025 = 38.6%: (700,000 − 430,000) ÷ 700,000 × 100', 'Gross margin, Q3 2026 = 40.0%: (800,000 − 480,000) ÷ 800,000 × 100'];

  it.each(['gross margin q3 2026 vs q3 2025', 'gross margin q3 2025 vs q3 2026'])('%s: the later quarter first in the sentence, whichever is named first', (q) => {
    // (800 − 480) / 800 = 40.0%; (700 − 430) / 700 = 38.57%: up 1.43 points.
    const a = engine.ask(q, `fc-said-${q}`);
    expect(a.text.split('\n')[0]).toBe("Gross margin was 40.0% in Q3 2026, up 1.4 percentage points, from 38.6% in Q3 2025 (computed from the release's amounts; it prints no gross margin).");
    expect(a.derivations.map((d) => `${d.label} = ${d.value}: ${d.formula}`)).toEqual(GROSS);
  });

  it('the basis named, and basis points when asked', () => {
    expect(first('gross margin change yoy in bps')).toBe("Gross margin was 40.0% in Q3 2026, up 1.4 percentage points (143 bps) year over year, from 38.6% in Q3 2025 (computed from the release's amounts; it prints no gross margin).");
  });

  it('equal ratios are unchanged, never "up 0.0"', () => {
    // 64,000 / 800,000 = 56,000 / 700,000 = 8.0%.
    expect(first('how did operating margin change year over year in Q3 2026')).toBe("Operating margin was 8.0% in Q3 2026, unchanged year over year, from 8.0% in Q3 2025 (computed from the release's amounts; it prints no operating margin).");
  });

  it('no basis named: both, year over year and quarter over quarter, in one sentence', () => {
    // (760 − 460) / 760 = 39.47%: up 0.53 points quarter over quarter.
    expect(first('how did gross margin change in Q3 2026?')).toBe("Gross margin was 40.0% in Q3 2026, up 1.4 percentage points year over year, from 38.6% in Q3 2025; and up 0.5 percentage points quarter over quarter, from 39.5% in Q2 2026 (computed from the release's amounts; it prints no gross margin).");
  });

  it('a later period with no lines: named, no change', () => {
    expect(engine.ask('operating margin change yoy in Q3 2024', 'fc-said-2024')).toMatchObject({ status: 'unknown', text: "The release doesn't give Operating margin for Q3 2024." });
  });
});
