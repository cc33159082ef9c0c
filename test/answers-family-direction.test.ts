// The lines of a name asked "current plus noncurrent" are that name's lines: a line of the same head that
// runs the other way ("Balances due to affiliates", a liability, beside "Balances due from affiliates") is
// no part of it. "from"/"to" are filler elsewhere and had been dropped, so the liability was added in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Harbourline Logistics Reports Second Quarter 2026 Results',
    '',
    'Harbourline Logistics today reported results for the second quarter ended June 30, 2026.',
    '',
    '## Condensed balance sheet',
    '',
    '| ($ in thousands) | December 31, 2025 | June 30, 2026 |',
    '|---|---|---|',
    '| **Current assets:** | | |',
    '| Balances due from affiliates | 3,100 | 4,200 |',
    '| Trade receivables | 50,000 | 61,000 |',
    '| **Total current assets** | 53,100 | 65,200 |',
    '| **Non-current assets:** | | |',
    '| Balances due from affiliates | 900 | 800 |',
    '| Trade receivables-noncurrent | 7,000 | 6,500 |',
    '| **Total non-current assets** | 7,900 | 7,300 |',
    '| **Current liabilities:** | | |',
    '| Balances due to affiliates | 2,500 | 9,900 |',
    '| Trade payables | 30,000 | 33,000 |',
    '| **Total current liabilities** | 32,500 | 42,900 |',
  ], 'harbourline-2026q2.md');
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `family-direction-${n++}`);

describe('a name asked current plus noncurrent', () => {
  it('adds only the lines running its way: "due from" is not "due to"', () => {
    const a = ask('balances due from affiliates, current plus noncurrent, June 30 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$5.0 million');
    expect(a.text).not.toContain('9.9');
  });
  it('a receivable is not a payable either', () => {
    const a = ask('trade receivables current + noncurrent at 6/30/26');
    expect(a.text).not.toContain('33.0');
    expect(a.text).not.toContain('$100.5 million');
  });
  it('a name with no twin its way gives no figure of the other way', () => {
    const a = ask('balances due to affiliates, current plus noncurrent, June 30 2026');
    expect(a.text).not.toContain('$14.9 million');
    expect(a.text).not.toContain('$5.0 million');
  });
});
