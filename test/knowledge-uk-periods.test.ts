// UK releases name their period over two years and date it "to" a day-first date: "Q3 2025/26", "the
// 13 weeks to 1 November 2025", their tables printed as pipe tables without outer pipes. Such a release
// loads, its quarter ends where its words say, and a bare year beside a shorter span ("(2024/25: £95.0
// million)" of 39 weeks) is no full year's figure. The issuer and figures below are made up.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from '../src/knowledge/build.js';
import { parseReleaseText } from '../src/knowledge/document.js';
import { periodLabel } from '../src/knowledge/period.js';

const RELEASE = [
  '# Harrowgate Stores plc: Third Quarter Trading Update',
  '',
  '**For the 13 weeks to 1 November 2025 (Q3 FY2025/26)**',
  '',
  'Harrowgate Stores plc today reports trading for the third quarter of its 2025/26 financial year, which ends on 31 January 2026.',
  'Contact: investor relations | press office',
  '',
  '## Trading',
  '',
  '£m | Q3 2025/26 | Q3 2024/25',
  '---|---:|---:',
  'Revenue | 512.4 | 498.1',
  'Operating profit | 40.2 | 37.9',
  '',
  '## Year to date (39 weeks)',
  '',
  '- Year-to-date operating profit was £101.3 million (2024/25: £95.0 million).',
].join('\n');

describe('a UK release: split-year names, "weeks to" a day-first date, pipe rows without outer pipes', () => {
  let r: ReturnType<typeof buildRelease>;
  beforeAll(() => {
    r = buildRelease(parseReleaseText('harrowgate.md', RELEASE));
  });
  const values = (metric: string) => r.facts.filter((f) => f.metric === metric).map((f) => `${f.value.toString()} ${periodLabel(f.period)} ${f.period.kind === 'duration' ? f.period.end : f.period.date}`);

  it('loads, its quarter the 13 weeks to 1 November 2025', () => {
    expect(r.quarter).toMatchObject({ kind: 'duration', months: 3, end: '2025-11-01' });
    expect(periodLabel(r.quarter)).toBe('Q3 2025/26');
  });
  it('reads the table without outer pipes, each column its quarter', () => {
    expect(values('revenue')).toEqual(expect.arrayContaining(['512.4 Q3 2025/26 2025-11-01', expect.stringMatching(/^498\.1 Q3 2024\/25 2024-1[01]-/)]));
  });
  it('keeps a prose line with a "|" as text, not a table', () => expect(r.tables).toHaveLength(1));
  it('a year-to-date figure is the 39 weeks; a bare year beside it is no full year', () => {
    expect(values('year_to_date_operating_profit_in_the_39_weeks')).toEqual(['101.3 the 9 months ended November 1, 2025 2025-11-01']);
    expect(r.facts.filter((f) => f.value.toString() === '95')).toEqual([]);
  });
});
