// The issuer's name may be asked with a legal suffix ("Acme Group"), which goes with it; but a suffix word
// that begins a line's name ("Group revenue") is that line's: "Fernhill group revenue" asks Group revenue
// (intents/lexicon.ts, rename; hl19 uk-01). Synthetic release.
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

it('a suffix word beginning a line name stays with the line', () => {
  const engine = inlineEngine([
    '# Synthetic Fernhill Homes plc Reports First Quarter 2026 Results',
    '',
    'Synthetic Fernhill Homes plc ("Fernhill" or "the Group") today reported results for the first quarter ended March 31, 2026.',
    '',
    '| GBP million | Q1 2026 | Q1 2025 |',
    '|---|---:|---:|',
    '| Online sales | 420.1 | 403.4 |',
    '| Group revenue | 642.3 | 605.6 |',
  ]);
  const a = engine.ask('Synthetic Fernhill Homes group revenue in Q1 2026?', 's1');
  expect(a.status).toBe('answer');
  expect(a.text).toContain('642.3');
});
