// Fixed-width statements centre each column's year under its date; over a "$"-led column the year can start
// left of the figures' first digit. It is still that column's year (it was once taken for a title, so the
// current quarter's column had no period, the prior year's was read as the release's quarter and every
// fiscal period was named a year late). Synthetic document, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';
import { periodKey } from '../src/knowledge/period.js';

const LINES = [
  'SYNTHETIC TRAIL SUPPLY, INC. REPORTS SECOND QUARTER FISCAL 2026 RESULTS',
  '',
  'Synthetic Trail Supply today announced results for the thirteen weeks ended August 1, 2026 (the "second quarter of fiscal 2026").',
  '',
  '                    CONDENSED CONSOLIDATED STATEMENTS OF INCOME',
  '                        (In thousands, except per share amounts)',
  '',
  '                                              Thirteen Weeks Ended              Twenty-Six Weeks Ended',
  '                                          August 1,       August 2,          August 1,       August 2,',
  '                                            2026            2025               2026            2025',
  'Net sales                                 $    612,480  $    583,915    $  1,158,306  $  1,109,842',
  'Cost of sales, buying and occupancy            378,905       367,120         724,512       702,215',
  'Gross profit                                   233,575       216,795         433,794       407,627',
];

describe('a year centred over a "$"-led column of a fixed-width table', () => {
  let r!: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(LINES, 'synthetic.txt');
  });
  const sales = (key: string) => r.facts.find((f) => f.metric === 'net_sales' && periodKey(f.period) === key)?.value.toString();
  it('dates the current quarter, which is the release\'s own', () => {
    expect(periodKey(r.quarter)).toBe('FY2026Q2');
    expect(sales('FY2026Q2')).toBe('612480');
  });
  it('names the prior year\'s quarter and both half years by their own fiscal years', () => {
    expect(sales('FY2025Q2')).toBe('583915');
    expect(sales('FY2026-6M')).toBe('1158306');
    expect(sales('FY2025-6M')).toBe('1109842');
  });
});
