// A per-share reconciliation printed with no unit note: its lines are per share, as the arithmetic shows (the
// first per-share line plus the adjustments adds to the last in every column). Before, the whole table was
// skipped for want of a scale and "adjusted EPS year to date" was declined. A table that does not add up that
// way, or one of amounts, stays unread: never a figure in thousands shown as per share.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (rows: string[]) => [
  '# Synthetic Marrowgate Stores Reports Third Quarter Fiscal 2026 Results',
  '',
  'Synthetic Marrowgate Stores today reported results for the third quarter ended September 30, 2026. Net sales were $512.3 million.',
  '',
  '**Reconciliation of GAAP to adjusted diluted earnings per share (unaudited)**',
  '',
  '| | Q3 2026 | Q3 2025 | 9M 2026 | 9M 2025 |',
  '|---|---:|---:|---:|---:|',
  ...rows,
];
const BRIDGE = [
  '| GAAP diluted EPS | $0.91 | $0.80 | $2.47 | $2.20 |',
  '| Restructuring charges | 0.17 | — | 0.21 | 0.04 |',
  '| Tax effect of adjustments | (0.04) | — | (0.05) | (0.01) |',
  '| Adjusted diluted EPS | $1.04 | $0.80 | $2.63 | $2.23 |',
];

describe('a per-share bridge with no unit note', () => {
  it('answers adjusted EPS of the quarter and of the nine months, and an adjustment per share', () => {
    const engine = inlineEngine(release(BRIDGE));
    expect(engine.ask('adjusted diluted EPS nine months 2026', 'b1').text).toContain('2.63');
    expect(engine.ask('adjusted diluted EPS Q3 2026', 'b2').text).toContain('1.04');
    const charges = engine.ask('restructuring charges per share Q3 2026', 'b3');
    expect(charges.text).toContain('0.17');
    expect(charges.text).not.toMatch(/thousand|million/);
  });
  it('reads no line as per share when the lines do not add up', () => {
    const off = [...BRIDGE.slice(0, 3), '| Adjusted diluted EPS | $1.24 | $0.80 | $2.63 | $2.23 |'];
    const facts = inlineRelease(release(off)).facts.filter((f) => /Restructuring/.test(f.label));
    expect(facts).toEqual([]);
  });
  it('reads no amount of an unscaled reconciliation of income as per share', () => {
    const income = [
      '| GAAP diluted EPS | $0.91 | $0.80 | $2.47 | $2.20 |',
      '| Net income | 45,210 | 40,118 | 122,340 | 110,002 |',
      '| Adjusted diluted EPS | $1.04 | $0.80 | $2.63 | $2.23 |',
    ];
    expect(inlineRelease(release(income)).facts.filter((f) => /Net income/.test(f.label))).toEqual([]);
  });
});
