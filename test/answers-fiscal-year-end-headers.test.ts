// Columns headed by a fiscal year named by its end month, as Japanese releases print them ("FY3/2027 1Q": the
// first quarter of the year ending March 2027, April–June 2026), are read as the quarters they date. Such a
// table was skipped ("has words the reader does not know as a period: q"), and one whose headers start left of
// the figures had them taken for a note in capitals. The issuer and figures below are made up.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  'Consolidated Financial Results for the First Quarter of the Fiscal Year Ending March 31, 2027 [Japanese GAAP]',
  'August 6, 2026',
  'Company name: Synthetic Tsubame Instruments Co., Ltd.',
  '',
  'Operating profit for the three months ended June 30, 2026 increased 12.0% year on year to 4,480 million yen.',
  '',
  '5. Segment Information (Three months ended June 30)                 (Millions of yen)',
  '                                        FY3/2026 1Q        FY3/2027 1Q',
  '  Net sales',
  '    Sensors                                 30,000             33,000',
  '    Pumps                                   20,000             21,500',
  '    Total                                   50,000             54,500',
  '',
  '6. Supplementary Information: EBITDA                           (Millions of yen)',
  '                                        FY3/2026 1Q        FY3/2027 1Q',
  '  Operating profit                          4,000              4,480',
  '  Depreciation and amortization             1,100              1,250',
  '  EBITDA                                    5,100              5,730',
  '',
  'EBITDA is not a measure defined under Japanese GAAP. The Company defines EBITDA as operating profit plus depreciation',
  'and amortization.',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(RELEASE, 'synthetic-tsubame-1q-fy2027.txt');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `fy-end-${n++}`);

describe('columns headed "FY3/2027 1Q" are the quarters they date', () => {
  it.each([
    ['EBITDA?', '¥5,730.0 million in fiscal Q1 2027'],
    ['EBITDA in 1Q FY3/27', '¥5,730.0 million in fiscal Q1 2027'],
    ['EBITDA a year ago', '¥5,100.0 million in fiscal Q1 2026'],
    ['depreciation and amortization FY3/2026 1Q', '¥1,100.0 million in fiscal Q1 2026'],
    ['operating profit a year ago', '¥4,000.0 million in fiscal Q1 2026'],
  ])('%s', (q, want) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });

  it('a measure the issuer says it defines is defined, with its figure', () => {
    const a = ask('ebitda - how defined and what was it this q');
    expect(a.text).toContain('operating profit plus depreciation');
    expect(a.text).not.toMatch(/doesn't define/);
  });

  it('a quarter the columns do not give is declined, never answered with another', () => {
    const a = ask('EBITDA in 2Q FY3/27');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/5,730|5,100/);
  });
});
