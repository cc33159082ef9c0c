// Columns named only by fiscal names ("9M FY2025") in a release of nine months are dated where the release
// defines the name by its days ('"9M FY2025" is the nine months from April 1, 2025 to December 31, 2025'); they
// were skipped ("named only by fiscal names, which a release of halves or years only does not date"). Where no
// sentence dates the name, the table stays skipped. The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const nineMonths = (definition: string[]) => [
  'SYNTHETIC KAEDE HOTELS, INC.',
  'Consolidated Financial Results for the Nine Months Ended December 31, 2025 [Japanese GAAP]',
  '(Fiscal year ending March 31, 2026)',
  '',
  ...definition,
  '',
  'For the nine months ended December 31, 2025, net sales rose 10.0% year on year to 22,000 million yen.',
  '',
  '2. CONSOLIDATED STATEMENT OF INCOME (cumulative)                 (Millions of yen)',
  '',
  '                                               9M FY2024      9M FY2025',
  'Net sales                                         20,000         22,000',
  'Operating profit                                   2,500          3,100',
  'Profit attributable to owners of parent            1,600          2,050',
];

const DEFINED = ['(Amounts are in millions of yen. "9M FY2025" is the nine months from April 1, 2025 to December 31, 2025;', ' "9M FY2024" is the nine months from April 1, 2024 to December 31, 2024.)'];

describe('fiscal names the release defines by their days date its columns', () => {
  it.each([
    ['operating profit', '¥3,100.0 million'],
    ['operating profit a year ago', '¥2,500.0 million'],
    ['profit attributable to owners of parent', '¥2,050.0 million'],
    // "9M" is the release's own nine months, which its columns name "9M FY2025" and a sentence dates (one span named
    // two ways: its fiscal name's figures, never declined as two periods).
    ['operating profit 9M', '¥3,100.0 million'],
    ['9M net sales', '¥22,000.0 million'],
  ])('%s', (q, want) => {
    const a = inlineEngine(nineMonths(DEFINED), 'synthetic-kaede-3q-fy2025.txt').ask(q, 'defined');
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });

  // (Undefined but with the fiscal year stated by its end, the newer name is the release's own nine months: own-name.ts.)
  it('undefined and no fiscal year end stated, the names date nothing: the table stays skipped, saying why', () => {
    const r = inlineRelease(nineMonths([]).filter((l) => !/^\(Fiscal year ending/.test(l)), 'synthetic-kaede-3q-fy2025.txt');
    expect(r.skipped.map((s) => s.reason).join(' ')).toMatch(/named only by fiscal names/);
    expect(r.facts.some((f) => f.value.toString() === '3100')).toBe(false);
  });
});
