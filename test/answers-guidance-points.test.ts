// A rate guided as a point and a tolerance in points ("gross margin of 58.0%, plus or minus 50 basis points"):
// the range around the point, said as the release states it, in points (hl27: the tolerance had been dropped and
// the point given alone). An amount's tolerance is read as before.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const heron = () =>
  inlineEngine([
    '# Synthetic Heron Reports Second Quarter 2026 Results',
    '',
    'Synthetic Heron today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Revenue | 520.0 | 480.0 |',
    '| Gross profit | 300.0 | 270.0 |',
    '',
    '## Outlook',
    '',
    'For the third quarter of 2026, Synthetic Heron expects revenue of $540 million, plus or minus $10 million, and gross margin of 58.0%, plus or minus 50 basis points.',
    '',
    'For the full year 2026, Synthetic Heron expects operating margin of 21.5% plus or minus 1 percentage point.',
    '',
    'For the full year 2026, Synthetic Heron expects a tax rate of 18.0%, plus or minus 2.5 percentage points.',
  ]);

describe('a rate guided with a tolerance in points', () => {
  it('basis points: the range around the point, the tolerance said in basis points', () => {
    const a = heron().ask('Q3 2026 gross margin guidance', 'gp-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('between 57.5% and 58.5%');
    expect(a.text).toContain('plus or minus 50 basis points');
  });

  it('percentage points, one and several', () => {
    const e = heron();
    const a = e.ask('FY 2026 operating margin guidance', 'gp-2');
    expect(a.text).toContain('between 20.5% and 22.5%');
    expect(a.text).toContain('plus or minus 1 percentage point,');
    expect(e.ask('FY 2026 tax rate guidance', 'gp-3').text).toContain('between 15.5% and 20.5%');
  });

  it("an amount's tolerance in the same sentence still gives its own range", () => {
    const a = heron().ask('Q3 2026 revenue guidance', 'gp-4');
    expect(a.text).toContain('between $530 million and $550 million');
  });
});
