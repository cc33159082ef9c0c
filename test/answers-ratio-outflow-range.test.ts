// Three ways a figure took a unit or a sign it does not have (hunt37): a ratio, margin or rate with no money unit
// of its own was given the table's currency and scale ("Book-to-bill was €1.08 million", "Adjusted EBITDA margin %
// was $4.60 million", "TRIFR (per million hours worked) was A$2.10 million"); an outflow printed with a minus sign
// was subtracted again ("op cash flow less PP&E investments" = 1,102 − -401); a range's scale after its high end
// ("SEK 850–950 m") was lost ("between SEK 850 and SEK 950").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Norrby Kemi (synthetic) interim report, second quarter 2026',
    '',
    'Norrby Kemi today reported results for the second quarter ended June 30, 2026.',
    '',
    '## Key figures (SEK m)',
    '',
    '| | Q2 2026 | Q2 2025 | H1 2026 | H1 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Order intake | 2,412.0 | 2,260.5 | 4,790.1 | 4,480.2 |',
    '| Net sales | 2,215.3 | 2,098.7 | 4,402.6 | 4,130.0 |',
    '| Book-to-bill | 1.09 | 1.08 | 1.09 | 1.08 |',
    '| Adjusted EBITDA | 341.2 | 309.4 | 668.0 | 601.1 |',
    '| Adjusted EBITDA margin % | 15.4 | 14.7 | 15.2 | 14.6 |',
    '| TRIFR (per million hours worked) | 2.1 | 2.6 | 2.3 | 2.7 |',
    '',
    '## Condensed cash flow statement (SEK m)',
    '',
    '| | Q2 2026 | Q2 2025 | H1 2026 | H1 2025 |',
    '|---|---:|---:|---:|---:|',
    '| Cash flow from operating activities | 688 | 541 | 1,102 | 897 |',
    '| Investments in property, plant and equipment | -214 | -188 | -401 | -366 |',
    '| Cash flow from investing activities | -214 | -188 | -401 | -366 |',
    '| Payment for acquisition of subsidiaries, net of cash acquired | 0 | 0 | -512 | 0 |',
    '| Dividend paid | -298 | -273 | -298 | -273 |',
    '| Cash flow from financing activities | -298 | -273 | -298 | -273 |',
    '',
    '## Outlook',
    '',
    'Capital expenditure for 2026 is expected to be SEK 850–950 m, including the relocation of production.',
  ]);
});

let n = 0;
const said = (q: string) => engine.ask(q, `ratio-outflow-range-${n++}`).text;

describe('a ratio, margin or rate with no money unit of its own', () => {
  it('a "%" in its name is a percentage, never an amount', () => {
    const a = said('adjusted EBITDA margin Q2 2025');
    expect(a).toContain('14.7%');
    expect(a).not.toMatch(/SEK\s?14\.7|14\.7 million/);
  });

  it('a rate per million hours is said in its own unit', () => {
    const a = said('TRIFR H1 2026');
    expect(a).toMatch(/2\.3 per million hours worked/);
    expect(a).not.toMatch(/SEK|2\.3 million/);
  });

  it('a bare book-to-bill, order intake over net sales in every column, is a multiple with no currency', () => {
    const a = said('book-to-bill Q2 2026');
    expect(a).toContain('1.09 times');
    expect(a).not.toMatch(/SEK\s?1\.09|1\.09 million/);
  });
});

describe('an outflow printed with a minus sign', () => {
  it('is subtracted by its size', () => {
    const a = said('H1 2026 cash flow from operating activities less investments in property, plant and equipment');
    expect(a).toContain('SEK 701');
    expect(a).not.toContain('1,503');
  });

  it('whatever it buys, and whatever its qualifier names', () => {
    const a = said('H1 2026 cash flow from operating activities minus payment for acquisition of subsidiaries');
    expect(a).toContain('SEK 590');
    expect(a).not.toContain('1,614');
  });

  it('and its change is of its size', () => {
    const a = said('investments in property, plant and equipment H1 2026 yoy');
    expect(a).toContain('SEK 401');
    expect(a).toMatch(/up 9\.6%/);
  });
});

describe("a range's scale after its high end", () => {
  it('is both ends\' scale', () => {
    const a = said('capex guidance');
    expect(a).toMatch(/SEK 850 million and SEK 950 million|SEK 850-950 million|SEK 850–950 million/);
  });
});
