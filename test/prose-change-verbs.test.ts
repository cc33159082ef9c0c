// "Net debt reduced to $1,412.6 million ... from $1,538.9 million": a line's name ends before its verb of
// change, "reduced", "raised" and "lowered" as much as "rose" or "fell". The fact was named "net debt reduced",
// and "net debt" was not found.
import { expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = inlineEngine([
  '# Synthetic Tarnwick Reports Fourth Quarter 2025 Results',
  '',
  'Synthetic Tarnwick today reported results for the fourth quarter ended December 31, 2025.',
  '',
  '* Net debt reduced to $1,412.6 million at December 31, 2025 from $1,538.9 million at December 31, 2024.',
  '* Fleet utilization was raised to 91.2% in the fourth quarter of 2025.',
  '',
  '| (US$ in millions) | Q4 2024 | Q4 2025 |',
  '|---|---|---|',
  '| Revenue | 400.0 | 430.0 |',
]);

it('a line named before "reduced to" is found by its name, with its change', () => {
  expect(engine.ask('net debt', 'a').text).toContain('Net debt was $1,412.6 million as of December 31, 2025');
  expect(engine.ask('by how much did net debt come down during 2025', 'b').text).toContain('a decrease of $126.3 million');
});

it('"raised to" ends the name too', () => {
  expect(engine.ask('fleet utilization', 'c').text).toContain('Fleet utilization was 91.2%');
});
