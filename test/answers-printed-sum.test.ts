// A sum the release prints as one line ("Cash, cash equivalents, and restricted cash, end of period") is that line,
// cited, for every period it is printed for, also where the parts are not (the balance sheet has no year-ago date);
// "end of period" beside a period named is that period's end, never a second period. Lines with no such line add up.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let synthetic: Engine;
let both: Engine;
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
    '| Restricted cash | 30 | 40 |',
    '| Deposits with banks | 60 | 65 |',
    '| Accounts receivable, net | 70 | 80 |',
    '| Contract assets, net | 10 | 15 |',
    '| Total assets | 2,000 | 2,100 |',
    '',
    '| (USD in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---:|---:|',
    '| Net cash from operating activities | 50 | 70 |',
    '| Cash and short-term deposits, beginning of period | 430 | 560 |',
    '| Cash and short-term deposits, end of period | 480 | 620 |',
    '| Cash and restricted cash, end of period | 455 | 540 |',
    '| Total cash and bank deposits, end of period | 470 | 565 |',
    '| Accounts receivable and contract assets, end of period | 85 | 95 |',
    // (Printed with no space after its comma, as releases sometimes do.)
    '| Cash,short-term deposits and restricted cash, end of period | 510 | 660 |',
  ]);
  // The line printed at a date as well as at the end of a quarter, in a table of its own (no side named).
  both = inlineEngine([
    '# Synthetic Fenwick Holdings Announces Second Quarter 2026 Results',
    '',
    'Synthetic Fenwick Holdings today announced its results for the second quarter ended June 30, 2026.',
    '',
    '| (USD in thousands) | December 31, 2025 | June 30, 2026 |',
    '|---|---:|---:|',
    '| Cash and cash equivalents | 400 | 500 |',
    '| Short-term investments | 100 | 120 |',
    '| Total assets | 2,000 | 2,100 |',
    '',
    '| (USD in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---:|---:|',
    '| Net cash from operating activities | 50 | 70 |',
    '| Cash, cash equivalents and short-term investments, end of period | 480 | 620 |',
    '',
    '| (USD in thousands) | December 31, 2025 | June 30, 2026 |',
    '|---|---:|---:|',
    '| Cash, cash equivalents and short-term investments | 500 | 620 |',
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
  it('only the line listing exactly those items, not one sharing some or as many (Cash and restricted cash)', () => {
    const a = ask(synthetic, 'cash + restricted cash Q2 2025');
    expect(a.text).toContain('Cash and restricted cash, end of period was $455 thousand in Q2 2025');
    expect(a.text).not.toContain('480');
  });
  it('three lines added: the line listing all three (its comma with no space after it), not those listing two of them', () => {
    expect(ask(synthetic, 'cash + short-term deposits + restricted cash Q2 2025').text).toBe('The release prints that sum as one line. Cash,short-term deposits and restricted cash, end of period was $510 thousand in Q2 2025.');
  });
  it('read by its items: "Total" and ", net" name no item, the words of one in any order (bank deposits, deposits with banks)', () => {
    expect(ask(synthetic, 'cash + deposits with banks Q2 2025').text).toBe('The release prints that sum as one line. Total cash and bank deposits, end of period was $470 thousand in Q2 2025.');
    expect(ask(synthetic, 'accounts receivable + contract assets Q2 2025').text).toBe('The release prints that sum as one line. Accounts receivable and contract assets, end of period was $85 thousand in Q2 2025.');
  });
  it('a line taken away is no such sum: the terms worked out with its minus, never the line adding all three', () => {
    const a = ask(synthetic, 'cash minus short-term deposits plus restricted cash at June 30, 2026');
    expect(a.text).toContain('was $420 thousand as of June 30, 2026');
    expect(a.text).toContain('500 − 120 + 40');
    expect(a.text).not.toMatch(/prints that sum|660/);
  });
  it('a line added to one of its own items is never that line alone (it would count the item twice)', () => {
    const a = ask(synthetic, 'total cash and bank deposits end of period + deposits with banks Q2 2025');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/prints that sum|470/);
  });
  it('printed with no side: the line at a date (a balance table), the end-of-period line at a quarter end both give', () => {
    expect(ask(both, 'cash + short-term investments at December 31, 2025').text).toBe('The release prints that sum as one line. Cash, cash equivalents and short-term investments were $500 thousand as of December 31, 2025.');
    expect(ask(both, 'cash + short-term investments at June 30, 2026').text).toBe('The release prints that sum as one line. Cash, cash equivalents and short-term investments, end of period was $620 thousand in Q2 2026.');
  });
  it('a line that cannot answer (first reported: no release of that quarter) is no printed sum, never claimed as one', () => {
    const a = ask(both, 'first reported cash + short-term investments Q2 2025');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('prints that sum');
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
