// A figure that is no money in the release's currency (a KPI in cents, a count of aircraft, a grade in g/t, a cost
// per ounce in a column's header) is answered in its own unit, never in the table's currency and scale: "RASK (R$
// cents)" was answered "R$39.6 million", a fleet of 168 aircraft "R$168.0 million", a head grade "A$1.72 million".
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const airline = inlineEngine([
  '# Tucano Linhas Aéreas S.A. (synthetic) — 3Q26 Earnings Release',
  '',
  'Tucano Linhas Aéreas S.A. announces its results for the third quarter of 2026 (3Q26). Financial information is presented in millions of Brazilian reais (R$ MM), unless otherwise indicated.',
  '',
  '- **CASK ex-fuel of R$ 21.30 cents**, up 1.0% YoY.',
  '',
  '## Operating Indicators',
  '',
  '| Indicator | 3Q26 | 3Q25 |',
  '|---|---:|---:|',
  '| ASK (million) | 9,100 | 8,700 |',
  '| Load factor (%) | 83.0 | 81.0 |',
  '| Departures | 51,200 | 49,900 |',
  '| RASK (R$ cents) | 38.40 | 36.90 |',
  '| CASK ex-fuel (R$ cents) | 21.30 | 21.09 |',
  '| Fleet (end of period, aircraft) | 121 | 117 |',
  '',
  '## Income Statement (R$ MM)',
  '',
  '| R$ MM | 3Q26 | 3Q25 |',
  '|---|---:|---:|',
  '| Net operating revenue | 3,494.4 | 3,210.3 |',
  '| EBIT | 512.0 | 401.7 |',
  '',
], 'tucano-3q26.md');

const miner = inlineEngine([
  '# Karri Gold Limited (synthetic) – Half-Year Results for the six months ended 31 December 2025 (1H FY26)',
  '',
  `Karri Gold Limited reports its results for the half-year ended 31 December 2025. Karri's financial year ends on 30 June; 1H FY26 refers to the six months to 31 December 2025 and 1H FY25 to the six months to 31 December 2024. All currency is Australian dollars (A$) unless otherwise stated; "A$m" means millions of Australian dollars.`,
  '',
  '### Operations summary',
  '',
  '| A$m | 1H FY26 | 1H FY25 |',
  '|---|---|---|',
  '| Revenue | 812.4 | 640.2 |',
  '| Head grade (g/t) | 1.84 | 1.70 |',
  '| AISC (A$/oz) | 2,104 | 2,011 |',
  '',
  '### By operation',
  '',
  '| Operation | Produced 1H FY26 (oz) | Produced 1H FY25 (oz) | AISC 1H FY26 (A$/oz) | AISC 1H FY25 (A$/oz) |',
  '|---|---|---|---|---|',
  '| Jarrah Hill | 128,440 | 131,020 | 1,962 | 1,884 |',
  '| Tuart Creek | 84,215 | 88,885 | 2,318 | 2,147 |',
  '',
], 'karri-1hfy26.md');

const ask = (engine: typeof airline, q: string) => engine.ask(q, `units-${q}`).text;

describe('a KPI printed in cents', () => {
  it('is answered in cents, from the table', () => {
    const text = ask(airline, 'RASK in 3Q26?');
    expect(text).toMatch(/38\.40 cents/);
    expect(text).not.toMatch(/R\$\s?38|million/);
  });
  it('is answered in cents where the prose writes the sign before it ("R$ 21.30 cents")', () => {
    const text = ask(airline, 'CASK ex fuel in 3Q26?');
    expect(text).toMatch(/21\.30 cents/);
    expect(text).not.toMatch(/R\$21|million/);
  });
});

describe('a count in a table of operating figures', () => {
  it('counts aircraft where the unit follows a remark', () => {
    expect(ask(airline, 'fleet in 3Q26?')).toMatch(/121 aircraft/);
  });
  it('gives a line stating no unit among lines that state theirs as a number, never an amount', () => {
    const text = ask(airline, 'departures in 3Q26?');
    expect(text).toMatch(/51,200/);
    expect(text).not.toMatch(/R\$|million/);
  });
  it('keeps the amounts of the statement in the note’s currency and scale', () => {
    expect(ask(airline, 'net operating revenue in 3Q26?')).toMatch(/R\$3,494\.4 million/);
  });
});

describe('a grade and a cost per ounce', () => {
  it('gives a grade in g/t', () => {
    const text = ask(miner, 'head grade 1H FY26?');
    expect(text).toMatch(/1\.84 g\/t/);
    expect(text).not.toMatch(/A\$|million/);
  });
  it('reads a cost per ounce from its column header, never at the note’s scale', () => {
    const text = ask(miner, 'AISC at Tuart Creek 1H FY26?');
    expect(text).toMatch(/A\$2,318\b/);
    expect(text).not.toMatch(/million/);
  });
  it('declines a cost per ounce asked in US$ where the release prints it in A$ only', () => {
    const a = miner.ask('AISC in US$/oz', 'units-usd');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/2,104/);
  });
});

const buyback = inlineEngine([
  'FENWICK & ROWE PLC (synthetic)',
  'PRELIMINARY RESULTS FOR THE 52 WEEKS TO 1 MARCH 2026',
  '',
  'Fenwick & Rowe reports its results for the 52 weeks to 1 March 2026 (FY26), against the 52 weeks to 2 March 2025 (FY25).',
  '',
  'CASH FLOW',
  '',
  '                                            FY26        FY25',
  '                                              £m          £m',
  'Adjusted EBITDA                            846.2       803.5',
  'Dividends paid                            (118.5)      (96.2)',
  'Share buyback                             (100.0)          -',
  'Free cash flow                             627.7       707.3',
  '',
], 'fenwick-fy26.txt');

describe('shares bought back', () => {
  it('asks the number of shares: never the cash paid for them', () => {
    const a = buyback.ask('shares repurchased?', 'units-shares');
    expect(a.text).not.toMatch(/£100/);
    expect(a.status).toBe('unknown');
  });
  it('still gives the cash paid where it is asked', () => {
    expect(buyback.ask('share buyback FY26', 'units-cash').text).toMatch(/£100\.0 million/);
  });
});

describe('a column headed by a bare currency', () => {
  const translated = inlineEngine([
    '# Synthetic Pitangui Reports Second Quarter 2026 Results',
    '',
    'Synthetic Pitangui today reported results for the second quarter ended June 30, 2026.',
    '',
    '(R$ million, unaudited; US$ column is a convenience translation)',
    '',
    '| | 2Q25 | 2Q26 | 2Q26 (US$) |',
    '|---|---:|---:|---:|',
    '| Total revenue | 2,352.4 | 2,934.5 | 543.4 |',
    '| Net income | 304.0 | 551.1 | 102.1 |',
  ]);
  it('is in that currency at the note\'s scale: "(US$)" is no unit of its own (a price per unit, "(A$/oz)", is)', () => {
    expect(translated.ask('net income in dollars', 'units-usd').text).toContain('US$102.1 million');
  });
});
