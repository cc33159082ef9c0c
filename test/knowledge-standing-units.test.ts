// Where a release states its tables' unit other than in a note above each table (synthetic issuers, made-up
// figures): once for the whole document ("Unless otherwise stated, all figures are in £ millions"), or at
// the end of the table's heading ("Group income statement (€m)"); and balance columns headed "Dec/24",
// "Sep-25". Each used to leave its tables unread.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a standing unit in the preamble, and balance columns headed "Dec/24 | Sep/25"', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      '# Brindle Retail plc – results for the second quarter of 2025',
      '',
      'Unless otherwise stated, all figures are in £ millions.',
      '',
      '## Group income statement',
      '',
      '| | Q2 2024 | Q2 2025 |',
      '|---|---:|---:|',
      '| Revenue | 1,180.4 | 1,245.9 |',
      '| Operating profit | 80.1 | 92.3 |',
      '',
      '## Balance sheet',
      '',
      '| | Dec/24 | Sep/25 |',
      '|---|---:|---:|',
      '| Net debt | 410.2 | 388.7 |',
    ], 'brindle.md');
  });

  it('reads both tables at the standing unit, the prior year\'s column first', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'revenue', '2025Q2')!.value.toString()).toBe('1245.9');
    expect(fact(r, 'revenue', '2024Q2')!.unit).toEqual({ kind: 'money', currency: 'GBP', scale: 1e6 });
    expect(fact(r, 'net_debt', '2024-12-31')!.value.toString()).toBe('410.2');
    expect(fact(r, 'net_debt', '2025-09-30')!.unit).toEqual({ kind: 'money', currency: 'GBP', scale: 1e6 });
  });
});

describe('a second layout: the unit at the end of each heading, in thousands, with "Sep-25" columns', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease([
      'Ostara Foods AG - Q3 2025 trading update',
      '',
      '## Key figures (EUR thousand)',
      '',
      '| | Q3 2025 | Q3 2024 |',
      '|---|---:|---:|',
      '| Net sales | 84,120 | 79,455 |',
      '',
      '## Financial position (€m)',
      '',
      '| | Sep-25 | Dec-24 |',
      '|---|---:|---:|',
      '| Cash and equivalents | 61.4 | 55.0 |',
      '',
      'All amounts are presented in thousands unless otherwise noted; the next table is in units.',
    ], 'ostara.md');
  });

  it('reads each table at its heading\'s unit', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'net_sales', '2025Q3')!.unit).toEqual({ kind: 'money', currency: 'EUR', scale: 1e3 });
    expect(fact(r, 'cash_and_equivalents', '2025-09-30')!.unit).toEqual({ kind: 'money', currency: 'EUR', scale: 1e6 });
    expect(fact(r, 'cash_and_equivalents', '2024-12-31')!.value.toString()).toBe('55');
  });
});

describe('a heading whose parentheses state no unit', () => {
  it('leaves a table with no other unit unread, as before', () => {
    expect(() => inlineRelease(['# Ostara Foods AG - Q3 2025 trading update', '', '## Key figures (unaudited)', '', '| | Q3 2025 | Q3 2024 |', '|---|---:|---:|', '| Net sales | 84,120 | 79,455 |'], 'ostara2.md')).toThrow(/no unit note states the scale/);
  });
});

// A table headed by a price per unit ("($/boe)"), in markdown and text: the document's "thousands" is not its scale
// (h54: "-11.84" a boe was stored as C$11,840 and offered as a choice).
describe.each([
  ['markdown', 'tallgrass.md', ['| ($/boe) | Q3 2026 | Q3 2025 |', '|---|---:|---:|', '| Operating costs | 11.84 | 12.42 |']],
  ['text', 'tallgrass.txt', ['$/boe                          Q3 2026     Q3 2025', '  Operating costs                 11.84       12.42']],
])('a per-unit table under a standing note of thousands, %s', (_, name, table) => {
  it('never reads its figures at the note\'s scale', () => {
    const lines = ['Tallgrass Resources Ltd. reports third quarter 2026 results', '', 'All amounts are in Canadian dollars and thousands, unless otherwise noted.', '', '## Per-unit costs', '', ...table];
    let r: Release | undefined;
    try { r = inlineRelease(lines, name); } catch { r = undefined; }
    const scaled = r?.facts.filter((f) => f.source === 'table' && f.unit.kind === 'money' && f.unit.scale !== 1) ?? [];
    expect(scaled).toEqual([]);
  });
});
