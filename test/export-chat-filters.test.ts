// "export …" in chat (handlers/export.ts): the facts the question names as a CSV file, and a sentence saying
// what it holds. A line named brings the lines under it; a period named keeps that period's figures and
// the balances at its end; nothing left is declined naming what was asked. Over two releases, the text
// says how many releases the rows come from. Synthetic releases of one issuer, two quarters.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { EXPORT_COLUMNS } from '../src/intents/export.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineRelease } from './support/inline.js';

const release = (quarter: string, end: string, [q, prior]: string[], cells: string[]) => [
  `# Synthetic Birchmoor Reports ${quarter} Quarter 2026 Results`,
  '',
  `Synthetic Birchmoor today reported results for the ${quarter.toLowerCase()} quarter ended ${end}, 2026.`,
  '',
  `| ($ in millions) | ${q} | ${prior} |`,
  '|---|---:|---:|',
  `| Product revenue | ${cells[0]} |`,
  `| Service revenue | ${cells[1]} |`,
  `| Total revenue | ${cells[2]} |`,
  '| Net income | 12.0 | 10.0 |',
  '',
  `| ($ in millions) | ${end}, 2026 | December 31, 2025 |`,
  '|---|---:|---:|',
  `| Cash and cash equivalents | ${cells[3]} | 75.0 |`,
];
const Q2 = release('Second', 'June 30', ['Q2 2026', 'Q2 2025'], ['120.0 | 110.0', '30.0 | 25.0', '150.0 | 135.0', '80.0']);
const Q3 = release('Third', 'September 30', ['Q3 2026', 'Q3 2025'], ['125.0 | 112.0', '30.0 | 25.0', '155.0 | 137.0', '82.0']);

let one: Engine;
let two: Engine;
beforeAll(() => {
  one = createEngine(new KnowledgeBase([inlineRelease(Q2, 'birchmoor-2026q2.md')]));
  two = createEngine(new KnowledgeBase([inlineRelease(Q2, 'birchmoor-2026q2.md'), inlineRelease(Q3, 'birchmoor-2026q3.md')]));
});
let n = 0;
const ask = (engine: Engine, q: string) => engine.ask(q, `export-chat-${n++}`);
/** The file's rows as column → value (no field here holds a comma or a quote). */
const rows = (a: Answer) => a.file!.content.trim().split('\r\n').slice(1).map((r) => Object.fromEntries(r.split(',').map((v, i) => [EXPORT_COLUMNS[i], v])));
const HOLDS = 'Each row gives the value as printed with its unit, scale, currency and period, and the document, line and quote it is from.';

describe('export in chat, filtered', () => {
  it('everything: every figure, from its release', () => {
    const a = ask(one, 'export');
    expect(a.text).toBe(`10 figures of Synthetic Birchmoor from its release, as CSV: synthetic-birchmoor-all-facts.csv. ${HOLDS}`);
    expect(a.file).toMatchObject({ name: 'synthetic-birchmoor-all-facts.csv', mime: 'text/csv' });
    expect(rows(a)).toHaveLength(10);
    expect(a.citations).toEqual([]);
  });

  it('a line named: it and the lines under it, none other', () => {
    const a = ask(one, 'export total revenue');
    expect(a.text).toBe(`6 figures of Synthetic Birchmoor (total revenue) from its release, as CSV: synthetic-birchmoor-total-revenue-facts.csv. ${HOLDS}`);
    expect(new Set(rows(a).map((r) => r.label))).toEqual(new Set(['Product revenue', 'Service revenue', 'Total revenue']));
  });

  it('a quarter named: its figures and the balances at its end', () => {
    const a = ask(one, 'export Q2 2026 figures');
    expect(a.text).toBe(`5 figures of Synthetic Birchmoor (Q2 2026) from its release, as CSV: synthetic-birchmoor-q2-2026-facts.csv. ${HOLDS}`);
    expect(rows(a).map((r) => `${r.label} ${r.period_end} ${r.value}`).sort()).toEqual([
      'Cash and cash equivalents 2026-06-30 80',
      'Net income 2026-06-30 12',
      'Product revenue 2026-06-30 120',
      'Service revenue 2026-06-30 30',
      'Total revenue 2026-06-30 150',
    ]);
  });

  it('nothing of what was named: declined, naming the line and period', () => {
    const a = ask(one, 'export net income for Q1 2020');
    expect([a.status, a.text, a.file]).toEqual(['unknown', 'The release has no figures of net income, Q1 2020 to export.', undefined]);
  });

  it('over two releases: says how many the rows come from', () => {
    expect(ask(two, 'export').text).toBe(`20 figures of Synthetic Birchmoor from 2 releases, as CSV: synthetic-birchmoor-all-facts.csv. ${HOLDS}`);
    const a = ask(two, 'export total revenue lines');
    expect(a.text).toContain('12 figures of Synthetic Birchmoor (total revenue) from 2 releases');
    expect(new Set(rows(a).map((r) => r.document))).toEqual(new Set(['birchmoor-2026q2.md', 'birchmoor-2026q3.md']));
  });
});

describe('export in chat, two lines or two periods named', () => {
  it('two lines named: both, each with the lines under it, named in the text and the file name', () => {
    const a = ask(one, 'export net income and total revenue');
    expect(a.text).toBe(`8 figures of Synthetic Birchmoor (net income, total revenue) from its release, as CSV: synthetic-birchmoor-net-income-total-revenue-facts.csv. ${HOLDS}`);
    expect([a.derivations, a.choices]).toEqual([[], []]);
  });

  it('two quarters named: the figures of either, both named', () => {
    const a = ask(two, 'export net income for Q2 2026 and Q3 2026');
    expect(a.text).toBe(`2 figures of Synthetic Birchmoor (net income, Q2 2026, Q3 2026) from 2 releases, as CSV: synthetic-birchmoor-net-income-q2-2026-q3-2026-facts.csv. ${HOLDS}`);
    expect(rows(a).map((r) => `${r.period_end} ${r.value}`).sort()).toEqual(['2026-06-30 12', '2026-09-30 12']);
  });

  it('nothing to export is a figure the release does not give, not a question misread', () => {
    expect(ask(one, 'export net income for Q1 2020').reason).toBe('not-in-release');
  });
});
