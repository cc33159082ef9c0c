// A release with no table states its quarter in words only: the quarter is read from the words that
// date it ("the thirteen weeks ended September 28, 2024", "its fiscal fourth quarter and fiscal year
// ended ..."), and a fiscal quarter the release names keeps its fiscal name. The documents are
// synthetic (made-up issuers and figures), written inline in several wordings.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';


const CASES: { wording: string; lines: string[]; quarter: string; fact: [string, string, string] }[] = [
  {
    wording: 'a fiscal fourth quarter and fiscal year ended on a Saturday, named "fourth quarter of fiscal 2024"',
    lines: [
      '## Synthetic Stores Reports Results',
      '',
      'Synthetic Stores, Inc. today reported results for its fiscal fourth quarter and fiscal year ended September 28, 2024. The fourth quarter of fiscal 2024 is the thirteen weeks ended September 28, 2024.',
      '',
      '- Net sales of $412.5 million, up 3.1% from $400.1 million in fiscal Q4 2023.',
    ],
    quarter: 'FY2024Q4',
    fact: ['net_sales', 'FY2024Q4', '412.5'],
  },
  {
    wording: 'thirteen weeks ended, no fiscal year named: named as the calendar quarter it ends near',
    lines: ['## Synthetic Outfitters Announces Results', '', 'Synthetic Outfitters today announced results for the thirteen weeks ended June 29, 2024.', '', '- Revenue was $88.0 million.'],
    quarter: 'FY2024Q2',
    fact: ['revenue', 'FY2024Q2', '88'],
  },
  {
    wording: 'a fiscal quarter named before its dates: "the third quarter of fiscal 2025, the 13 weeks ended November 1, 2025"',
    lines: ['## Synthetic Apparel Reports Results', '', 'Synthetic Apparel, Inc. today reported results for the third quarter of fiscal 2025, the 13 weeks ended November 1, 2025.', '', '- Net sales were $301.5 million, up 4.0% from $289.9 million in the third quarter of fiscal 2024.'],
    quarter: 'FY2025Q3',
    fact: ['net_sales', 'FY2024Q3', '289.9'],
  },
  {
    wording: 'a quarter ended on a calendar quarter end, in words',
    lines: ['## Synthetic Lending Reports Results', '', 'Synthetic Lending reported its results for the quarter ended March 31, 2025.', '', '- Total revenue was RMB 1,204.6 million.'],
    quarter: '2025Q1',
    fact: ['total_revenue', '2025Q1', '1204.6'],
  },
];

describe('the quarter of a release stated in words only', () => {
  it.each(CASES)('$wording', ({ lines, quarter, fact: [metric, period, value] }) => {
    const r = inlineRelease(lines);
    expect(periodKey(r.quarter)).toBe(quarter);
    const f = r.facts.find((x) => x.metric === metric && periodKey(x.period) === period);
    expect(f?.value.toString()).toBe(value);
  });

  it('still declines a release that dates no quarter, naming why', () => {
    expect(() => inlineRelease(['## Synthetic Notes', '', 'Revenue was $5.0 million for the year.'])).toThrow(/cannot tell which quarter/);
  });
});

describe('a quarter asked by its end date, of a fiscal-year issuer', () => {
  // Fiscal Q4 2024 ended September 28, 2024: "Q4 2024" is the issuer's own name for it, but "the quarter ended
  // December 31, 2024" is another span the release does not cover (it answered fiscal Q4 2024 once).
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(CASES[0]!.lines);
  });
  const ask = (q: string) => engine.ask(q, `dated-${q}`);
  it('declines a calendar date the release has no quarter ending at, naming the date', () => {
    const a = ask('net sales for the quarter ended December 31, 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('the quarter ended December 31, 2024');
    expect(ask('net sales in the three months to 12/31/2024').status).toBe('unknown');
  });
  it('still answers the fiscal quarter by its name and by its own end date', () => {
    expect(ask('net sales Q4 2024').text).toContain('$412.5 million');
    expect(ask('net sales for the quarter ended September 28, 2024').text).toContain('$412.5 million');
  });
});
