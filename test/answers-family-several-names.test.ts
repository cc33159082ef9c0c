// A family's head word over several names ("provisions for A and for B") asks for each name's own member: one
// member picked for all would drop the others (r30-177 got only the second provision once the first name's line
// could be told apart by "provisions").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Lender Reports Second Quarter 2026 Results',
    '',
    'Synthetic Lender today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 300,000 | 321,000 |',
    '| Provision for loans receivable | 40,000 | 46,000 |',
    '| Provision for contract assets | 1,500 | 2,500 |',
    '| Provision for guarantee receivables | 3,000 | 3,700 |',
    '| Total operating expenses | 250,000 | 260,000 |',
    '| Contract assets, net | 90,000 | 95,000 |',
    '| Guarantee receivables, net | 70,000 | 72,000 |',
  ]);

describe('a family head over several names', () => {
  it('gives each named member, or asks: never one for both (the seed release)', () => {
    const seed = sharedEngine('data/releases/qfin-2024q1.md');
    const a = seed.ask('provisions for financial assets receivable and for contract assets q1 2024', 'fs-1');
    expect(a.text).toContain('Provision for financial assets receivable was RMB99.0 million');
    expect(a.text).toContain('Provision for accounts receivable and contract assets was RMB111.5 million');
    const b = seed.ask('Q4 provisions for AR/contract assets and for financial assets receivable', 'fs-3');
    // (A half answer is the failure: the first provision alone, or the second.)
    if (b.status === 'answer') expect(b.text).toContain('RMB91.1 million');
    else expect(b.text).not.toContain('RMB148.2 million');
  });

  it('one name is still narrowed to its member', () => {
    const a = engine().ask('provisions for contract assets q2 2026', 'fs-2');
    expect(a.text).toContain('$2.50 million');
    expect(a.text).not.toContain('$3.70 million');
  });
});
