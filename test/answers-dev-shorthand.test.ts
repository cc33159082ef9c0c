// "Tech & dev": technology and development cut short, as analysts type it; it declined ("I don't know 'dev'").
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

it('tech & dev is the technology and development line', () => {
  const engine = inlineEngine([
    '# Synthetic Larchmont Reports First Quarter 2026 Results',
    '',
    'Synthetic Larchmont today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (US$ in millions) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Technology and development | 55.4 | 61.2 |',
    '| Sales and marketing | 40.0 | 48.9 |',
  ]);
  expect(engine.ask('tech & dev in Q1 2026', 'dev').text).toContain('Technology and development was $61.2 million');
  expect(engine.ask('add up tech & dev and S&M for Q1 26', 'dev-sum').text).toContain('$110.1 million');
});
