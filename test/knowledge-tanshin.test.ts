// A Japanese-style quarterly report in plain text (test/fixtures/synthetic-tanshin-3q.txt, a synthetic issuer,
// made-up figures): the unit note set flush right on the title's line ("(Millions of yen)"), columns named by
// fiscal names and dated by their months beneath ("3Q FY2026 (Oct-Dec 2026)", "9M FY2026 (Apr-Dec 2026)") in a
// fiscal year ending in March, and row labels wrapped with a hanging indent of one space ("Medical Imaging" /
// " Systems"). Each was a whole table skipped, a quarter dated three months early, or a line named after the
// wrong half of its label.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const FILE = 'test/fixtures/synthetic-tanshin-3q.txt';
const LINES = readFileSync(FILE, 'utf8').split('\n');
let r!: Release;
beforeAll(() => {
  r = inlineRelease(LINES, 'synthetic-tanshin-3q.txt');
});
const fact = (metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a unit note set flush right over the figure columns', () => {
  it('is the table\'s note, never a column\'s header: every table loads, in millions of yen', () => {
    expect(r.skipped).toEqual([]);
    expect(fact('revenue', 'FY2026Q3')!.unit).toMatchObject({ kind: 'money', currency: 'JPY', scale: 1e6 });
  });
  it('the title beside it on its line names the table, not the first line', () => {
    expect(r.tables[0]!.unitNote).toContain('(1) Statement of income');
    expect(fact('revenue', 'FY2026Q3')).toBeDefined();
  });
});

describe('a fiscal name dated by its months ("3Q FY2026 (Oct-Dec 2026)")', () => {
  it('is the span its months are, named as the header names it', () => {
    const q = fact('revenue', 'FY2026Q3')!;
    expect([q.value.toString(), q.period]).toEqual(['93275', { kind: 'duration', end: '2026-12-31', months: 3, fiscal: { year: 2026, quarter: 3 } }]);
    expect(fact('revenue', 'FY2026-9M')!.period).toMatchObject({ end: '2026-12-31', months: 9 });
    expect(fact('revenue', 'FY2025Q3')!.value.toString()).toBe('88410');
  });
  it('dates the release\'s own quarter, so "3Q" is that quarter, and columns named without months are it too', () => {
    expect(r.quarter).toMatchObject({ end: '2026-12-31', fiscal: { year: 2026, quarter: 3 } });
    expect(fact('precision_lenses', 'FY2026Q3')!.value.toString()).toBe('42870');
    const a = inlineEngine(LINES, 'synthetic-tanshin-3q.txt').ask('3Q operating profit?', 'tanshin-3q');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('10,402');
  });
});

describe('a row label wrapped with a hanging indent of one space', () => {
  it('is one label, and the rows after it keep their own names', () => {
    expect(fact('medical_imaging_systems', 'FY2026Q3')!.value.toString()).toBe('33005');
    expect(fact('other', 'FY2026Q3')!.value.toString()).toBe('17400');
    expect(r.facts.some((f) => /medical_imaging_other|^systems$/.test(f.metric))).toBe(false);
  });
});

describe('columns headed by their months alone in a fiscal year ending in March ("Oct-Dec 2025")', () => {
  // Read as names, they were calendar quarters ("Q4 2025"), dated anew as fiscal Q4 2025 (ended March 2025).
  const lines = [
    '# Synthetic Tsubame Rail Holdings Reports Results for the Third Quarter of Fiscal 2026',
    '',
    'Synthetic Tsubame Rail Holdings today announced results for the third quarter of the fiscal year ending March 31, 2026.',
    '',
    '## Consolidated results (¥ in millions)',
    '',
    '| | Oct-Dec 2024 | Oct-Dec 2025 | Apr-Dec 2024 | Apr-Dec 2025 |',
    '|---|---|---|---|---|',
    '| Revenue | 152,300 | 161,742 | 441,080 | 468,915 |',
    '| Operating profit | 18,240 | 20,115 | 50,330 | 55,902 |',
  ];
  it('are the spans their months are, each named in the fiscal year it falls in', () => {
    const rail = inlineRelease(lines);
    const of = (period: string) => rail.facts.find((f) => f.metric === 'revenue' && periodKey(f.period) === period)?.value.toString();
    expect([of('FY2026Q3'), of('FY2025Q3'), of('FY2026-9M')]).toEqual(['161742', '152300', '468915']);
    expect(rail.facts.some((f) => /Q4/.test(periodKey(f.period)))).toBe(false);
    expect(inlineEngine(lines).ask('revenue for the quarter?', 'months-alone').text).toContain('161,742');
  });
});

describe('a summary block whose rows the reader cannot place ("80.39 yen", metric names over pairs of columns)', () => {
  // Once its unit note was read as a note, its rows were taken for headers and its forecast title (ending on a
  // date) for a period: figures read under the wrong names. Such a block is skipped, named by its line.
  const lines = [
    'SYNTHETIC MORIKAWA VALVE CO., LTD.',
    'CONSOLIDATED FINANCIAL RESULTS FOR THE FIRST QUARTER OF THE FISCAL YEAR ENDING MARCH 31, 2026',
    '',
    '',
    '(1) Consolidated operating results                       (Millions of yen, %)',
    '------------------------------------------------------------------------------',
    '                             Net sales        Operating income  Ordinary income',
    'Three months ended',
    '  June 30, 2025          148,362    6.2%    13,507    9.6%    14,235  △8.7%',
    '  June 30, 2024          139,715    4.0%    12,322  △3.1%    15,588   11.4%',
    '',
    '                         Net income attributable    Basic net income',
    '                         to owners of parent        per share',
    '  June 30, 2025               9,795      1.7%            80.39 yen',
    '  June 30, 2024               9,633     15.2%            78.06 yen',
    '',
    '3. FORECAST FOR THE FISCAL YEAR ENDING MARCH 31, 2026',
    '   (April 1, 2025 to March 31, 2026)                     (Millions of yen, %)',
    '------------------------------------------------------------------------------',
    '                  Net sales      Operating     Ordinary      Net income     EPS',
    '                                 income        income        attributable   (yen)',
    '  Full year     610,000  5.3%   58,000  7.1%  60,000  △2.4%  41,500  3.0%  340.61',
    '',
    '',
    '5. QUARTERLY CONSOLIDATED STATEMENTS OF INCOME                 (Millions of yen)',
    '------------------------------------------------------------------------------',
    '                                  Three months ended   Three months ended',
    '                                     June 30, 2024        June 30, 2025',
    'Net sales                                   139,715              148,362',
    'Operating income                             12,322               13,507',
    'Ordinary income                              15,588               14,235',
  ];
  it('its first block is read turned round, the one it cannot place skipped, and the statement below it read', () => {
    const m = inlineRelease(lines, 'synthetic-morikawa.txt');
    // (The block at line 5, its rows' dates under "Three months ended", is read turned round: its amounts as the statement
    // has them, each "%" beside them left out, never a figure of the line: test/sideways-tanshin-rows.test.ts.)
    expect(m.skipped.map((s) => s.line)).toEqual([12]);
    expect(m.skipped[0]!.reason).toContain('holds figures');
    const early = m.facts.filter((f) => f.source === 'table' && f.citation.line < 29);
    expect(early.map((f) => [f.citation.line, f.value.toString(), f.unit.kind])).toEqual(expect.arrayContaining([[9, '148362', 'money'], [10, '15588', 'money']]));
    expect(early.every((f) => f.unit.kind === 'money' && [9, 10].includes(f.citation.line))).toBe(true);
    expect(m.facts.find((f) => f.metric === 'ordinary_income' && f.source === 'table' && f.period.kind === 'duration' && f.period.end === '2025-06-30')?.value.toString()).toBe('14235');
  });
});
