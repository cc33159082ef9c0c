// The unit a title ends with in parentheses ("Revenue by division (EUR million)"): pinned by
// test/corpus/heading-notes.jsonl (the note read, or none), including a remark before the unit in the same
// parentheses ("(unaudited, $ in millions except per share)"). A one-line title right above a tab table
// is that table's note; with a blank line between, it is a paragraph like any other. Synthetic releases,
// made-up figures: each table below was skipped ("no unit note states the scale") before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingNote } from '../src/knowledge/numbers.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const examples = readFileSync('test/corpus/heading-notes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; note: string });

describe('heading notes', () => {
  it.each(examples)('$text → "$note"', (ex) => expect(headingNote(ex.text)).toBe(ex.note));
});

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');
const HEAD = ['MERIDAL GROUP SE – HALF-YEAR REPORT JANUARY–JUNE 2026', '', 'Meridal grew revenue in the second quarter.', ''];
const TAB = ['\tQ2 2026\tQ2 2025\tH1 2026\tH1 2025', 'Coatings\t1,142.6\t1,098.3\t2,231.9\t2,154.0', 'Group revenue\t2,384.0\t2,323.0\t4,677.4\t4,571.2'];

describe('a title line right above a tab table', () => {
  it('gives the table its unit, the quarter and the half read', () => {
    const r = inlineRelease([...HEAD, 'Revenue by division (EUR million)', ...TAB], 'meridal.txt');
    expect(r.skipped).toEqual([]);
    expect(value(r, 'group_revenue', '2026Q2')?.unit).toMatchObject({ kind: 'money', currency: 'EUR', scale: 1e6 });
    expect(value(r, 'group_revenue', '6M-2026-06-30')?.value.toString()).toBe('4677.4');
  });
  it('not across a blank line: the table is skipped, named by its line (and the release, left with no table, refused)', () => {
    expect(() => inlineRelease([...HEAD, 'Revenue by division (EUR million)', '', ...TAB], 'meridal.txt')).toThrow(/line 7: no unit note states the scale/);
  });
});

describe('a heading with a remark before its unit, a blank line above the markdown table', () => {
  it('reads the table in $ millions', () => {
    const r = inlineRelease(['# Tallow Freight Reports Second Quarter 2026 Results', '', '## Condensed statements of operations (unaudited, $ in millions except per share)', '', '| | Q2 2026 | Q2 2025 |', '|---|---:|---:|', '| Total revenue | 961.0 | 880.5 |', '| Net income | 35.8 | 26.8 |'], 'tallow.md');
    expect(r.skipped).toEqual([]);
    expect(value(r, 'total_revenue', '2026Q2')?.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e6 });
  });
});

describe('a heading whose parentheses give the period, then the unit, set off by a semicolon', () => {
  it('reads the markdown table under it in $ thousands', () => {
    const r = inlineRelease(['# Tamsin Living Reports Third Quarter 2026 Results', '', 'Tamsin Living today announced results for the quarter ended September 30, 2026.', '', '### Same-Store Results (three months ended September 30; dollars in thousands)', '', '| | Q3 2026 | Q3 2025 | % Change |', '|---|---:|---:|---:|', '| Same-store revenues | $88,210 | $85,004 | 3.8% |', '| Same-store NOI | $55,118 | $52,740 | 4.5% |'], 'tamsin.md');
    expect(r.skipped).toEqual([]);
    expect(value(r, 'same_store_noi', '2026Q3')?.value.toString()).toBe('55118');
    expect(value(r, 'same_store_noi', '2026Q3')?.unit).toMatchObject({ kind: 'money', currency: 'USD', scale: 1e3 });
  });
});
