// A numbered list of definitions under a "Definitions" heading, each item its term in bold and a colon
// ("1. **Churn**: ..."): each item defines its term. They had been read as statements, and "how do you define X?"
// was told the release "defines no terms". Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lines = [
  '# Synthetic Vale Cooperative Bank Reports Third Quarter 2026 Results',
  '',
  'Synthetic Vale Cooperative Bank today announced results for the third quarter ended September 30, 2026.',
  '',
  '| (EUR million) | 3Q26 | 3Q25 |',
  '|---|---|---|',
  '| Net interest income | 412.0 | 388.5 |',
  '| Loan loss provisions | 61.2 | 55.0 |',
  '| Net income | 140.3 | 121.9 |',
  '',
  '## Definitions',
  '',
  '1. **Risk cost ratio**: annualized loan loss provisions divided by the average gross loan book.',
  '2. **Core margin**: annualized net interest income divided by average earning assets.',
];

describe('a numbered list of bold terms under "Definitions"', () => {
  it('defines each term, quoting the item', () => {
    const a = inlineEngine(lines).ask('how do you define risk cost ratio?', 'def');
    expect(a.text).toContain('annualized loan loss provisions divided by the average gross loan book');
    expect(a.citations.map((c) => c.line)).toContain(13);
  });
});
