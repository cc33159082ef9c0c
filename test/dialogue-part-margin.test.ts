// "and the margin?" after a part's line ("Adjusted EBITA, Grid Solutions") where the release states no margin of
// that part: declined naming the line. The group's "Adjusted EBITA margin, %" had been answered as the part's.
// The group's own line still takes its stated margin. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Nordmark AB (publ) Interim report January–June 2026',
    '',
    'Synthetic Nordmark AB (publ) reports its results for the second quarter of 2026, the three months ended 30 June 2026.',
    '',
    '| SEK m | Q2 2026 | Q2 2025 |',
    '|---|--:|--:|',
    '| Net sales | 4 812 | 4 395 |',
    '| Adjusted EBITA | 618 | 527 |',
    '| Adjusted EBITA margin, % | 12.8 | 12.0 |',
    '',
    '## Segments',
    '',
    '| SEK m | Q2 2026 | Q2 2025 |',
    '|---|--:|--:|',
    '| Net sales, Grid Solutions | 2 906 | 2 571 |',
    '| Adjusted EBITA, Grid Solutions | 392 | 318 |',
  ]);

describe('a margin asked after one line', () => {
  it('of a part with no margin stated: declined naming the part, never the group margin', () => {
    const e = engine();
    e.ask('grid solutions adj EBITA in Q2?', 'c');
    const a = e.ask('and the margin?', 'c');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/no margin of adjusted EBITA, Grid Solutions/);
    expect(a.text).not.toMatch(/12\.8/);
  });
  it("of the group's line: its stated margin", () => {
    const e = engine();
    e.ask('adj EBITA Q2?', 'g');
    expect(e.ask('and the margin?', 'g').text).toMatch(/12\.8%/);
  });
});
