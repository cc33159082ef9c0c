// Fixed-width text tables typeset the European way: a minus printed as an en dash ("–19.1"), a percent sign
// after a space ("+6.8 %"), changes in basis points; and a ratio printed bare in a table of amounts, which is
// no amount (test/corpus/text-figures.jsonl; a synthetic issuer, made-up figures).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { bareRatio } from '../src/knowledge/row-units.js';
import { figureRow } from '../src/knowledge/text-figures.js';
import { inlineRelease } from './support/inline.js';

const examples = readFileSync('test/corpus/text-figures.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: string; figures: string[] | null });

describe('figures of a fixed-width row', () => {
  it.each(examples)('$line', (ex) => {
    expect(figureRow(ex.line)?.figures.map((f) => f.text) ?? null).toEqual(ex.figures);
  });
});

describe('a ratio printed bare', () => {
  it.each([
    ['Book-to-bill ratio', true],
    ['Debt to equity ratio¹', true],
    ['Current ratio (unaudited)', true],
    ['Net debt to EBITDA (x)', false],
    ['Ratio analysis costs', false],
    ['Revenue', false],
  ])('%s → %s', (label, bare) => expect(bareRatio(label)).toBe(bare));
});

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a quarterly statement with en-dash negatives and change columns', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease([
      'Falkenau Maschinen AG – Quarterly Statement Q3 2026',
      'Bremen, 28 October 2026',
      '',
      'Falkenau grew revenue by 3.8 % in the third quarter of 2026, with order intake up 2.9 % on strong demand for its pumps.',
      '',
      'Key figures',
      'in € million                     Q3 2026   Q3 2025   Change    9M 2026   9M 2025   Change',
      'Order intake                     1,512.4   1,498.0    +0.9 %  4,544.6   4,501.2    +1.0 %',
      'Revenue                          1,488.1   1,470.3    +1.2 %  4,460.2   4,412.9    +1.1 %',
      'Book-to-bill ratio                  1.02      1.02               1.02      1.02',
      'EBITDA margin                       14.2 %    13.9 %   +30 bp    14.0 %    13.8 %   +20 bp',
      'Net income                          31.0      33.1    –6.3 %     92.4      95.0    –2.7 %',
      '',
      'Segments',
      'in € million                     Q3 2026   Q3 2025    9M 2026   9M 2025',
      'Revenue',
      '  Pumps                          1,001.5     988.0    2,902.3   2,871.4',
      '  Valves                           494.0     489.6    1,580.1   1,562.0',
      '  Consolidation                     –7.4      –7.3      –22.2     –20.5',
      '  Group                          1,488.1   1,470.3    4,460.2   4,412.9',
    ], 'falkenau.txt');
  });

  it('reads every table, negatives and all', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'revenue', '2026Q3')?.value.toString()).toBe('1488.1');
    expect(fact(r, 'net_income', '9M-2025-09-30')?.value.toString()).toBe('95');
    expect(fact(r, 'consolidation', '2026Q3')?.value.toString()).toBe('-7.4');
    expect(fact(r, 'ebitda_margin', '2026Q3')?.unit).toEqual({ kind: 'percent' });
  });

  it('never reads the bare ratio as millions of euros: order intake over revenue in every column, it is a multiple', () => {
    expect(fact(r, 'book_to_bill_ratio', '2026Q3')?.unit).toEqual({ kind: 'count', scale: 1, noun: 'times' });
  });
});
