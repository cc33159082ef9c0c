// The guidance midpoint set against an actual of an earlier quarter the release reports ("how does the guidance
// midpoint compare with Q1 net income", r36 gd-06): the midpoint less the actual and as a % of it, both cited. It had
// read the quarter named as the guided one and declined ("no guidance for Q1 2024"). Guidance asked for that quarter
// ("did they beat Q1 guidance") still declines: the range guides another quarter.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const heron = (outlook = 'For the third quarter of 2026, Synthetic Heron expects net income between $82 million and $86 million.') =>
  inlineEngine([
    '# Synthetic Heron Reports Second Quarter 2026 Results',
    '',
    'Synthetic Heron today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q1 2026 | Q2 2025 |',
    '|---|---|---|---|',
    '| Revenue | 520.0 | 500.0 | 480.0 |',
    '| Net income | 80.0 | 75.0 | 70.0 |',
    '',
    '## Outlook',
    '',
    outlook,
  ]);

describe('the guidance midpoint against an earlier actual', () => {
  it('a full year\'s midpoint is never set against a quarter\'s actual', () => {
    const fy = heron('For the full year 2026, Synthetic Heron expects net income between $320 million and $340 million.');
    const a = fy.ask('how does the net income guidance midpoint compare with Q2 2026 net income', 'gm-fy');
    expect(a.text).not.toMatch(/above the actual|below the actual/);
  });
  it('the midpoint less the actual, and as a % of it, both cited', () => {
    const a = heron().ask('how does the net income guidance midpoint compare with Q2 2026 net income', 'gm-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$84 million');
    expect(a.text).toContain('$4.0 million (5.0%) above the actual net income of $80.0 million in Q2 2026');
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('guidance asked for the quarter named declines: the range guides another', () => {
    const a = heron().ask('did net income beat Q2 2026 guidance?', 'gm-2');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).toContain('Q3 2026');
  });
});
