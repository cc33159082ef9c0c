// "How many times" of a figure over a zero one is no multiple: isPositive() holds for zero, so the guard once let
// "Infinityx the Q2 2025 figure" through. The change in amount is still given.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Heron Reports Second Quarter 2026 Results',
    '',
    'Synthetic Heron today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 300.0 | 321.0 |',
    '| Other income | 0.0 | 4.5 |',
  ]);

describe('a multiple asked of a change', () => {
  it('is given over a positive base', () => {
    expect(engine().ask('revenue yoy, how many times higher', 'mz-1').text).toContain('1.07x the Q2 2025 figure');
  });
  it('is no multiple over a zero base, the change in amount still said', () => {
    const a = engine().ask('other income yoy, how many times higher', 'mz-2');
    expect(a.text).toContain('an increase of $4.5 million');
    expect(a.text).not.toMatch(/Infinity|\dx the/);
  });
});
