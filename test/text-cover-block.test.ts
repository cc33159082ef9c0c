// A filing's cover block of keys and values ("Code number:       6947", "Representative:   Kenji Ōtake, President"), as
// Japanese summaries open: the code number was read as a row of figures, which set the label column of the table
// below it, and the cover lines became that table's column headers; hoshimura-fy2026.txt did not load ("cannot tell
// which quarter"). A key and its one value is no row and no header. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  'Consolidated Financial Results for the Three Months Ended June 30, 2026',
  '',
  'Company name:      Synthetic Tsubaki Seiko Co., Ltd.',
  'Stock exchange:    Tokyo Stock Exchange, Prime Market',
  'Code number:       6921',
  'Representative:    Aiko Tanabe, President and Representative Director',
  '',
  '(Millions of yen)',
  '                             Three months ended    Three months ended',
  '                                  June 30, 2026         June 30, 2025',
  '   Net sales                             84,210                79,455',
  '   Operating profit                       7,930                 6,812',
  '   Profit attributable to owners          5,405                 4,611',
];

describe('a cover block of keys and values above the first table', () => {
  it('loads the table below it, headed by its own periods', () => {
    const facts = inlineRelease(RELEASE, 'tsubaki-1q.txt').facts.filter((f) => f.metric === 'net_sales');
    expect(facts.map((f) => `${f.value.toString()} ${f.period.kind === 'duration' ? f.period.end : ''}`).sort()).toEqual(['79455 2025-06-30', '84210 2026-06-30']);
  });

  it('answers from it, and never takes the code number for a figure', () => {
    const engine = inlineEngine(RELEASE, 'tsubaki-1q.txt');
    expect(engine.ask('net sales?', 'a').text).toContain('¥84,210.0 million');
    expect(engine.ask('operating profit a year earlier', 'b').text).toContain('¥6,812.0 million');
    expect(engine.ask('code number?', 'c').text).not.toMatch(/6,921/);
  });
});
