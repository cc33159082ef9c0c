// A measure asked of lines named by their head word ("optical components segment margin") that none of them is
// (the segment lines are profit amounts): declined, naming the measure, never the lines listed in its place.
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Hakuba Optics Reports Results for the Nine Months Ended December 31, 2025',
  '',
  'Synthetic Hakuba Optics today reported results for the third quarter ended December 31, 2025.',
  '',
  '| (¥ in millions) | Q3 FY2024 | Q3 FY2025 |',
  '|---|---|---|',
  '| Revenue | 140,000 | 151,300 |',
  '| Segment profit Imaging Devices | 9,000 | 9,800 |',
  '| Segment profit Optical Components | 5,100 | 5,600 |',
  '| Operating margin | 10.0% | 10.5% |',
]);

it('a margin asked of segment profit lines is declined by name', () => {
  const a = engine.ask('optical components segment margin', 'm');
  expect(a.status).toBe('unknown');
  expect(a.text).toMatch(/are no margin|is about "margin"/);
});
