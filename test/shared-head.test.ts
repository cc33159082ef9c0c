// The parts of a request over one head, and a side named by a line's own words after "minus", "less" or
// "net of" ("total debt net of cash": the release's "Cash and equivalents"). Synthetic release, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Ridgeway Industrial Corp. Reports Second Quarter 2026 Results',
  '',
  'Ridgeway Industrial Corp. today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Total revenue was $812.4 million, up 6.2% year over year.',
  '- Net income was $71.3 million.',
  '',
  '## Balance sheet',
  '',
  '| (in millions) | June 30, 2026 | December 31, 2025 |',
  '|---|---|---|',
  '| Cash and equivalents | 188.2 | 205.9 |',
  '| Total debt | 1,045.0 | 1,102.5 |',
  '| Total assets | 4,210.6 | 4,155.3 |',
];

describe('a side named after "minus", "less" or "net of" by the words of one line alone', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES, 'ridgeway-2026q2.md');
  });
  const ask = (q: string) => engine.ask(q, `shared-head-${q}`);
  it('is that line: the difference is worked, both sides cited', () => {
    for (const q of ['total debt net of cash at quarter end', 'total debt minus cash, June 30 2026', 'total debt less cash at 6/30/26']) {
      const a = ask(q);
      expect(a.status, `${q} → ${a.text}`).toBe('answer');
      expect(a.text).toContain('$856.8 million');
      expect(a.citations.length).toBe(2);
    }
  });
  it('an operation word after a join is no part of a name: the change of the line asked, not of another', () => {
    const a = ask('cash & equivalents change since December 31, 2025');
    expect(a.text).not.toContain('856.8');
    expect(a.text).toContain('$188.2 million');
  });
  it('words that are no line of their own leave the side unnamed, and the question declines', () => {
    expect(ask('total debt minus widgets at quarter end').status).toBe('unknown');
  });
});
