// A sentence's figure that its table contradicts (a misread or misprinted sentence) was answered instead of the
// table's line when it printed more decimals: "the most precise figure" ranked a narrative RMB4,160.25 million above
// the table's RMB4,153 million. Precision ranks figures that agree; where they disagree, the table's stands and the
// load checks' warning goes with it.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sentence: string) =>
  inlineEngine([
    '# Synthetic Marlowe Reports Third Quarter 2026 Results',
    '',
    'Synthetic Marlowe today reported results for the third quarter ended September 30, 2026.',
    '',
    `- ${sentence}`,
    '',
    '| (RMB in millions) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Total revenue | 3,601 | 4,153 |',
    '| Net income | 950 | 1,160 |',
  ]);

describe('a narrative figure its own table contradicts', () => {
  it('never outranks the table line, however many decimals it prints', () => {
    const a = release('Total revenue was RMB4,160.25 million in the third quarter of 2026.').ask('total revenue Q3 2026', 'marlowe-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('RMB4,153');
    expect(a.text).not.toContain('4,160.25');
  });

  it('a sentence that agrees with the table still gives its finer figure', () => {
    const a = release('Total revenue was RMB4,153.21 million in the third quarter of 2026.').ask('total revenue Q3 2026', 'marlowe-2');
    expect(a.text).toContain('RMB4,153.21 million');
  });
});
