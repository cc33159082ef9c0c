// A derived figure's inputs are the lines asked, as exact as the release prints them: a sum or a difference is
// worked from the statement's line where a summary or the prose rounds the same line ("Sales and Revenues $13.6"
// billion, "Total sales and revenues 13,589"); a line is the same by its name less the whole's words (rules pinned by
// test/corpus/finer-twin.jsonl); "operating income and net income" is never the cash flow's reconciling row that
// holds both names; and a ratio of figures rounded in prose is said to be about so much, with its range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sameLine, WHOLE_WORDS } from '../src/knowledge/finer-twin.js';
import { filedAsker } from './support/filed.js';
import { inlineEngine } from './support/inline.js';

type TwinCase = { rule: string; a: string; b: string; same: boolean };
const cases = readFileSync('test/corpus/finer-twin.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TwinCase);
const ask = filedAsker('derived-inputs');

describe('one line by its name, less the words that say it is the whole', () => {
  it.each(cases.map((c) => [`${c.a} ${c.same ? '=' : '≠'} ${c.b}`, c] as const))('%s', (_n, c) => {
    expect(WHOLE_WORDS.some((r) => r.name === c.rule)).toBe(true);
    expect(sameLine(c.a, c.b)).toBe(c.same);
  });
});

describe('a sum or difference is worked from the exact line (Caterpillar, filed)', () => {
  it.each([
    ['revenue plus operating income?', '$15,444 million', '13,589 + 1,855'],
    ['sales and revenues plus operating profit', '$15,444 million', '13,589 + 1,855'],
    ['sales and revenues minus operating profit', '$11.7 billion', '13,589 − 1,855'],
  ])('%s', (q, shown, how) => {
    const a = ask('cat-2022q1.htm', q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(shown);
    expect(a.text).toContain(how);
    expect(a.text).not.toContain('$13.6 billion +');
    expect(a.citations.some((c) => c.quote.includes('13,589')), JSON.stringify(a.citations)).toBe(true);
  });

  it('a share of revenue too: the statement line, not the summary in billions', () => {
    const a = ask('cat-2022q1.htm', 'operating profit as % of revenue');
    expect(a.text).toContain('13.7%');
    expect(a.text).toContain('1,855 ÷ 13,589');
  });
});

describe('"operating income and net income": net income is the income statement line (Apple, filed)', () => {
  it.each(['difference between operating income and net income?', 'gap between operating income and net income', 'operating income and net income difference'])('%s', (q) => {
    const a = ask('aapl-2024q1.htm', q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$6.5 billion');
    expect(a.text).toContain('40,373 − 33,916');
    expect(a.text).not.toMatch(/reconcile/i);
  });

  it('both lines listed are the lines named', () => {
    const a = ask('aapl-2024q1.htm', 'operating income and net income');
    expect(a.text).toContain('Net income was $33.9 billion');
    expect(a.text).not.toMatch(/reconcile/i);
  });
});

describe('a ratio of figures rounded in prose is about so much, never shown as exact', () => {
  const engine = inlineEngine([
    '# Synthetic Systems Announces Fourth Quarter 2031 Results',
    '',
    'Synthetic Systems today reported results for the fourth quarter ended December 31, 2031.',
    '',
    '- Q4 total revenues were $11.8 billion and GAAP net income was $3.2 billion in the fourth quarter of 2031.',
  ]);
  it('net income as % of revenue', () => {
    const a = engine.ask('net income as % of total revenues?', 'r1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('about 27%');
    expect(a.text).toMatch(/between 26\.\d% and 27\.\d%/);
    expect(a.text).not.toContain('27.1%');
  });
});
