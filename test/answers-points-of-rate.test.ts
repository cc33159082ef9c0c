// "catastrophe points of combined ratio Q3 2025" was answered with the combined ratio (97.5%): "points" is a unit cue,
// so the part of the ratio asked, measured in its points, went unread and the ratio answered. Points of a rate name a
// part of it: declined where no line prints them. Synthetic insurer.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Harrowgate Insurance Group reports third quarter 2026 results', '',
  'Synthetic Harrowgate Insurance Group today reported results for the quarter ended September 30, 2026.', '',
  '- Combined ratio of 93.8%, including 4.1 points of catastrophe losses, compared with 96.2% a year ago.',
  '- Catastrophe losses of $52.0 million, compared with $61.5 million a year ago.', '',
  '| Underwriting ratios | Q3 2026 | Q3 2025 |', '|---|---:|---:|',
  '| Loss and LAE ratio | 63.0% | 65.0% |',
  '| Combined ratio | 93.8% | 96.2% |',
]);
let n = 0;

describe('points of a rate are a part of it, never the rate', () => {
  it.each(['catastrophe points of combined ratio Q3 2025', 'cat losses pts of the combined ratio q3 2026', 'points of combined ratio from catastrophes'])('%s → declined, never the combined ratio', (q) => {
    const a = engine.ask(q, `pts-${n++}`);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/93\.8%|96\.2%|52\.0|61\.5/);
  });
  it.each([
    ['combined ratio Q3 2025', '96.2%'],
    ['catastrophe losses q3 2026', '$52.0 million'],
    ['combined ratio change in points', '2.4 percentage points'],
    ['how many points of improvement in the combined ratio', '2.4 percentage points'],
    ['points of combined ratio improvement yoy', '2.4 percentage points'],
  ])('%s → %s', (q, figure) => {
    const a = engine.ask(q, `pts-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(figure);
  });
});
