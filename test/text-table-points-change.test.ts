// A fixed-width table whose "Chg %" column prints a ratio's change in points written "1.5 p.p." (h33-014): the
// row was no row of figures, so it was taken for a header and the table split there, every row below it lost
// (the half-year gross margin, operating income). The change in points is never read as a % change.
// The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  'VERDEMAR FARMACEUTICA S.A.',
  'SECOND QUARTER 2026 RESULTS',
  '',
  'All amounts in R$ million unless otherwise stated.',
  '',
  'INCOME STATEMENT                              2Q26       2Q25     Chg %       1H26       1H25     Chg %',
  'Net revenue                                2,533.4    2,313.2      9.5%    4,913.0    4,530.3      8.4%',
  'Gross profit                               1,508.8    1,344.9     12.2%    2,914.9    2,629.1     10.9%',
  '  Gross margin                               59.6%      58.1%   1.5 p.p.     59.3%      58.0%   1.3 p.p.',
  'Operating income (EBIT)                      593.9      537.4     10.5%    1,133.2    1,033.3      9.7%',
  'Net income                                   384.9      336.6     14.3%      732.9      645.5     13.5%',
];

describe('a change in points written "p.p." in a % change column', () => {
  it('keeps the table whole: the rows below it are read', () => {
    const facts = inlineRelease(RELEASE, 'verdemar-2q26.txt').facts.filter((f) => f.source === 'table' && f.role === 'value');
    const of = (metric: string) => facts.filter((f) => f.metric === metric).map((f) => f.value.toString());
    expect(of('gross_margin')).toEqual(['59.6', '58.1', '59.3', '58']);
    expect(of('operating_income_ebit')).toEqual(['593.9', '537.4', '1133.2', '1033.3']);
  });

  it('answers the half-year margin, and never reads the points as a rate of change', () => {
    const engine = inlineEngine(RELEASE, 'verdemar-2q26.txt');
    expect(engine.ask('gross margin 1H25', 'a').text).toContain('58.0%');
    expect(engine.ask('net income 1H26', 'b').text).toContain('R$732.9 million');
    expect(engine.ask('gross margin change 2Q26 vs 2Q25 in %', 'c').text).not.toMatch(/\b1\.5%/);
  });
});
