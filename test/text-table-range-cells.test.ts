// A fixed-width guidance table prints each range in one cell, its dash between single spaces ("250 - 280"): read
// as three figures, the high end stood in the dash's column and the row was unread, and the outlook reader read
// the row's first cell alone as a point guidance at the low end (bindarra L112: "A$250 million" for "250 - 280").
// A range is one cell; a row whose figures cannot be placed gives no guidance. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/knowledge/blocks.js';
import { outlookTables } from '../src/knowledge/outlook-tables.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  'KOOKABURRA RESOURCES LIMITED',
  'QUARTERLY ACTIVITIES REPORT FOR THE QUARTER ENDED 30 SEPTEMBER 2026',
  '',
  'Revenue for the quarter was A$412.5 million, up 8.1% on the June quarter.',
  '',
  'FY27 GUIDANCE',
  '                                   Units         FY27 guidance',
  'Sustaining capital expenditure       A$M             250 - 280',
  'Growth capital expenditure           A$M             370–400',
  'Exploration expenditure              A$M                   45',
  '',
  'Production is expected to be weighted to the second half.',
];

describe('a range printed in one cell of a fixed-width guidance table', () => {
  it('reads both ends, with a spaced hyphen or an en dash', () => {
    const facts = inlineRelease(RELEASE, 'kookaburra-sep26.txt').facts;
    const ends = (metric: string) => facts.filter((f) => f.metric.startsWith(metric)).map((f) => `${f.role} ${f.value.toString()}`).sort();
    expect(ends('sustaining_capital_expenditure')).toEqual(['high 280', 'low 250']);
    expect(ends('growth_capital_expenditure')).toEqual(['high 400', 'low 370']);
  });

  it('answers the range, never its low end as the guidance', () => {
    const engine = inlineEngine(RELEASE, 'kookaburra-sep26.txt');
    const text = engine.ask('FY27 sustaining capex guidance', 'a').text;
    expect(text).toContain('A$250 million and A$280 million');
    expect(engine.ask('growth capex guide', 'b').text).toContain('A$400 million');
  });
});

describe('a guidance row whose figures could not be placed in their columns', () => {
  it('gives no guidance sentence: its cells are a guess', () => {
    const row = (line: number, cells: string[], unread?: string) => ({ line, cells, ...(unread ? { unread } : {}) });
    const table: TableBlock = {
      kind: 'table',
      title: 'FY27 GUIDANCE',
      unitNote: '',
      rows: [row(7, ['', 'FY27 guidance']), row(8, ['Sustaining capex (A$M)', '250'], '"280" stands in the same column as "-"'), row(9, ['Growth capex (A$M)', '370 - 400'])],
    };
    const said = outlookTables([table]).map((b) => (b.kind === 'table' ? '' : b.text));
    expect(said).toEqual(['FY27 guidance: Growth capex (A$M) A$370 million - A$400 million.']);
  });
});
