// A fixed-width table's caption that ends with its unit ("Key figures (in EUR million, unless otherwise
// stated)") may run on over the first columns: it is the table's title and unit note, no part of a column's
// header. It was merged into the first column's header ("Key figures (in EUR million ...) Q4 2024/25") and
// the table skipped, so the release did not load. Synthetic issuer, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const LINES = [
  'LINDQVIST PUMPEN AG',
  'Press release - Results for the fourth quarter and fiscal year 2024/25',
  '',
  'Lindqvist Pumpen AG today published its results for the fourth quarter (1 July to 30 September 2025) and for',
  'the fiscal year 2024/25 (1 October 2024 to 30 September 2025).',
  '',
  'Key figures (in EUR million, unless otherwise stated)',
  '',
  '                               Q4 2024/25  Q4 2023/24   Change   FY 2024/25  FY 2023/24   Change',
  '  Revenue                         1,412.6     1,398.1    +1.0%       5,602.3     5,577.0    +0.5%',
  '  EBIT                              141.7       138.2    +2.5%         550.5       543.9    +1.2%',
  '  Net income                         98.4        95.5    +3.0%         402.6       399.3    +0.8%',
];

describe('a caption with its unit note over a fixed-width table of a fiscal Q4 and its full year', () => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease(LINES, 'lindqvist.txt');
  });
  const value = (metric: string, key: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === key && f.role === 'value');
  it('reads the table in EUR millions, the quarter and the year in their columns', () => {
    expect(r.skipped).toEqual([]);
    expect(periodKey(r.quarter)).toBe('FY2025Q4');
    expect(value('revenue', 'FY2025Q4')?.unit).toMatchObject({ kind: 'money', currency: 'EUR', scale: 1e6 });
    expect(value('revenue', 'FY2025Q4')?.value.toString()).toBe('1412.6');
    expect(value('net_income', 'FY2024')?.value.toString()).toBe('399.3');
  });
});
