// A definition asked of a qualified term ("the underlying combined ratio") is that term's, never the plain term's
// the release ties to another line (intents/handlers/words.ts); a measure defined by what it leaves out ("X excludes
// ...") is read as its definition (knowledge/texts.ts). hunt42 bwi-14; the release here is worded apart.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const table = [
  '# Fernhill Mutual reports second quarter 2026 results',
  '',
  'Fernhill Mutual reported results for the quarter ended June 30, 2026.',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Combined ratio | 96.1% | 97.4% |',
  '| Underlying combined ratio | 89.2% | 90.0% |',
  '| Adjusted operating margin | 12.5% | 11.8% |',
  '| Operating margin | 10.1% | 9.6% |',
  '',
  '## Definitions',
  '',
];
const defined = [
  ...table,
  'The combined ratio is the sum of the loss ratio and the expense ratio. The underlying combined ratio excludes weather losses and prior-year reserve releases. Operating margin is operating income divided by revenue.',
];
const plainOnly = [...table, 'The combined ratio is the sum of the loss ratio and the expense ratio. Operating margin is operating income divided by revenue.'];

const ask = (lines: string[], q: string) => inlineEngine(lines, 'fernhill-2026q2.md').ask(q, 'c');

describe('a definition asked of a qualified term', () => {
  it('"what does the underlying combined ratio exclude": the sentence saying what it leaves out', () => {
    const a = ask(defined, 'What does the underlying combined ratio exclude?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('weather losses');
    expect(a.text).not.toContain('sum of the loss ratio');
  });

  it('where only the plain term is defined: declined, never the plain term\'s definition as the qualified one\'s', () => {
    const a = ask(plainOnly, 'how is the adjusted operating margin defined?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('divided by revenue');
  });

  it('the plain term still has its own definition', () => {
    const a = ask(defined, 'How is the combined ratio defined?');
    expect(a.text).toContain('sum of the loss ratio');
    expect(a.text).not.toContain('weather losses');
  });
});
