// A line asked with no period that a release prints only in its forecast table's prior-year "actual" column
// (h31-020, h31-031): "EPS" on a nine-month release is the nine months' "Basic earnings per share", never the
// prior fiscal year's "Earnings per share" of the forecast table; a period named still reads that column, and
// a fuller name of another measure ("diluted", "non-controlling") is never taken for it. Made-up issuer and figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = (extra: string[] = []) => [
  'February 2, 2027',
  '',
  'Hanamizu Instruments Co., Ltd.',
  '',
  'CONSOLIDATED FINANCIAL RESULTS FOR THE NINE MONTHS ENDED DECEMBER 31, 2026',
  '(Fiscal year ending March 31, 2027 / Japanese GAAP)',
  '',
  '1. Consolidated Results for the Nine Months (April 1, 2026 - December 31, 2026)',
  '',
  '| (Billions of yen) | 9M FY2026 | 9M FY2025 |',
  '|---|---|---|',
  '| Net sales | 642.3 | 598.1 |',
  '| Operating profit | 59.2 | 48.7 |',
  '| Profit attributable to owners of parent | 43.1 | 35.8 |',
  '| Basic earnings per share (yen) | 107.31 | 87.74 |',
  ...extra,
  '',
  'Third quarter (October 1 - December 31) on a stand-alone basis:',
  '',
  '| (Billions of yen) | Q3 FY2026 | Q3 FY2025 |',
  '|---|---|---|',
  '| Net sales | 221.4 | 204.0 |',
  '| Operating profit | 21.3 | 17.2 |',
  '',
  '2. Consolidated Forecast for the Fiscal Year Ending March 31, 2027',
  '',
  '| (Billions of yen) | Previous forecast | Revised forecast | FY2025 actual |',
  '|---|---|---|---|',
  '| Net sales | 840.0 | 860.0 | 806.2 |',
  '| Profit attributable to owners | 52.0 | 56.5 | 47.3 |',
  '| Earnings per share (yen) | 129.32 | 140.51 | 116.08 |',
];

describe('a line asked with no period: the release\'s own span under its fuller name', () => {
  let engine: Engine;
  beforeAll(() => {
    engine = inlineEngine(RELEASE(), 'hanamizu-q3fy2026.md');
  });

  it.each(['EPS', 'earnings per share', 'what was EPS?'])('"%s": the nine months\' basic EPS', (q) => {
    const a = engine.ask(q, q);
    expect(a.text).toContain('¥107.31');
    expect(a.text).not.toContain('116.08');
  });

  it('"profit attributable to owners": the nine months\' profit of owners of parent', () => {
    const a = engine.ask('profit attributable to owners', 'p');
    expect(a.text).toMatch(/¥43[,.]1/);
    expect(a.text).not.toMatch(/47[,.]3/);
  });

  it('a period named still reads the column it names', () => {
    expect(engine.ask('EPS in fiscal 2025', 'f').text).toContain('¥116.08');
  });

  it('beside a diluted line too, EPS stays the basic line', () => {
    const both = inlineEngine(RELEASE(['| Diluted earnings per share (yen) | 106.90 | 87.20 |']), 'hanamizu-q3fy2026.md');
    expect(both.ask('EPS', 'd').text).not.toContain('116.08');
  });
});
