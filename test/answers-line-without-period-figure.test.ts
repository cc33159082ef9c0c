// A name that fits a line with a figure for the period asked and a line with none there (the outlook's "Diluted EPS", a
// range for the year, beside the statement's "Earnings per share, Diluted") asked which of the two was meant, offering
// the one with no figure as a choice (hunt41 hpo-16); with no line settled, "and adjusted?" then named a reconciling
// item. A line with no figure for the period is no choice there: the other is answered, and the thread's follow-up
// moves to the same line's adjusted twin. Synthetic release, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Calloway Outfitters Third Quarter Fiscal 2026 Results',
    '',
    'Synthetic Calloway Outfitters today reported results for the thirteen and thirty-nine weeks ended October 31, 2026.',
    '',
    '## Fiscal 2026 Outlook',
    '',
    'For the fifty-two weeks ending January 30, 2027, the Company now expects:',
    '',
    '| | Current Outlook | Prior Outlook |',
    '|---|---|---|',
    '| Diluted EPS | $4.10 to $4.25 | $3.90 to $4.05 |',
    '',
    '## Condensed consolidated statements of income',
    '',
    '| (in thousands, except per share data) | Thirteen Weeks Ended October 31, 2026 | Thirteen Weeks Ended November 1, 2025 | Thirty-Nine Weeks Ended October 31, 2026 | Thirty-Nine Weeks Ended November 1, 2025 |',
    '|---|---|---|---|---|',
    '| Net sales | 1,200,000 | 1,150,000 | 3,500,000 | 3,300,000 |',
    '| Net income | 80,000 | 70,000 | 230,000 | 190,000 |',
    '| Earnings per share: | | | | |',
    '| Basic | 1.02 | 0.90 | 2.95 | 2.41 |',
    '| Diluted | 1.01 | 0.89 | 2.92 | 2.39 |',
    '',
    '## Reconciliation of GAAP to adjusted (non-GAAP) diluted earnings per share',
    '',
    '| | Thirteen Weeks Ended October 31, 2026 | Thirteen Weeks Ended November 1, 2025 | Thirty-Nine Weeks Ended October 31, 2026 | Thirty-Nine Weeks Ended November 1, 2025 |',
    '|---|---|---|---|---|',
    '| GAAP diluted EPS | $1.01 | $0.89 | $2.92 | $2.39 |',
    '| Store closure charges | 0.12 | — | 0.12 | 0.04 |',
    '| Tax effect of adjustments | (0.03) | — | (0.03) | (0.01) |',
    '| Adjusted diluted EPS | $1.10 | $0.89 | $3.01 | $2.42 |',
  ], 'calloway-q3-2026.md');
});

describe('a line with no figure for the period asked is no choice', () => {
  it.each([
    ['Diluted EPS for the thirty-nine weeks?', '$2.92', '$3.01'],
    ['diluted EPS in the quarter', '$1.01', '$1.10'],
  ])('"%s": the line printed for it, then "and adjusted?" its adjusted twin', (q, gaap, adjusted) => {
    const c = `twin-${q}`;
    const a = engine.ask(q, c);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(gaap);
    const b = engine.ask('and adjusted?', c);
    expect(b.status).toBe('answer');
    expect(b.text).toContain(adjusted);
    expect(b.text).not.toContain('0.12');
  });

  it("the outlook's line is still the year's guidance", () => {
    const a = engine.ask('diluted EPS guidance for fiscal 2026?', 'guide');
    expect(a.text).toContain('$4.10');
  });
});

describe('a name only part of the lines it fits (hl54 nordhavn: "net debt" of Net debt / EBITDAaL lines, one with a figure)', () => {
  const nordhavn = sharedEngine('eval/hl54/docs/nordhavn-q3-2026.txt');
  it('still asks which, never answers the ratio for net debt', () => {
    const a = nordhavn.ask('net debt at end of Q3 26?', 'nd');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/^Net debt \/ EBITDAaL[^\n]* (?:was|were) 2\.31/);
  });
});
