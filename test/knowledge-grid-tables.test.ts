// ASCII grid tables in plain text ("+----+----+" borders, "|" cells, a header over several lines): set as
// the fixed-width tables the text reader reads, each cell in its place (src/knowledge/grid-tables.ts).
// Such a release was taken for markdown, its grid rows for pipe rows, and every table read as "truncated".
// Synthetic issuer, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../src/knowledge/document.js';
import { ungrid } from '../src/knowledge/grid-tables.js';
import { periodKey } from '../src/knowledge/period.js';
import { textTableBlocks } from '../src/knowledge/text-tables.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const GRID = [
  '+--------------------------+-------------+-------------+----------+',
  '|                          |   Q3 FY26   |   Q3 FY25   |  Change  |',
  '|                          | 13 wks to   | 13 wks to   |          |',
  '|                          | 29 Nov 2025 | 30 Nov 2024 |          |',
  '+--------------------------+-------------+-------------+----------+',
  '| Group revenue            |       642.3 |       605.6 |    +6.1% |',
  '| Gross profit             |       276.1 |       254.3 |    +8.6% |',
  '| Operating profit         |        48.2 |        42.0 |   +14.8% |',
  '+--------------------------+-------------+-------------+----------+',
];

describe('ungrid: a grid as a fixed-width table, line for line', () => {
  it('blanks the outer borders, keeps the border under the header as a rule, and drops the bars', () => {
    const out = ungrid(GRID);
    expect(out).toHaveLength(GRID.length);
    expect([out[0], out[8]]).toEqual(['', '']);
    expect(out[4]).toMatch(/^ -+ -+ -+ -+$/);
    // Every character of a row keeps its place.
    expect(out[5]).toBe(GRID[5]!.replace(/\|/g, ' ').trimEnd());
  });
  it('leaves a grid whose bars do not stand under its corners, and one with no bottom border, as printed', () => {
    const skewed = [GRID[0]!, '| Revenue | 642.3 | 605.6 | +6.1% |', GRID[8]!];
    expect(ungrid(skewed)).toEqual(skewed);
    expect(ungrid(GRID.slice(0, 7))).toEqual(GRID.slice(0, 7));
  });
  // Headers printed flush left in their cells stood beside the label column, not over their figures: the
  // first header was read as the corner's words and its figures as "in a column with no header".
  it('reads headers printed flush left in their cells as the headers of the figures under them', () => {
    const left = [
      '+------------------------------------+--------------+--------------+--------+',
      '| (Billions of yen)                  | 9M FY2026    | 9M FY2025    | Change |',
      '+------------------------------------+--------------+--------------+--------+',
      '| Net sales                          |      1,284.7 |      1,196.3 |  7.4%  |',
      '| Operating profit                   |        118.6 |         97.4 | 21.8%  |',
      '| Profit attributable to owners      |         86.3 |         71.5 | 20.7%  |',
      '+------------------------------------+--------------+--------------+--------+',
    ];
    const [table] = textTableBlocks(left);
    expect(table?.kind === 'table' && table.rows.map((r) => [r.cells, r.unread ?? ''])).toEqual([
      [['', '9M FY2026', '9M FY2025', 'Change'], ''],
      [['Net sales', '1,284.7', '1,196.3', '7.4%'], ''],
      [['Operating profit', '118.6', '97.4', '21.8%'], ''],
      [['Profit attributable to owners', '86.3', '71.5', '20.7%'], ''],
    ]);
  });
  // A header cell spanning two columns ("Net sales (¥ billion)" over this year and last) left the grid
  // unread, its rows taken for prose.
  it('reads a grid whose header spans columns, each figure under its own column', () => {
    const spanning = [
      '+----------------------+---------------------+---------------------+',
      '|                      | Net sales (¥ bn)    | Segment profit      |',
      '| Segment              |  9M FY26 |  9M FY25 |  9M FY26 |  9M FY25 |',
      '+----------------------+----------+----------+----------+----------+',
      '| Robotics             |    512.3 |    462.0 |     61.4 |     47.2 |',
      '| Adjustments          |        - |        - |    (13.2)|    (11.4)|',
      '+----------------------+----------+----------+----------+----------+',
    ];
    const out = ungrid(spanning);
    expect(out[4]).toBe('  Robotics                  512.3      462.0       61.4       47.2');
    expect(out[5]).toBe('  Adjustments                   -          -     (13.2)     (11.4)');
    expect(out[1]).toContain('Net sales (¥ bn)');
  });
  // A reStructuredText grid: a border under every row, "+====+" under the headers, and a border under a spanning
  // header cell beside a cell that goes on ("|      +-----+-----+"). That line ended the grid, which was left with
  // its bars, and the whole release was taken for markdown.
  it('reads a reStructuredText grid: its "=" border is the rule, every other border and an inner one no row', () => {
    const rst = [
      '+----------+------------------+',
      '| Mine     | Gold (oz)        |',
      '|          +--------+---------+',
      '|          | H1 FY26| H1 FY25 |',
      '+==========+========+=========+',
      '| North    | 221,400| 209,600 |',
      '+----------+--------+---------+',
      '| South    | 146,900| 151,300 |',
      '+----------+--------+---------+',
    ];
    const out = ungrid(rst);
    expect(out.map((l) => (/^ -+/.test(l) ? 'rule' : l.trim() ? 'text' : ''))).toEqual(['', 'text', '', 'text', 'rule', 'text', '', 'text', '']);
    expect(detectFormat(['MINE RESULTS', '=====', '', ...rst])).toBe('text');
  });
  it('a text whose only bars are a grid\'s is plain text; a markdown pipe table is still markdown', () => {
    expect(detectFormat(['RESULTS', '', ...GRID])).toBe('text');
    expect(detectFormat(['| | Q3 2025 |', '|---|---:|', '| Revenue | 1.0 |'])).toBe('markdown');
  });
});

describe('a plain-text release whose tables are grids', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease([
      'FERNHOLT HOME PLC',
      'TRADING RESULTS FOR THE 13 WEEKS ENDED 29 NOVEMBER 2025',
      '',
      'Fernholt Home plc today announces its results for the 13 weeks ended 29 November 2025 ("Q3 FY26").',
      '',
      'All figures in £ millions unless otherwise stated.',
      '',
      ...GRID,
      '',
      'REVENUE BY CHANNEL',
      '',
      '+--------------------------+-------------+-------------+----------+',
      '| £ millions               |   Q3 FY26   |   Q3 FY25   |  Change  |',
      '+--------------------------+-------------+-------------+----------+',
      '| Stores                   |       420.1 |       403.4 |    +4.1% |',
      '| Online                   |       222.2 |       202.2 |    +9.9% |',
      '| Group revenue            |       642.3 |       605.6 |    +6.1% |',
      '+--------------------------+-------------+-------------+----------+',
    ], 'fernholt.txt');
  });
  const value = (metric: string, key: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === key && f.role === 'value');
  it('reads both tables, the multi-line headers and the corner unit included', () => {
    expect(r.skipped).toEqual([]);
    expect(value('operating_profit', periodKey(r.quarter))?.value.toString()).toBe('48.2');
    expect(value('operating_profit', periodKey(r.quarter))?.unit).toMatchObject({ kind: 'money', currency: 'GBP', scale: 1e6 });
    expect(value('online', periodKey(r.quarter))?.value.toString()).toBe('222.2');
    expect(value('online', periodKey(r.quarter))?.citation.line).toBe(24);
  });
  it('dates its quarter by the header\'s "13 wks to" date', () => {
    expect(r.quarter).toMatchObject({ kind: 'duration', months: 3, end: '2025-11-29' });
  });
});

// A release of halves only has no quarter of its own: its own period is its latest dated half. It was given a
// quarter made up from that half's end, its prose's half-year figures bound to that quarter, and its columns
// named only "H1 FY26" read as the calendar's first half; such a table was then skipped by line, and is now dated
// by the halves its dated columns name so.
describe('a grid release of halves only', () => {
  let r: Release;
  beforeAll(() => {
    const half = (l: string) => l.replace('Q3 FY26', 'H1 FY26').replace('Q3 FY25', 'H1 FY25').replace(/13 wks/g, '26 wks');
    r = inlineRelease([
      'FERNHOLT HOME PLC',
      '',
      'Fernholt Home plc today announces its interim results for the 26 weeks ended 29 November 2025.',
      '',
      'Online sales rose 9.9% to £222.2m in the period.',
      '',
      'All figures in £ millions unless otherwise stated.',
      '',
      ...GRID.map(half),
      '',
      '+--------------------------+-------------+-------------+----------+',
      '| £ millions               |   H1 FY26   |   H1 FY25   |  Change  |',
      '+--------------------------+-------------+-------------+----------+',
      '| Wholesale                |       420.1 |       403.4 |    +4.1% |',
      '| Online                   |       222.2 |       202.2 |    +9.9% |',
      '| Group revenue            |       642.3 |       605.6 |    +6.1% |',
      '+--------------------------+-------------+-------------+----------+',
    ], 'fernholt-h1.txt');
  });
  it('is reported for its dated half, its prose figures of that half', () => {
    expect(r.quarter).toMatchObject({ kind: 'duration', months: 6, end: '2025-11-29' });
    const online = r.facts.find((f) => f.source === 'narrative' && f.value.toString() === '222.2' && f.role === 'value');
    expect(online && periodKey(online.period)).toBe(periodKey(r.quarter));
  });
  // (Its dated table's columns bear the names "H1 FY26" and "H1 FY25": knowledge/period-names.ts.)
  it('dates the table whose columns only name their halves by the halves its dated columns so name', () => {
    expect(r.skipped).toEqual([]);
    const wholesale = r.facts.filter((f) => f.source === 'table' && f.citation.line >= 22 && f.metric === 'wholesale' && f.role === 'value');
    expect(wholesale.map((f) => [f.value.toString(), f.period.kind === 'duration' ? f.period.end : ''])).toEqual([['420.1', '2025-11-29'], ['403.4', '2024-11-30']]);
  });
});

// A Japanese-style nine-month release: fiscal names only ("9M FY2026", "Q3 FY2026", a year named by the
// calendar year it starts in), dated by its title ("NINE MONTHS ENDED DECEMBER 31, 2026"). Read as of a
// December year, its nine months were said to end on September 30, 2026; its two-row quarter table was prose.
describe('a nine-month release named by fiscal names and dated by its title', () => {
  let ask: (q: string) => string;
  beforeAll(() => {
    const grid = (head: string[], rows: string[][]) => {
      const w = [30, 12, 12];
      const line = (cells: string[]) => `| ${cells.map((c, k) => (k ? c.padStart(w[k]! - 2) : c.padEnd(w[k]! - 2))).join(' | ')} |`;
      const border = `+${w.map((n) => '-'.repeat(n)).join('+')}+`;
      return [border, line(head), border, ...rows.map(line), border];
    };
    const engine = inlineEngine([
      'Kawabe Instruments Co., Ltd.',
      '',
      'CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2026',
      '(Fiscal year ending March 31, 2027)',
      '',
      ...grid(['(Billions of yen)', '9M FY2026', '9M FY2025'], [['Net sales', '1,284.7', '1,196.3'], ['Operating profit', '118.6', '97.4'], ['Ordinary profit', '124.9', '101.2']]),
      '',
      'Third quarter on a stand-alone basis:',
      '',
      ...grid(['(Billions of yen)', 'Q3 FY2026', 'Q3 FY2025'], [['Net sales', '446.2', '409.8'], ['Operating profit', '43.1', '33.9']]),
    ], 'kawabe.txt');
    ask = (q) => engine.ask(q, 'kawabe').text;
  });
  it('dates the nine months to December 31, 2026 and reads the two-row quarter table', () => {
    expect(ask('operating profit for the nine months')).toMatch(/118[.,]6.*nine months ended December 31, 2026|118[.,]6.*9 months ended December 31, 2026/);
    expect(ask('net sales for the quarter ended December 31, 2026')).toMatch(/446[.,]2/);
    expect(ask('net sales for the 9 months ended September 30, 2026')).not.toMatch(/1,284/);
  });
});
