// A tanshin summary's tables set on their side, framed by rules (test/fixtures/synthetic-sideways-2q.txt, a synthetic
// issuer, made-up figures): the note under the closing rule ("Reference: Equity  As of ...: 185,310 million yen") was
// read as a row, and the rows' labels set under a head ("Six months ended" / "  September 30, 2026") were a section
// row and dates: neither table was turned ("no column header names a period"), so "total assets as of March 31, 2026"
// was declined. The note is prose, a head is read with each label under it (test/corpus/sideways-row-heads.jsonl).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/knowledge/blocks.js';
import { periodKey } from '../src/knowledge/period.js';
import { transposed } from '../src/knowledge/transposed.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const FILE = 'synthetic-sideways-2q.txt';
const LINES = readFileSync(`test/fixtures/${FILE}`, 'utf8').split('\n');
const fact = (metric: string, period: string) => inlineRelease(LINES, FILE).facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a table on its side closed by a rule and a note under it', () => {
  it('is read: each balance for its date, the note no row', () => {
    expect(fact('total_assets', '2026-03-31')!.value.toString()).toBe('398116');
    expect(fact('equity_ratio', '2026-09-30')!.value.toString()).toBe('44.9');
    const a = inlineEngine(LINES, FILE).ask('total assets as of March 31, 2026', 'side-2q');
    expect([a.status, a.text]).toEqual(['answer', expect.stringContaining('398,116')]);
  });
});

describe('the labels of a table set on its side', () => {
  // The corpus (test/corpus/sideways-row-heads.jsonl): the labels of its rows, and the periods' labels read, or null.
  const corpus = readFileSync('test/corpus/sideways-row-heads.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { labels: string[]; read: string[] | null; why: string });
  it.each(corpus)('$labels → $read ($why)', ({ labels, read }) => {
    const dated = /\b(?:19|20)\d{2}\b/;
    const block: TableBlock = { kind: 'table', title: '', unitNote: 'Millions of yen', rows: [{ line: 1, cells: ['', 'Net sales'] }, ...labels.map((l, k) => ({ line: k + 2, cells: [l, dated.test(l) && !l.startsWith('(') ? `${100 + k}` : ''] }))] };
    const names = (label: string) => /\b(?:ended|ending|as of)\b.*\d{4}/i.test(label);
    const turned = transposed(block, names);
    expect(turned ? turned.rows[0]!.cells.slice(1) : null).toEqual(read);
  });
});

describe('a line over two columns of a table on its side ("Net sales" over "Millions of yen  %")', () => {
  it('reads the first as the line\'s figure and leaves the second out, never read as the line', () => {
    const block: TableBlock = { kind: 'table', title: '', unitNote: 'Millions of yen', rows: [
      { line: 1, cells: ['', 'Net sales', 'Net sales'] },
      { line: 2, cells: ['Three months ended', '', ''] },
      { line: 3, cells: ['June 30, 2025', '148,362', '6.2%'] },
      { line: 4, cells: ['June 30, 2024', '139,715', '4.0%'] },
    ] };
    const turned = transposed(block, (label) => /ended .*\d{4}/.test(label))!;
    expect(turned.rows.map((r) => r.cells)).toEqual([['', 'Three months ended June 30, 2025', 'Three months ended June 30, 2024'], ['Net sales', '148,362', '139,715']]);
    expect(turned.left![0]!.what).toMatch(/not read/);
  });
});
