// A line the balance sheet prints at its dates and the cash-flow statement prints as the quarter's change
// ("Inventories", "Accounts receivable, net") is two lines, never one metric with a balance and a flow: "inventories?"
// is the balance, never the change in inventories given as "inventories in Q1". On a release as filed
// (../shared/releases/filed, read in place) and on a release of our own.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const OWN = [
  '# Wrenfield Outdoor Reports Second Quarter 2026 Results',
  '',
  'Wrenfield Outdoor today reported results for the second quarter ended June 30, 2026.',
  '',
  '## Condensed balance sheets',
  '',
  '| ($ in millions) | December 31, 2025 | June 30, 2026 |',
  '|---|---|---|',
  '| Cash and cash equivalents | 300 | 320 |',
  '| Inventories | 410 | 452 |',
  '| Total assets | 1,900 | 2,010 |',
  '',
  '## Condensed statements of cash flows',
  '',
  '| ($ in millions) | Q2 2025 | Q2 2026 |',
  '|---|---|---|',
  '| Net income | 60 | 71 |',
  '| **Changes in operating assets and liabilities:** | | |',
  '| Inventories | (18) | (42) |',
  '| Net cash provided by operating activities | 55 | 40 |',
];

describe('a balance and a flow of one name', () => {
  it('"inventories?" is the balance at the quarter end, not the quarter\'s change (ours)', () => {
    const a = inlineEngine(OWN, 'wrenfield-2026q2.md').ask('inventories?', 'own');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('452.0 million');
    expect(a.text).not.toContain('42.0 million');
  });
  it('the change keeps the sign it is printed with: an outflow under a heading naming liabilities is no amount owed (ours)', () => {
    const a = inlineEngine(OWN, 'wrenfield-2026q2.md').ask('change in inventories yoy', 'own');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$-42.0 million');
    expect(a.text).not.toMatch(/\bup\b/);
  });
  it('Apple: inventories and receivables are the balance sheet\'s, not the cash-flow changes', () => {
    const engine = sharedEngine('../shared/releases/filed/aapl-2024q1.htm');
    const inv = engine.ask('inventories?', 'a');
    expect(inv.text).toContain('6.5 billion');
    expect(inv.text).not.toContain('137.0 million');
    const ar = engine.ask('accounts receivable?', 'b');
    expect(ar.text).toContain('23.2 billion');
    expect(ar.text).not.toContain('6.6 billion');
  });
});
