// An amount per thing counted, as a user reads it: the thing named by the count's own noun ("per customer"),
// a figure under one unit shown to its significant digits (never rounded to zero), and a period where only
// one of the two lines has a figure declined, never divided.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Wallet Reports Second Quarter 2026 Results',
    '',
    'Synthetic Wallet today reported results for the second quarter ended June 30, 2026.',
    '',
    '| (RMB in millions, except counts) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Total revenue | 800.0 | 900.0 |',
    '| Other income | 0.05 | 0.08 |',
    '| Active customers | 2,000,000 | 2,400,000 |',
    '',
    '| Operating data | Q2 2026 |',
    '|---|---|',
    '| Number of agents | 3,000 |',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `ratio-units-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('an amount per thing counted', () => {
  it('is per the thing the count names', () => {
    const a = ask('ratio of total revenue to active customers');
    expect(said(a)).toBe('Total revenue per customer was RMB375.0 in Q2 2026 (RMB900.0 million ÷ 2,400,000 customers, active customers).');
    expect(a.derivations.map((d) => d.value)).toEqual(['RMB375.0 per customer']);
  });

  it('under one unit, keeps its significant digits after the point', () => {
    expect(said(ask('ratio of other income to active customers in Q2 2025'))).toBe(
      'Other income per customer was RMB0.03 in Q2 2025 (RMB50 thousand ÷ 2,000,000 customers, active customers).',
    );
    expect(said(ask('ratio of other income to active customers'))).toBe(
      'Other income per customer was RMB0.03 in Q2 2026 (RMB80 thousand ÷ 2,400,000 customers, active customers).',
    );
  });

  it('a period where only one of the two lines has a figure: no figure', () => {
    for (const q of ['ratio of total revenue to number of agents in Q2 2025', 'ratio of total revenue to active customers in Q2 2024']) {
      const a = ask(q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toBe("The release doesn't give both figures for that period.");
    }
    expect(said(ask('ratio of total revenue to number of agents'))).toBe(
      'Total revenue per unit was RMB300,000 in Q2 2026 (RMB900.0 million ÷ 3,000, number of agents).',
    );
  });
});

describe('a count that is nil in a period, and a count at a date', () => {
  let wallet: Engine;
  beforeAll(() => {
    wallet = inlineEngine([
      '# Synthetic Wallet Reports Second Quarter 2026 Results',
      '',
      'Synthetic Wallet today reported results for the second quarter ended June 30, 2026.',
      '',
      '| (RMB in millions, except counts) | Q2 2025 | Q2 2026 |',
      '|---|---|---|',
      '| Total revenue | 800.0 | 900.0 |',
      '| Other income | — | 0.08 |',
      '| New branches opened | — | 3 |',
      '| New stores opened | 2 | 4 |',
      '',
      '| (RMB in millions, except counts) | December 31, 2025 | June 30, 2026 |',
      '|---|---|---|',
      '| Number of branches | 10 | 12 |',
    ]);
  });
  const on = (q: string) => wallet.ask(q, `ratio-units-${n++}`);
  it('per the thing counted, in the singular (per branch, not "branche"), a count printed whole limiting no digits (RMB225,000,000 per store, not RMB200,000,000)', () => {
    expect(said(on('ratio of total revenue to new branches opened'))).toBe('Total revenue per branch was RMB300,000,000 in Q2 2026 (RMB900.0 million ÷ 3 branches, new branches opened).');
    expect(said(on('ratio of total revenue to new stores opened'))).toBe('Total revenue per store was RMB225,000,000 in Q2 2026 (RMB900.0 million ÷ 4 stores, new stores opened).');
  });
  it('divides by nothing: a nil count or a nil amount declines that period and keeps the other', () => {
    for (const q of ['ratio of total revenue to new branches opened in Q2 2025', 'ratio of total revenue to other income in Q2 2025']) {
      const a = on(q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toBe("The release doesn't give both figures for that period.");
    }
    expect(said(on('ratio of total revenue to new branches opened in Q2 2025 and Q2 2026'))).toBe('Total revenue per branch was RMB300,000,000 in Q2 2026 (RMB900.0 million ÷ 3 branches, new branches opened).');
  });
  it("a period's amount over a count at a date: declined, never divided", () => {
    const a = on('ratio of total revenue to number of branches');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('I won\'t divide total revenue (RMB900.0 million in Q2 2026) by number of branches (12 as of June 30, 2026): one is an amount for a period, the other a balance at a date.');
  });
});
