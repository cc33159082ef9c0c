// A sum the release prints as one line ("Cash, cash equivalents, and restricted cash, end of period") is that line,
// cited, for every period it is printed for, also where the parts are not (the balance sheet has no year-ago date);
// "end of period" beside a period named is that period's end, never a second period. Lines with no such line add up.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let synthetic: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  synthetic = inlineEngine([
    '# Synthetic Fenwick Holdings Announces Second Quarter 2026 Results',
    '',
    'Synthetic Fenwick Holdings today announced its results for the second quarter ended June 30, 2026.',
    '',
    '| (USD in thousands) | December 31, 2025 | June 30, 2026 |',
    '|---|---:|---:|',
    '| Cash | 400 | 500 |',
    '| Short-term deposits | 100 | 120 |',
    '| Total assets | 2,000 | 2,100 |',
    '',
    '| (USD in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---:|---:|',
    '| Net cash from operating activities | 50 | 70 |',
    '| Cash and short-term deposits, beginning of period | 430 | 560 |',
    '| Cash and short-term deposits, end of period | 480 | 620 |',
  ]);
});

const ask = (e: Engine, q: string) => e.ask(q, `printed-${q}`);

describe('a sum printed as one line', () => {
  it('is that line for a period the parts are not given for (r42-049)', () => {
    const a = ask(seed, 'cash + restricted cash end of period 1Q23');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Cash, cash equivalents, and restricted cash, end of period was RMB8,745.3 million in Q1 2023');
    expect(a.citations.map((c) => c.line)).toContain(322);
  });
  it('and at a date the parts are given for: the line printed, the same figure as their sum', () => {
    expect(ask(seed, 'cash + restricted cash at Mar-24').text).toContain('RMB8,156.6 million');
  });
  it('in another release, where its items are the lines added', () => {
    const a = ask(synthetic, 'cash plus short-term deposits Q2 2025');
    expect(a.text).toContain('Cash and short-term deposits, end of period');
    expect(a.text).toContain('480');
  });
  it('lines no printed line lists still add up', () => {
    expect(ask(seed, 'S&M + G&A 1Q24').text).toContain('Sum = 415,617 + 106,415');
  });
});

describe('"end of period" beside a period named', () => {
  it('is that period, never a change from the release quarter end to itself', () => {
    const a = ask(seed, 'restricted cash end of period 1Q24');
    expect(a.text).toContain('Restricted cash was RMB2,855.3 million');
    expect(a.text).not.toMatch(/unchanged|change/);
  });
});
