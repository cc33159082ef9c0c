// A ratio no line prints, computed from the release's two lines (handlers/formula.ts): what a user reads is
// the figure, the formula shown under "How:" (a multiple has no "× 100"), and the two inputs, each cited.
// A part with no figure for the period, or a line whose figure then is a percentage, is no input: the
// ratio is declined, never computed from the wrong kind of figure. A release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let tools: Engine;
let mills: Engine;
beforeAll(() => {
  tools = inlineEngine([
    '# Harbor Tools Reports Second Quarter 2026 Results',
    '',
    'Harbor Tools today reported results for the second quarter ended June 30, 2026.',
    '',
    '| (US$ in millions) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Net sales | 800.0 | 900.0 |',
    '| Operating income | 110.0 | 155.0 |',
    '',
    '## Gross profit',
    '',
    '| (US$ in millions) | Q2 2026 |',
    '|---|---|',
    '| Gross profit | 360.0 |',
    '',
    '## Margins',
    '',
    '| | Q2 2025 |',
    '|---|---|',
    '| Gross profit | 37.5% |',
    '',
    '## Balance sheet',
    '',
    '| (US$ in millions) | December 31, 2025 | June 30, 2026 |',
    '|---|---|---|',
    '| Total current assets | 1,250.0 | 1,320.0 |',
    '| Total current liabilities | 500.0 | 600.0 |',
  ]);
  mills = inlineEngine([
    '# Kestrel Mills Reports Third Quarter 2026 Results',
    '',
    'Kestrel Mills today reported results for the quarter ended September 30, 2026.',
    '',
    '| (€ in millions) | Q3 2026 | Q3 2025 |',
    '|---|---|---|',
    '| Revenues | 1,200.0 | 1,000.0 |',
    '| Cost of revenues | 780.0 | 700.0 |',
  ]);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `formula-${n++}`);

describe('a multiple: no "× 100", shown to two places with an x', () => {
  it('the current ratio at the quarter end, both lines cited', () => {
    const a = ask(tools, 'current ratio');
    expect(a.text).toBe('Current ratio was 2.20x as of June 30, 2026 (Total current assets $1.32 billion ÷ Total current liabilities $600.0 million).\nHow: Current ratio = 1,320.0 ÷ 600.0.');
    expect(a.derivations).toEqual([{ label: 'Current ratio', value: '2.20x', formula: '1,320.0 ÷ 600.0' }]);
    expect(a.citations.map((c) => c.quote)).toEqual([expect.stringContaining('Total current assets'), expect.stringContaining('Total current liabilities')]);
  });
  it('at the earlier balance sheet date, from that column', () => {
    expect(ask(tools, 'current ratio at December 31, 2025').derivations).toEqual([{ label: 'Current ratio', value: '2.50x', formula: '1,250.0 ÷ 500.0' }]);
  });
});

describe('a percentage: the formula with × 100', () => {
  it('over the numerator line', () => {
    const a = ask(tools, 'gross margin in Q2 2026');
    expect(a.text).toBe('Gross margin was 40.0% in Q2 2026 (Gross profit $360.0 million ÷ Net sales $900.0 million).\nHow: Gross margin = 360.0 ÷ 900.0 × 100.');
  });
  it('revenue less its cost where no line is the numerator: the cost in brackets, taken from the revenue', () => {
    const a = ask(mills, 'gross margin in Q3 2025');
    expect(a.derivations).toEqual([{ label: 'Gross margin', value: '30.0%', formula: '(1,000.0 − 700.0) ÷ 1,000.0 × 100' }]);
    expect(a.text).toBe('Gross margin was 30.0% in Q3 2025 (Revenues €1,000.0 million less Cost of revenues €700.0 million, over Revenues €1,000.0 million).\nHow: Gross margin = (1,000.0 − 700.0) ÷ 1,000.0 × 100.');
  });
});

describe('no input, no ratio', () => {
  it('a period the numerator line has no figure for is declined, not computed from the other', () => {
    const a = ask(tools, 'gross margin in Q2 2025');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give Gross margin for Q2 2025.");
  });
  it('a line whose figure in the period is a percentage is no numerator (37.5% over $800.0 million is no margin)', () => {
    const a = ask(tools, 'gross margin in Q2 2025');
    expect(a.text).not.toMatch(/0\.0%|37\.5%/);
    expect(a.derivations).toEqual([]);
  });
});
