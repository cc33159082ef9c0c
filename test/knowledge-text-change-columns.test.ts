// A plain-text statement as Indian issuers print it: a "YoY" column of signed stated changes between the
// period columns, a second table whose column headers repeat right under the first, periods named only by
// fiscal names ("Q3 FY26", "9M FY26") and dated by the release's own words ("the quarter and nine months ended
// 31 December 2025"), and rows whose labels state their own unit inside a "₹ in crore" table.
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  "SYNTHETIC — invented issuer, for testing",
  "",
  "KAVERI TEXTILE MILLS LIMITED",
  "",
  "KAVERI TEXTILE MILLS ANNOUNCES RESULTS FOR THE QUARTER AND NINE MONTHS ENDED 31 DECEMBER 2025",
  "",
  "Chennai: The Board approved the results for the third quarter (Q3 FY26) and nine months",
  "(9M FY26) ended 31 December 2025. The Company's financial year runs from 1 April to 31 March.",
  "",
  "Capital expenditure for 9M FY26 was ₹412.5 crore, and the Board expects to spend about",
  "₹600 crore.",
  "",
  "FINANCIAL RESULTS",
  "(₹ in crore)",
  "-------------------------------------------------------------------------------------",
  "Particulars                       Q3 FY26    Q3 FY25        YoY    9M FY26    9M FY25",
  "-------------------------------------------------------------------------------------",
  "Revenue from operations           1,204.6    1,118.3      +7.7%    3,480.2    3,301.9",
  "Finance costs                        41.2       45.9     -10.2%      127.4      139.0",
  "Net profit                           96.3       81.0     +18.9%      270.1      229.4",
  "-------------------------------------------------------------------------------------",
  "",
  "OPERATING METRICS",
  "-------------------------------------------------------------------------------------",
  "Particulars                       Q3 FY26    Q3 FY25        YoY    9M FY26    9M FY25",
  "-------------------------------------------------------------------------------------",
  "Yarn sold (mn kg)                    38.4       36.1      +6.4%      110.7      104.2",
  "Realisation per kg (₹)                314        310      +1.3%        314        317",
  "Spindle utilisation (%)              91.2       88.7                  90.4       87.9",
  "-------------------------------------------------------------------------------------",
];

describe('a fixed-width statement with a stated-change column between its period columns', () => {
  let r: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(LINES, 'kaveri.txt');
  });
  const fact = (metric: string, key: string, role = 'value') => r.facts.find((f) => f.metric === metric && periodKey(f.period) === key && f.role === role);

  it('loads every table: the change column is no period column', () => {
    expect(r.skipped).toEqual([]);
    expect(fact('revenue_from_operations', 'FY2026Q3')?.value.toString()).toBe('1204.6');
    expect(fact('revenue_from_operations', 'FY2026-9M')?.value.toString()).toBe('3480.2');
  });
  it('reads a signed change as the change it states, against the year-ago quarter', () => {
    const down = fact('finance_costs', 'FY2026Q3', 'change');
    expect(down?.value.toString()).toBe('-10.2');
    expect(down?.basis && periodKey(down.basis)).toBe('FY2025Q3');
    expect(fact('net_profit', 'FY2026Q3', 'change')?.value.toString()).toBe('18.9');
  });
  it('reads the second table under its own headers', () => {
    expect(fact('yarn_sold', 'FY2026Q3')?.value.toString()).toBe('38.4');
    expect(r.tables.map((t) => t.title)).toEqual(['FINANCIAL RESULTS', 'OPERATING METRICS']);
  });
  it('dates the fiscal quarter and nine months by the release, not by a calendar reading of their names', () => {
    expect(r.quarter.kind === 'duration' && r.quarter.end).toBe('2025-12-31');
    const nine = fact('net_profit', 'FY2026-9M');
    expect(nine?.period.kind === 'duration' && nine.period.end).toBe('2025-12-31');
    const prior = fact('net_profit', 'FY2025-9M');
    expect(prior?.period.kind === 'duration' && prior.period.end).toBe('2024-12-31');
  });
});

describe('answers from it', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES, 'kaveri.txt');
  });
  const ask = (q: string) => engine.ask(q, `kaveri-${q}`).text;
  it('gives a volume in its own unit and an amount per kg in rupees', () => {
    expect(ask('yarn sold in Q3 FY26?')).toMatch(/38\.4 million kg/);
    expect(ask('yarn sold in Q3 FY26?')).not.toMatch(/₹|crore/);
    expect(ask('realisation per kg in Q3 FY26?')).toMatch(/₹314(?![\d,]| crore)/);
  });
  it('names the nine months by their real end', () => {
    const text = ask('net profit for 9M FY26?');
    expect(text).toContain('270.1');
    expect(text).toContain('December 31, 2025');
    expect(text).not.toContain('2026 (');
  });
});
