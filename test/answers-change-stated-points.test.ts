// A rate's change in points that the release states with no comparison named ("margin of 12.4%, up 38 basis points")
// is the answer, from its unrounded amounts; never recomputed from the two rounded rates (12.4% − 12.0% = 40 bps)
// and given differently. Synthetic releases of other wordings than the examiners' case.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (highlight: string, now: string, then: string) => [
  '# Synthetic Ostrava Logistics: third quarter 2026 results',
  '',
  'Synthetic Ostrava Logistics today reported results for the third quarter ended September 30, 2026.',
  '',
  `- ${highlight}`,
  '',
  '| (€ millions) | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Revenue | 940.2 | 901.7 |',
  `| EBITDA margin | ${now} | ${then} |`,
];

describe("a rate's change in points the release states", () => {
  it('up, in basis points: the stated 38 bps, not 40 from the rounded rates', () => {
    const bot = inlineEngine(release('EBITDA margin of 12.4%, up 38 basis points.', '12.4%', '12.0%'));
    const a = bot.ask('How much did the EBITDA margin expand, in bps?', 'up');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('38 bps');
    expect(a.text).not.toMatch(/\b40 bps|0\.4 percentage points/);
    expect(a.citations.some((c) => c.quote.includes('38 basis points'))).toBe(true);
  });
  it('down, in percentage points: the stated 0.27, not 0.3', () => {
    const bot = inlineEngine(release('EBITDA margin was 11.7%, down 0.27 percentage points.', '11.7%', '12.0%'));
    const a = bot.ask('EBITDA margin change year over year?', 'down');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('0.27 percentage points');
    expect(a.text).not.toMatch(/\b0\.3 percentage points/);
  });
});
