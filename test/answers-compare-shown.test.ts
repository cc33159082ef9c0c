// What a user reads from a comparison (handlers/compare.ts), word for word: a ranking by size with the
// multiple or the gap between two lines, a ranking by change (growth, decline, movement either way, in
// amount), the difference A − B in the order named (percentage points for rates, the line the release
// prints between the two), the lines left out named, and the declines: figures of different kinds, and a
// balance at a date set against a flow over a quarter (which had been ranked "as of" the date, with a
// multiple). The release is synthetic, written inline; every expected figure was worked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(
    [
      '# Synthetic Harbor Reports Second Quarter 2026 Results',
      '',
      'Synthetic Harbor today reported results for the second quarter ended June 30, 2026.',
      '',
      '| (RMB in thousands) | Q2 2025 | Q1 2026 | Q2 2026 |',
      '|---|---|---|---|',
      '| Loan facilitation fees | 400,000 | 450,000 | 480,000 |',
      '| Platform service fees | 200,000 | 210,000 | 190,000 |',
      '| Other revenues | 50,000 | 40,000 | 60,000 |',
      '| **Total net revenue** | **650,000** | **700,000** | **730,000** |',
      '| Sales and marketing expenses | 120,000 | 130,000 | 125,000 |',
      '| General and administrative expenses | 60,000 | 65,000 | 70,000 |',
      '| Research and development expenses | 30,000 | 30,000 | 30,000 |',
      '| Net income | 90,000 | 100,000 | 110,000 |',
      '| Gross margin | 60.0% | 61.5% | 62.5% |',
      '| Net margin | 13.8% | 14.3% | 15.1% |',
      '',
      '## Reconciliation of GAAP and Non-GAAP Results',
      '',
      '| (RMB in thousands) | Q2 2025 | Q1 2026 | Q2 2026 |',
      '|---|---|---|---|',
      '| Net income | 90,000 | 100,000 | 110,000 |',
      '| Add: Share-based compensation expenses | 5,000 | 6,000 | 7,000 |',
      '| Non-GAAP net income | 95,000 | 106,000 | 117,000 |',
      '',
      '| (RMB in thousands) | December 31, 2025 | June 30, 2026 |',
      '|---|---|---|',
      '| Cash and cash equivalents | 1,000,000 | 1,100,000 |',
      '| Restricted cash | 100,000 | 110,000 |',
    ],
    'harbor-2026q2.md',
  );
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `compare-shown-${n++}`);
const lines = (a: Answer) => a.citations.map((c) => c.line).sort((x, y) => x - y);

describe('lines ranked by size', () => {
  it.each([
    ['biggest revenue line', 'In Q2 2026, largest first:\n- Loan facilitation fees: RMB480.0 million\n- Platform service fees: RMB190.0 million\n- Other revenues: RMB60.0 million'],
    ['smallest revenue line', 'In Q2 2026, smallest first:\n- Other revenues: RMB60.0 million\n- Platform service fees: RMB190.0 million\n- Loan facilitation fees: RMB480.0 million'],
    // Two lines: under twice the other, the gap and its percentage; twice or more (2.0 exactly included), the multiple.
    ['compare S&M with G&A', 'In Q2 2026, largest first:\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million\nSales and marketing expenses were RMB55.0 million (78.6%) more than general and administrative expenses.\nHow: Sales and marketing expenses − general and administrative expenses = 125,000 − 70,000.'],
    ['compare S&M with R&D', 'In Q2 2026, largest first:\n- Sales and marketing expenses: RMB125.0 million\n- Research and development expenses: RMB30.0 million\nSales and marketing expenses were 4.2 times research and development expenses.\nHow: Sales and marketing expenses ÷ research and development expenses = 125,000 ÷ 30,000.'],
    ['compare S&M with G&A in Q2 2025', 'In Q2 2025, largest first:\n- Sales and marketing expenses: RMB120.0 million\n- General and administrative expenses: RMB60.0 million\nSales and marketing expenses were 2.0 times general and administrative expenses.\nHow: Sales and marketing expenses ÷ general and administrative expenses = 120,000 ÷ 60,000.'],
    // Two balances at one date are ranked "as of" it.
    ['compare cash with restricted cash', 'As of June 30, 2026, largest first:\n- Cash and cash equivalents: RMB1,100.0 million\n- Restricted cash: RMB110.0 million\nCash and cash equivalents were 10.0 times restricted cash.\nHow: Cash and cash equivalents ÷ restricted cash = 1,100,000 ÷ 110,000.'],
    // A line with no figure for the period is named, before the formulas.
    ['compare S&M, G&A and cash in Q1 2026', "In Q1 2026, largest first:\n- Sales and marketing expenses: RMB130.0 million\n- General and administrative expenses: RMB65.0 million\nSales and marketing expenses were 2.0 times general and administrative expenses.\nThe release doesn't give cash and cash equivalents for Q1 2026.\nHow: Sales and marketing expenses ÷ general and administrative expenses = 130,000 ÷ 65,000."],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toBe(text);
  });

  it('cites each line ranked', () => {
    expect(lines(ask('biggest revenue line'))).toEqual([7, 8, 9]);
  });
});

describe('lines ranked by their change', () => {
  it.each([
    ['which grew faster, S&M or G&A?', 'General and administrative expenses grew the most year over year:\n- General and administrative expenses: up 16.7% year over year (RMB70.0 million in Q2 2026 vs RMB60.0 million in Q2 2025)\n- Sales and marketing expenses: up 4.2% year over year (RMB125.0 million in Q2 2026 vs RMB120.0 million in Q2 2025)\nHow: Sales and marketing expenses year over year = (125,000 − 120,000) ÷ 120,000 × 100; General and administrative expenses year over year = (70,000 − 60,000) ÷ 60,000 × 100.'],
    ['which fell most qoq, S&M, G&A or R&D', 'Sales and marketing expenses fell the most quarter over quarter:\n- Sales and marketing expenses: down 3.8% quarter over quarter (RMB125.0 million in Q2 2026 vs RMB130.0 million in Q1 2026)\n- Research and development expenses: unchanged quarter over quarter (RMB30.0 million in Q2 2026 vs RMB30.0 million in Q1 2026)\n- General and administrative expenses: up 7.7% quarter over quarter (RMB70.0 million in Q2 2026 vs RMB65.0 million in Q1 2026)\nHow: Sales and marketing expenses quarter over quarter = (125,000 − 130,000) ÷ 130,000 × 100; General and administrative expenses quarter over quarter = (70,000 − 65,000) ÷ 65,000 × 100; Research and development expenses quarter over quarter = (30,000 − 30,000) ÷ 30,000 × 100.'],
    ['which fell most yoy, S&M, G&A or R&D', 'Research and development expenses grew least (none fell) year over year:\n- Research and development expenses: unchanged year over year (RMB30.0 million in Q2 2026 vs RMB30.0 million in Q2 2025)\n- Sales and marketing expenses: up 4.2% year over year (RMB125.0 million in Q2 2026 vs RMB120.0 million in Q2 2025)\n- General and administrative expenses: up 16.7% year over year (RMB70.0 million in Q2 2026 vs RMB60.0 million in Q2 2025)\nHow: Sales and marketing expenses year over year = (125,000 − 120,000) ÷ 120,000 × 100; General and administrative expenses year over year = (70,000 − 60,000) ÷ 60,000 × 100; Research and development expenses year over year = (30,000 − 30,000) ÷ 30,000 × 100.'],
    // Moved most, either way: by the size of the change.
    ['which moved most qoq, S&M, G&A or R&D', 'General and administrative expenses moved the most (up) quarter over quarter:\n- General and administrative expenses: up 7.7% quarter over quarter (RMB70.0 million in Q2 2026 vs RMB65.0 million in Q1 2026)\n- Sales and marketing expenses: down 3.8% quarter over quarter (RMB125.0 million in Q2 2026 vs RMB130.0 million in Q1 2026)\n- Research and development expenses: unchanged quarter over quarter (RMB30.0 million in Q2 2026 vs RMB30.0 million in Q1 2026)\nHow: Sales and marketing expenses quarter over quarter = (125,000 − 130,000) ÷ 130,000 × 100; General and administrative expenses quarter over quarter = (70,000 − 65,000) ÷ 65,000 × 100; Research and development expenses quarter over quarter = (30,000 − 30,000) ÷ 30,000 × 100.'],
    ['which revenue line fell most yoy', 'Platform service fees fell the most year over year:\n- Platform service fees: down 5.0% year over year (RMB190.0 million in Q2 2026 vs RMB200.0 million in Q2 2025)\n- Loan facilitation fees: up 20.0% year over year (RMB480.0 million in Q2 2026 vs RMB400.0 million in Q2 2025)\n- Other revenues: up 20.0% year over year (RMB60.0 million in Q2 2026 vs RMB50.0 million in Q2 2025)\nHow: Loan facilitation fees year over year = (480,000 − 400,000) ÷ 400,000 × 100; Platform service fees year over year = (190,000 − 200,000) ÷ 200,000 × 100; Other revenues year over year = (60,000 − 50,000) ÷ 50,000 × 100.'],
    ['which grew more in RMB terms yoy, S&M or G&A', 'General and administrative expenses grew the most in amount year over year:\n- General and administrative expenses: up RMB10.0 million (up 16.7%) year over year (RMB70.0 million in Q2 2026 vs RMB60.0 million in Q2 2025)\n- Sales and marketing expenses: up RMB5.0 million (up 4.2%) year over year (RMB125.0 million in Q2 2026 vs RMB120.0 million in Q2 2025)\nHow: Sales and marketing expenses change year over year = 125,000 − 120,000; General and administrative expenses change year over year = 70,000 − 60,000.'],
    // A line with no percentage change (a rate) or no figure a year before is named, not ranked.
    ['which grew faster yoy, net margin, S&M or G&A', 'General and administrative expenses grew the most year over year:\n- General and administrative expenses: up 16.7% year over year (RMB70.0 million in Q2 2026 vs RMB60.0 million in Q2 2025)\n- Sales and marketing expenses: up 4.2% year over year (RMB125.0 million in Q2 2026 vs RMB120.0 million in Q2 2025)\nNot ranked year over year: net margin (from 13.8% in Q2 2025, no percentage change).\nHow: Sales and marketing expenses year over year = (125,000 − 120,000) ÷ 120,000 × 100; General and administrative expenses year over year = (70,000 − 60,000) ÷ 60,000 × 100.'],
    ['which grew faster yoy, cash, S&M or G&A', 'General and administrative expenses grew the most year over year:\n- General and administrative expenses: up 16.7% year over year (RMB70.0 million in Q2 2026 vs RMB60.0 million in Q2 2025)\n- Sales and marketing expenses: up 4.2% year over year (RMB125.0 million in Q2 2026 vs RMB120.0 million in Q2 2025)\nNot ranked year over year: cash and cash equivalents (no figure for June 30, 2025).\nHow: Sales and marketing expenses year over year = (125,000 − 120,000) ÷ 120,000 × 100; General and administrative expenses year over year = (70,000 − 60,000) ÷ 60,000 × 100.'],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toBe(text);
  });

  it('cites both figures of each line ranked, and the base of a line it could not rank', () => {
    expect(lines(ask('which grew faster yoy, net margin, S&M or G&A'))).toEqual([11, 12, 16]);
  });

  it('declines where fewer than two lines have a change to rank', () => {
    const a = ask('which grew more qoq, gross margin or net margin');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe('Not ranked quarter over quarter: gross margin (from 61.5% in Q1 2026, no percentage change), net margin (from 14.3% in Q1 2026, no percentage change).');
  });
});

describe('the difference between two lines, in the order named', () => {
  it.each([
    ['difference between S&M and G&A in Q1 2026', 'Sales and marketing expenses minus general and administrative expenses is RMB65.0 million in Q1 2026: Sales and marketing expenses (RMB130.0 million) were RMB65.0 million more than general and administrative expenses (RMB65.0 million).\nHow: Sales and marketing expenses − general and administrative expenses = 130,000 − 65,000.'],
    ['difference between G&A and S&M', 'General and administrative expenses minus sales and marketing expenses is -RMB55.0 million in Q2 2026: General and administrative expenses (RMB70.0 million) were RMB55.0 million less than sales and marketing expenses (RMB125.0 million).\nHow: General and administrative expenses − sales and marketing expenses = 70,000 − 125,000.'],
    ['difference between gross margin and net margin', 'Gross margin minus net margin is 47.4 percentage points in Q2 2026: Gross margin (62.5%) was 47.4 percentage points more than net margin (15.1%).\nHow: Gross margin − net margin = 62.5 − 15.1.'],
    ['difference between net margin and gross margin', 'Net margin minus gross margin is -47.4 percentage points in Q2 2026: Net margin (15.1%) was 47.4 percentage points less than gross margin (62.5%).\nHow: Net margin − gross margin = 15.1 − 62.5.'],
    // The line the release prints between the two that equals the gap: its own figure, cited.
    ['difference between non-GAAP net income and net income', 'Non-GAAP net income minus net income is RMB7.0 million in Q2 2026: Non-GAAP net income (RMB117.0 million) was RMB7.0 million more than net income (RMB110.0 million).\nThat is share-based compensation expenses (RMB7.0 million), the line the release prints between the two.\nHow: Non-GAAP net income − net income = 117,000 − 110,000.'],
    ['difference between net income and non-GAAP net income', 'Net income minus non-GAAP net income is -RMB7.0 million in Q2 2026: Net income (RMB110.0 million) was RMB7.0 million less than non-GAAP net income (RMB117.0 million).\nThat is share-based compensation expenses (RMB7.0 million), the line the release prints between the two.\nHow: Net income − non-GAAP net income = 110,000 − 117,000.'],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toBe(text);
  });

  it('cites the bridging line beside the two', () => {
    expect(lines(ask('difference between non-GAAP net income and net income'))).toEqual([14, 23, 24]);
    expect(lines(ask('difference between S&M and G&A in Q1 2026'))).toEqual([11, 12]);
  });
});

describe('what a comparison declines', () => {
  it.each([
    // A quarter's flow and a balance at the quarter's end: no ranking, no multiple, no difference.
    ['compare loan facilitation fees with cash', "Those are different kinds of figure (RMB480.0 million in Q2 2026, RMB1,100.0 million as of June 30, 2026); I won't rank them against each other."],
    ['difference between cash and loan facilitation fees', "Those are different kinds of figure (RMB1,100.0 million as of June 30, 2026, RMB480.0 million in Q2 2026); I won't take one from the other."],
    ['compare restricted cash with net income', "Those are different kinds of figure (RMB110.0 million as of June 30, 2026, RMB110.0 million in Q2 2026); I won't rank them against each other."],
    ['difference between S&M and net margin', "Those are different kinds of figure (RMB125.0 million in Q2 2026, 15.1% in Q2 2026); I won't take one from the other."],
    ['compare S&M with G&A in Q4 2026', "The release doesn't give sales and marketing expenses, general and administrative expenses for Q4 2026."],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(text);
    expect(a.derivations).toEqual([]);
  });
});
