// A short form the release writes itself ("HLS led the quarter") for a line it prints spelled out
// ("Healthcare & life sciences"): the bot said it did not know the word. The release's own short forms
// that are the initials of exactly one line's label now name it; one fitting two lines names none.
// Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (extra: string[] = []) => [
  '# Synthetic Pellworth Systems Ltd Reports Second Quarter 2026 Results',
  '',
  'Synthetic Pellworth Systems Ltd today reported results for the second quarter ended June 30, 2026.',
  '',
  '"HLS led the quarter because two hospital groups moved their records to our platform," said the Chief Executive Officer.',
  '',
  '## Revenue by industry',
  '',
  '(in millions of US dollars)',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Healthcare & life sciences | 120.0 | 100.0 |',
  '| Manufacturing | 180.0 | 175.0 |',
  ...extra,
  '| Total revenue | 300.0 | 275.0 |',
];

describe("the release's own short form of a line", () => {
  it('names the one line whose initials it is', () => {
    const e = inlineEngine(release());
    expect(e.ask('HLS in Q2 2026?', 'x').text).toContain('120');
    const a = e.ask('HLS revenue in Q2 2026?', 'h');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('120');
  });

  it('names none where two lines have those initials', () => {
    const a = inlineEngine(release(['| Hotels, leisure & sport | 0.0 | 0.0 |'])).ask('HLS revenue in Q2 2026?', 'h');
    expect(a.text).not.toContain('120');
  });
});
