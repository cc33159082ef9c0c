// A table of amounts with no unit note is read at a scale only where its figures agree with figures the
// release's other tables state for the same line and period (two or more, none differing), at exactly one
// scale; otherwise it stays skipped and named. (A reconciliation under an income statement "in millions",
// its operating income the statement's, was skipped, and "adjusted operating margin ytd" declined.)
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const HEAD = ['# Synthetic Harrow Reports Third Quarter 2026 Results', '', 'Synthetic Harrow today reported results for the third quarter ended September 30, 2026.', ''];
const STATEMENT = ['## Statements of income', '', '(In millions)', '', '| | Q3 2026 | Q3 2025 |', '|---|---:|---:|', '| Net sales | $812.4 | $770.0 |', '| Operating income | 93.1 | 84.0 |', ''];
const recon = (rows: string[]) => ['## Reconciliation', '', '| | Q3 2026 | Q3 2025 |', '|---|---:|---:|', ...rows, ''];
const AGREEING = ['| Operating income (GAAP) | $93.1 | $84.0 |', '| Restructuring charges | 8.1 | 6.5 |', '| Adjusted operating income | $101.2 | $90.5 |', '| Adjusted operating margin | 12.5% | 11.8% |'];
const skippedLines = (lines: string[]) => inlineRelease(lines).skipped.map((s) => s.reason);

describe('a table with no unit note, scaled by agreement with the release', () => {
  it('is read at the scale at which its figures equal the statement\'s for the same line and period', () => {
    const lines = [...HEAD, ...STATEMENT, ...recon(AGREEING)];
    expect(skippedLines(lines)).toEqual([]);
    const a = inlineEngine(lines).ask('adjusted operating income Q3 2026', 'scale-1');
    expect(a.text).toContain('$101.2 million');
    expect(a.citations.map((c) => c.line)).toContain(20);
  });

  it('reads a table in thousands the same way', () => {
    const statement = ['## Statements of income', '', '(In thousands)', '', '| | Q3 2026 | Q3 2025 |', '|---|---:|---:|', '| Net sales | $120,500 | $110,200 |', '| Gross profit | 48,300 | 43,900 |', ''];
    const lines = [...HEAD, ...statement, ...recon(['| Net sales | $120,500 | $110,200 |', '| Freight recharged | 2,150 | 1,980 |'])];
    expect(skippedLines(lines)).toEqual([]);
    expect(inlineEngine(lines).ask('freight recharged Q3 2026', 'scale-2').text).toContain('$2.15 million');
  });

  it('stays skipped where one figure agrees, one differs, or none is known', () => {
    const one = ['## Reconciliation', '', '| | Q3 2026 |', '|---|---:|', '| Operating income (GAAP) | $93.1 |', '| Adjusted operating income | $101.2 |', ''];
    const differs = recon(['| Operating income (GAAP) | $93.1 | $84.4 |', '| Adjusted operating income | $101.2 | $90.5 |']);
    const none = recon(['| Order intake | $930.2 | $880.0 |', '| Backlog | 1,412.0 | 1,390.5 |']);
    for (const table of [one, differs, none]) {
      const lines = [...HEAD, ...STATEMENT, ...table];
      expect(skippedLines(lines)[0], table.join('\n')).toMatch(/no unit note states the scale/);
      expect(inlineEngine(lines).ask('adjusted operating income Q3 2026', 'scale-3').text).not.toContain('101.2');
    }
  });
});
