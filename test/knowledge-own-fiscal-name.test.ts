// A release of a half whose segment table is headed only by fiscal names ("Sales 1H FY2025"), its own period dated
// elsewhere ("Six months ended Sep 30, 2025") and its fiscal year stated by its end ("the Fiscal Year Ending March 31,
// 2026"), and no sentence giving the name beside a date. The name is the release's own half by the calendar it states
// (the newer of the two years such a year may be named by), so the table is read and a question asking by the name is
// answered for the fiscal half, never the calendar's six months to June. Where the release states no fiscal year end,
// nothing dates the name: the table stays skipped. Synthetic issuer, tab-separated, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (yearEnd: string, names: [string, string]) => [
  'Consolidated Financial Results for the Six Months Ended September 30, 2025 [IFRS]',
  '',
  'Company name: Kawasemi Ceramics Co., Ltd.',
  '(Amounts of less than one million yen are rounded down.)',
  '',
  `1. Consolidated Financial Results for the First Six Months${yearEnd}`,
  '',
  '(Millions of yen)',
  '\tNet sales\tOperating profit',
  'Six months ended Sep 30, 2025\t140,210\t12,480',
  'Six months ended Sep 30, 2024\t131,050\t11,930',
  '(Millions of yen)',
  '',
  'Results by segment',
  '',
  `Segment\tNet sales ${names[0]}\tNet sales ${names[1]}\tOperating profit ${names[0]}\tOperating profit ${names[1]}`,
  'Substrates\t88,400\t80,120\t9,130\t8,870',
  'Sensors\t51,810\t50,930\t3,350\t3,060',
  'Total\t140,210\t131,050\t12,480\t11,930',
  '(Millions of yen)',
  '',
];

const segment = (r: Release, end: string) => r.facts.find((f) => f.metric.startsWith('net_sales') && f.metric.includes('sensors') && periodKey(f.period) === periodKey({ kind: 'duration', end, months: 6 }));

describe.each([
  ['named by the year it starts in', ['1H FY2025', '1H FY2024'] as [string, string], '1H FY2025', '1H FY2024'],
  ['named by the year it ends in', ['1H FY2026', '1H FY2025'] as [string, string], '1H FY2026', '1H FY2025'],
])('a segment table headed by fiscal names %s, the fiscal year stated by its end', (_, names, own, prior) => {
  let r: Release;
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    const lines = release(' of the Fiscal Year Ending March 31, 2026 (April 1, 2025 - September 30, 2025)', names);
    r = inlineRelease(lines, 'kawasemi.txt');
    engine = inlineEngine(lines, 'kawasemi.txt');
  });

  it('reads the table, its newer name the release\'s own half and the older the year before', () => {
    expect(r.skipped).toEqual([]);
    expect(segment(r, '2025-09-30')?.value.toString()).toBe('51810');
    expect(segment(r, '2024-09-30')?.value.toString()).toBe('50930');
  });

  it('answers a question asking by the name for the fiscal half, cited to its row', () => {
    const a = engine.ask(`Sensors sales in ${own}?`, `own-name-${own}`);
    expect(a.text).toMatch(/51,810/);
    expect(a.text).toMatch(/September 30, 2025/);
    expect(a.citations.map((c) => c.line)).toEqual([18]);
    expect(engine.ask(`Net sales in ${prior}?`, `own-name-${prior}`).text).toMatch(/131,050/);
  });
});

describe('the same table where the release states no fiscal year end', () => {
  it('stays skipped, named by its line: nothing dates its names', () => {
    const r = inlineRelease(release('', ['1H FY2025', '1H FY2024']), 'kawasemi.txt');
    expect(r.skipped.map((s) => s.line)).toEqual([17]);
    expect(segment(r, '2025-09-30')).toBeUndefined();
  });
});
