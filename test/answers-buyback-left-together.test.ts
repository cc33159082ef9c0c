// A buyback extended, its sentence printing what is left under the original plan "together with" the extension and the
// whole available (hl48-208: "A$62.0 million remained ... as of June 30, 2028" for "how much buyback capacity remains";
// the release prints A$162.0 million available, and 30 June 2028 is the date the plan runs to, no date of a figure).
// The amount spent, printed "a cost of A$88.0 million" after the price, is cited, never worked out as the plan's size
// less what is left (hl48-207). The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  'BRUSHTAIL METALS LIMITED',
  'HALF-YEAR REPORT FOR THE SIX MONTHS ENDED 31 DECEMBER 2026',
  '',
  'Revenue for the half was A$1,204.5 million, up 9% on the prior corresponding period.',
  '',
  'CAPITAL MANAGEMENT',
  '',
  'During the half the Company bought back 8.1 million shares on-market at an average price of',
  'A$5.40 per share, a cost of A$43.7 million. The Board has extended the on-market buy-back by',
  'A$50.0 million; together with A$31.3 million remaining under the original A$75.0 million',
  'program, A$81.3 million is available for further purchases through to 30 June 2028.',
];

describe('a buyback extended: the whole left, and the amount spent as printed', () => {
  const engine = inlineEngine(RELEASE, 'brushtail-h1.txt');
  it('answers the whole available, never the original plan’s part alone, and dates it by no plan’s end', () => {
    const a = engine.ask('how much buyback capacity remains', 'a');
    expect(a.text).toMatch(/^A\$81\.3 million remained/);
    expect(a.text).not.toMatch(/^A\$31\.3 million/);
    expect(a.text).not.toMatch(/as of June 30, 2028/);
  });
  it('cites the amount spent in the half', () => {
    const a = engine.ask('how much did they spend on buybacks in the half', 'b');
    expect(a.text).toContain('A$43.7 million');
    expect(a.text).not.toMatch(/A\$75\.0 million − /);
    expect(a.citations.some((c) => c.quote.includes('A$43.7 million'))).toBe(true);
  });
});
