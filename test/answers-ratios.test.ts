// The ratio of two lines as a user reads it: the multiple and the percentage, the figures divided and
// the formula, per unit for an amount over a count, each period asked; and every guard fed what it
// exists to refuse (a flow over a balance, unlike kinds of figure, three lines, one line, a period the
// release lacks). The seed release for the lines it prints; an inline one for counts, zero and losses.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let lending: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  lending = inlineEngine([
    '# Synthetic Lending Reports First Quarter 2026 Results',
    '',
    'Synthetic Lending today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (RMB in millions, except counts) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Loan volume | 9,000.0 | 10,000.0 |',
    '| Number of loans | 1,500,000 | 1,766,000 |',
    '| Number of branches | 12 | 0 |',
    '| Net loss | (50.0) | (25.0) |',
    '| Total revenue | 400.0 | 500.0 |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `ratios-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;
const formulas = (a: Answer) => a.derivations.map((d) => `${d.label} = ${d.formula} → ${d.value}`);

describe('a ratio of two amounts', () => {
  it('the multiple to two decimals, the percentage beside it, the figures divided, both cited', () => {
    const a = ask(seed, 'ratio of funding costs to total net revenue');
    expect(a.status).toBe('answer');
    expect(said(a)).toBe('The ratio of funding costs to total net revenue was 0.04x (3.8%) in Q1 2024 (RMB156.0 million ÷ RMB4,153.2 million).');
    expect(formulas(a)).toEqual(['Funding costs ÷ total net revenue = 155,963 ÷ 4,153,183 → 0.04']);
    expect(a.citations.map((c) => c.line)).toEqual([277, 279]);
    expect(a.period).toBe('Q1 2024');
  });

  it('in the order asked, for the period asked: the larger over the smaller is above 1x', () => {
    const a = ask(seed, 'ratio of total net revenue to funding costs in Q1 2023');
    expect(said(a)).toBe('The ratio of total net revenue to funding costs was 22.63x (2,263.3%) in Q1 2023 (RMB3,599.2 million ÷ RMB159.0 million).');
    expect(a.period).toBe('Q1 2023');
  });

  it('two balances at one date divide', () => {
    expect(said(ask(seed, 'ratio of cash and cash equivalents to total assets'))).toBe(
      'The ratio of cash and cash equivalents to total assets was 0.11x (11.2%) as of March 31, 2024 (RMB5,301.3 million ÷ RMB47,426.5 million).',
    );
  });

  it('each period asked, one line each, in the order of the periods', () => {
    const a = ask(seed, 'ratio of sales and marketing to revenue in Q4 2023 and Q1 2024');
    expect(said(a).split('\n')).toEqual([
      'The ratio of sales and marketing to total net revenue was 0.12x (12.3%) in Q4 2023 (RMB551.6 million ÷ RMB4,495.5 million).',
      'The ratio of sales and marketing to total net revenue was 0.10x (10.0%) in Q1 2024 (RMB415.6 million ÷ RMB4,153.2 million).',
    ]);
    expect(a.derivations).toHaveLength(2);
  });

  it('a loss over revenue keeps its minus sign, in the multiple and the percentage', () => {
    expect(said(ask(lending, 'ratio of net loss to total revenue'))).toBe(
      'The ratio of net loss to total revenue was -0.05x (-5.0%) in Q1 2026 (RMB-25.0 million ÷ RMB500.0 million).',
    );
  });

  it('two counts divide to a multiple, with no percentage of unlike things', () => {
    const a = ask(lending, 'ratio of number of loans to number of branches in Q1 2025');
    expect(said(a)).toBe('The ratio of number of loans to number of branches was 125000.00x (12,500,000.0%) in Q1 2025 (1,500,000 ÷ 12).');
  });
});

describe('an amount over a count: the amount per unit, at the precision of the less precise figure', () => {
  it('in the currency, per unit, both figures shown and cited', () => {
    const a = ask(lending, 'ratio of loan volume to number of loans');
    expect(said(a)).toBe('Loan volume per unit was RMB5,662.51 in Q1 2026 (RMB10,000.0 million ÷ 1,766,000, number of loans).');
    expect(formulas(a)).toEqual(['Loan volume per unit = RMB10,000.0 million ÷ 1,766,000 → RMB5,662.51 per unit']);
    expect(a.citations).toHaveLength(2);
    expect(a.period).toBe('Q1 2026');
  });

  it('a round result keeps the significant digits the figures carry', () => {
    expect(said(ask(lending, 'ratio of loan volume to number of loans in Q1 2025'))).toBe(
      'Loan volume per unit was RMB6,000.0 in Q1 2025 (RMB9,000.0 million ÷ 1,500,000, number of loans).',
    );
  });
});

describe('guards: what a ratio cannot be, declined and said why', () => {
  it('a flow over a balance (or a rate at a date): no average balance, no annualising', () => {
    const a = ask(seed, 'ratio of net income to cash and cash equivalents');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(
      "I won't divide net income (RMB1,160.1 million in Q1 2024) by cash and cash equivalents (RMB5,301.3 million as of March 31, 2024): one is an amount for a period, the other a balance at a date.",
    );
  });

  it('unlike kinds of figure (an amount over a per-share amount)', () => {
    const a = ask(seed, 'ratio of net income to net income per ADS');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("I won't divide net income by diluted net income per ADS: they are different kinds of figure (RMB thousands and RMB per ADS).");
  });

  it('three lines named: which two is unclear, and they are named', () => {
    const a = ask(seed, 'ratio of net income to revenue and funding costs');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('A ratio is of two lines, and that names 3: net income, total net revenue, funding costs. Name the two you mean.');
  });

  it('one line: an example of what is asked', () => {
    const a = ask(seed, 'ratio of revenue');
    expect(a).toMatchObject({ status: 'unknown', reason: 'not-understood' });
    expect(a.text).toBe('A ratio needs two metrics, e.g. "ratio of funding costs to total net revenue".');
  });

  it('a period the release lacks, or a zero divisor: no figure', () => {
    for (const [e, q] of [
      [seed, 'ratio of funding costs to total net revenue in Q1 2022'],
      [lending, 'ratio of loan volume to number of branches'],
      [lending, 'ratio of total revenue to number of branches'],
    ] as const) {
      const a = ask(e, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toBe("The release doesn't give both figures for that period.");
    }
  });

  it('a ratio the release names is its printed value, not a division', () => {
    const a = ask(seed, 'ratio of GAAP net income margin');
    expect(said(a)).toBe('GAAP net income margin was 27.9% in Q1 2024.');
    expect(a.citations.map((c) => c.line)).toEqual([352]);
    expect(said(ask(seed, 'effective tax rate ratio'))).toBe(
      'Effective tax rate was 24.0% in Q1 2024 (Income taxes expense RMB366.1 million ÷ Income before income tax expense RMB1,526.2 million).',
    );
  });
});
