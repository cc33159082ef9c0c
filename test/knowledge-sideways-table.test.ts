// A table set on its side (test/fixtures/synthetic-sideways-1q.txt, a synthetic issuer, made-up figures): its
// rows are the periods ("As of June 30, 2027") and its headers the lines, each with its unit under it
// ("Millions of yen", "%"). It was skipped whole ("no column header names a period"). Turned round, each
// figure is its line's for its row's period, in the unit its own header states: the equity ratio a percent,
// never millions of yen; a column headed by a unit alone ("%" beside "Revenue") names no line and is left
// out by line, never read as the revenue's figure.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';
import type { TableBlock } from '../src/knowledge/blocks.js';
import { transposed } from '../src/knowledge/transposed.js';

const LINES = readFileSync('test/fixtures/synthetic-sideways-1q.txt', 'utf8').split('\n');
let r!: Release;
beforeAll(() => {
  r = inlineRelease(LINES, 'synthetic-sideways-1q.txt');
});
const facts = (metric: string, period: string) => r.facts.filter((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a table whose rows are the periods', () => {
  it('is read turned round: each header a line, each row a period, each figure cited by its own row', () => {
    expect(r.skipped).toEqual([]);
    const [now] = facts('total_assets', '2027-06-30');
    expect([now!.value.toString(), now!.unit, now!.citation.line]).toEqual(['412306', { kind: 'money', currency: 'JPY', scale: 1e6 }, 14]);
    expect(now!.citation.quote).toContain('412,306');
    expect(facts('total_assets', '2027-03-31')[0]!.value.toString()).toBe('405118');
    expect(facts('net_assets', '2027-03-31')[0]!.value.toString()).toBe('229940');
  });
  it('reads the unit each header states: the equity ratio is a percent, not millions of yen', () => {
    const [ratio] = facts('equity_ratio', '2027-06-30');
    expect([ratio!.value.toString(), ratio!.unit.kind]).toEqual(['54.2', 'percent']);
  });
  it('leaves out a column headed by a unit alone, saying so, and never reads it as the line beside it', () => {
    const block: TableBlock = { kind: 'table', title: '', unitNote: 'Millions of yen', rows: [
      { line: 1, cells: ['', 'Revenue', '%'] },
      { line: 2, cells: ['Three months ended June 30, 2027', '88,412', '6.1'] },
      { line: 3, cells: ['Three months ended June 30, 2026', '83,334', '2.4'] },
    ] };
    const turned = transposed(block, (label) => /\d{4}/.test(label))!;
    expect(turned.rows.map((row) => row.cells)).toEqual([['', 'Three months ended June 30, 2027', 'Three months ended June 30, 2026'], ['Revenue', '88,412', '83,334']]);
    expect(turned.left![0]!.what).toMatch(/"%".*unit alone/);
    expect(turned.rows[1]!.cites).toEqual([{ line: 2, quote: '88,412' }, { line: 3, quote: '83,334' }]);
  });
  // The corpus of headers (test/corpus/sideways-headers.jsonl): each the line it names with its unit, or left out.
  const corpus = readFileSync('test/corpus/sideways-headers.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { header: string; label: string | null; why: string });
  it.each(corpus)('reads the header "$header" as $label ($why)', ({ header, label }) => {
    const block: TableBlock = { kind: 'table', title: '', unitNote: '', rows: [{ line: 1, cells: ['', header, 'Operating profit'] }, { line: 2, cells: ['As of June 30, 2027', '10.5', '20'] }] };
    const turned = transposed(block, () => true)!;
    expect(turned.rows.slice(1).map((row) => row.cells[0])).toEqual(label === null ? ['Operating profit'] : [label, 'Operating profit']);
    expect(turned.left?.length ?? 0).toBe(label === null ? 1 : 0);
  });
  it('is no table on its side where a row is not a period (a note, a section): left as it was', () => {
    const block: TableBlock = { kind: 'table', title: '', unitNote: '', rows: [{ line: 1, cells: ['', 'Revenue'] }, { line: 2, cells: ['Japan', '88,412'] }] };
    expect(transposed(block, (label) => /\d{4}/.test(label))).toBeNull();
  });
});
