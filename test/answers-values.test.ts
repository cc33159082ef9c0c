// One line's value for a period as a user reads it (intents/handlers/value.ts): a ratio computed from two
// lines with its parts named (revenue less cost, over revenue), a segment's, a margin the release prints
// only for some periods, a USD figure the release does not translate, and the declines for a period the
// release lacks, whole or in part. The seed release, and an inline one for a cost line and a segment.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let devices: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  devices = inlineEngine([
    '# Synthetic Devices Reports First Quarter 2026 Results',
    '',
    'Synthetic Devices today reported results for the first quarter ended March 31, 2026.',
    '',
    '| (US$ in millions) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Total revenues | 400.0 | 500.0 |',
    '| Cost of revenues | 250.0 | 300.0 |',
    '| Operating income | 40.0 | 55.0 |',
    '| Services (Net sales) | 100.0 | 120.0 |',
    '| Services (Cost of sales) | 70.0 | 90.0 |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `values-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;
const formulas = (a: Answer) => a.derivations.map((d) => `${d.label} = ${d.formula} → ${d.value}`);

describe('a ratio the release does not print, from its lines', () => {
  it('a margin from a profit line: the profit over revenue, each named with its figure', () => {
    const a = ask(devices, 'operating margin');
    expect(said(a)).toBe('Operating margin was 11.0% in Q1 2026 (Operating income $55.0 million ÷ Total revenues $500.0 million).');
    expect(formulas(a)).toEqual(['Operating margin = 55.0 ÷ 500.0 × 100 → 11.0%']);
    expect(a.citations).toHaveLength(2);
    expect(a.period).toBe('Q1 2026');
  });

  it('with no gross profit line: revenue less the cost of revenue, over revenue', () => {
    const a = ask(devices, 'gross margin in Q1 2025');
    expect(said(a)).toBe('Gross margin was 37.5% in Q1 2025 (Total revenues $400.0 million less Cost of revenues $250.0 million, over Total revenues $400.0 million).');
    expect(formulas(a)).toEqual(['Gross margin = (400.0 − 250.0) ÷ 400.0 × 100 → 37.5%']);
    expect(a.period).toBe('Q1 2025');
  });

  it("a segment's margin from the segment's own lines, named by it", () => {
    const a = ask(devices, 'services gross margin');
    expect(said(a)).toBe(
      'Services gross margin was 25.0% in Q1 2026 (Services (Net sales) $120.0 million less Services (Cost of sales) $90.0 million, over Services (Net sales) $120.0 million).',
    );
  });

  it('a period the release lacks: declined, each ratio and period named', () => {
    const a = ask(devices, 'gross margin and operating margin in Q1 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Gross margin for Q1 2024; Operating margin for Q1 2024.");
    expect(ask(seed, 'effective tax rate in Q1 2022').text).toBe("The release doesn't give Effective tax rate for Q1 2022.");
  });

  it('a margin the release prints for some periods is computed for another, and said to be', () => {
    const a = ask(seed, 'GAAP net income margin Q4 2023');
    expect(said(a)).toBe(
      'Net income margin was 24.6% in Q4 2023 (Net income RMB1,107.7 million ÷ Total net revenue RMB4,495.5 million). The release prints no margin for Q4 2023; this one is computed from its amounts.',
    );
    expect(a.citations.map((c) => c.line)).toEqual([77, 125]);
    // The period it prints is its printed figure.
    expect(said(ask(seed, 'GAAP net income margin Q1 2024'))).toBe('GAAP net income margin was 27.9% in Q1 2024.');
  });
});

describe('a line asked in a currency', () => {
  it('the RMB answer gives the release\'s own USD translation beside it, both cited', () => {
    const a = ask(seed, 'net income in RMB');
    expect(said(a)).toBe('Net income was RMB1,160.1 million (US$160.7 million) in Q1 2024.');
    expect(a.citations.flatMap((c) => c.cells ?? []).map((c) => `${c.unit}: ${c.printed}`)).toEqual(['RMB thousands: 1,160,144', 'USD thousands: 160,678']);
  });

  it('USD for the release\'s own quarter is its printed translation', () => {
    const a = ask(seed, 'net income in USD for Q1 2024');
    expect(said(a)).toBe('Net income was US$160.7 million in Q1 2024.');
    expect(a.citations).toHaveLength(1);
  });

  it("USD for a period the release does not translate: at its own period's rate, said to be that rate and as of when", () => {
    const a = ask(seed, 'net income in USD for Q1 2023');
    expect(said(a)).toBe(
      "Net income was US$128.8 million in Q1 2023 (RMB929.8 million translated at the release's rate of RMB7.2203 to US$1.00 as of March 29, 2024, the rate for its own period, not Q1 2023's; the release prints no USD figure for it).",
    );
    expect(formulas(a)).toEqual(['Net income in USD = RMB929.8 million ÷ 7.2203 → US$128.8 million']);
    expect(a.citations.map((c) => c.line)).toEqual([193, 295]);
  });

  it('USD for a line the release prints only in RMB: translated at its rate, the rate cited and the division shown', () => {
    const a = ask(seed, 'total loan volume in US dollars');
    expect(said(a)).toBe(
      "Total facilitation and origination loan volume was US$13,744 million in Q1 2024 (RMB99,237 million translated at the release's rate of RMB7.2203 to US$1.00; the release prints no USD figure for it).",
    );
    expect(formulas(a)).toEqual(['Total facilitation and origination loan volume in USD = RMB99,237 million ÷ 7.2203 → US$13,744 million']);
    expect(a.citations.map((c) => c.line)).toEqual([16, 193]);
  });

  it('a cash outflow printed in parentheses is its size, said to be an outflow', () => {
    expect(said(ask(seed, 'net cash used in investing activities Q1 2024'))).toBe(
      'Net cash used in investing activities was RMB3,138.2 million (US$434.6 million) in Q1 2024 (an outflow, printed in parentheses in the release).',
    );
  });
});

describe('periods the release lacks, for some lines or all', () => {
  it('some given: the figures it gives, then what it does not', () => {
    const a = ask(seed, 'net income and loan facilitation volume through ICE in Q4 2023');
    expect(a.status).toBe('answer');
    expect(said(a)).toBe("Net income was RMB1,107.7 million in Q4 2023.\nThe release doesn't give Loan facilitation volume through ICE for Q4 2023 (it gives Q1 2024).");
    expect(a.citations.map((c) => c.line)).toEqual([125]);
  });

  it('none given: declined, each line with the periods it does give', () => {
    const a = ask(seed, 'net income and funding costs in Q1 2022');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(
      "The release doesn't give Net income for Q1 2022 (it gives Q1 2024, Q4 2023 and Q1 2023); Funding costs for Q1 2022 (it gives Q1 2024, Q4 2023 and Q1 2023).",
    );
  });
});
