// A rate asked ("tax rate jan-sep") where the line found is an amount (the tax charge) was answered with the
// amount (hl22 v12): a rate, margin or ratio asked is never an amount line's figure.
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

it('a rate asked of an amount line is declined, naming both kinds', () => {
  const engine = inlineEngine([
    '# Synthetic Orrefors Industri Interim Report January–September 2026',
    '',
    'Synthetic Orrefors Industri today reported results for the third quarter ended September 30, 2026.',
    '',
    '| SEK m | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Net sales | 4,912 | 4,655 |',
    '| Tax | (121) | (118) |',
  ]);
  const a = engine.ask('tax rate q3', 't');
  expect(a.status).toBe('unknown');
  expect(a.text).toContain('is an amount, not a rate');
});
