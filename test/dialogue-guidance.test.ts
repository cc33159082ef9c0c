// A follow-up asking the growth of guided figures (#8, session 17): "implied yoy growth?" after the outlook
// is the growth the guidance states with its range, never a change computed for quarters the release
// has no figure for, nor the last reply given again. On a release of our own (the seed's: test/corpus/dialogue.jsonl).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Ferncastle Foods Reports Second Quarter 2026 Results',
    '',
    'Ferncastle Foods today reported results for the second quarter ended June 30, 2026.',
    '',
    '- Net sales were $460.0 million, compared with $430.0 million in the second quarter of 2025.',
    '',
    '## Business Outlook',
    '',
    'For the third quarter of 2026, the Company expects net sales to be between $480.0 million and $500.0 million, representing a year-over-year growth between 5.0% and 9.0%.',
  ], 'ferncastle-2026q2.md');
});

describe('"implied yoy growth?" after guidance', () => {
  it('is the growth the guidance states', () => {
    const [range, growth] = ['net sales outlook for Q3', 'implied yoy growth?'].map((q) => engine.ask(q, 'ferncastle'));
    expect(range!.text).toContain('$480.0 million');
    expect(growth!.status, growth!.text).toBe('answer');
    expect(growth!.text).toContain('implies year-on-year growth in Net sales between 5.0% and 9.0%');
  });
});
