// A line the release gives for one period only, asked with no period named: that figure with its date.
// A dividend declared after the quarter is dated to its own day, so "dividend per share?" (the release's
// quarter by default) had been declined with "it gives <that day>".
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Quarry Reports Second Quarter 2026 Results',
    '',
    'Synthetic Quarry today reported results for the second quarter ended June 30, 2026.',
    '',
    'On July 29, 2026, the Board of Directors declared a quarterly cash dividend of $0.27 per share, payable on August 14, 2026.',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 300,000 | 321,000 |',
    '| Restructuring | 1,200 | — |',
  ]);

describe('a line given for one period only', () => {
  it('asked with no period, is answered with its date', () => {
    const a = engine().ask('dividend per share?', 'sole-1').text;
    expect(a).toContain('$0.27');
    expect(a).toMatch(/2026/);
  });

  it('a follow-up for the one before it is no reason to give the same figure again', () => {
    const e = engine();
    e.ask('dividend declared per share', 'sole-3');
    expect(e.ask('and the previous one?', 'sole-3').text).not.toContain('$0.27');
  });

  it('asked for a period the release does not give it for, still declines', () => {
    const a = engine().ask('dividend per share in Q2 2025?', 'sole-2');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('$0.27 in');
  });
});
