// Segment tables the reader left half read, and a question about a segment's figure then answered with a row of
// another table (hl48 class 2: h48-177, h48-196, h48-154, h48-179). A fixed-width segment table with grouped column
// headers and "–" for nil, a balance sheet whose first date stands beside the unit, and markdown tables naming their
// segment in the header's corner cell. The issuers and figures are made up.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const MINER = [
  'KARRAWANG MINING LIMITED',
  '',
  'HALF-YEAR RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2026 (H1 FY27)',
  '',
  'All figures are in Australian dollars (A$) unless otherwise stated. The Group\'s financial year ends on 30 June.',
  '',
  '',
  'FINANCIAL SUMMARY',
  '',
  'A$ million                               H1 FY27     H1 FY26    Change',
  '-------------------------------------------------------------------------',
  'Revenue                                   2,122.6     1,957.1        8%',
  'Underlying EBITDA                           867.5       752.1       15%',
  'Statutory NPAT                              410.2       388.0        6%',
  'Capital expenditure                         291.7       272.6        7%',
  '-------------------------------------------------------------------------',
  '',
  '',
  'RECONCILIATION OF STATUTORY TO UNDERLYING NPAT',
  '',
  'A$ million                                          H1 FY27     H1 FY26',
  '-------------------------------------------------------------------------',
  'Statutory NPAT                                        410.2       388.0',
  'Impairment of Yarrow project                           80.0           –',
  'Gain on sale of royalty                                   –      (21.5)',
  'Underlying NPAT                                       490.2       366.5',
  '-------------------------------------------------------------------------',
  '',
  '',
  'SEGMENT RESULTS',
  '',
  'A$ million            Revenue             Underlying EBITDA       Capital expenditure',
  '                  H1 FY27   H1 FY26      H1 FY27   H1 FY26       H1 FY27   H1 FY26',
  '-------------------------------------------------------------------------------------',
  'Zinc              1,420.5   1,301.2        610.4     540.8         201.3     188.0',
  'Silver              702.1     655.9        298.7     251.2          90.4      84.6',
  'Corporate/other         –         –       (41.6)    (39.9)             –         –',
  '-------------------------------------------------------------------------------------',
  'Group             2,122.6   1,957.1        867.5     752.1         291.7     272.6',
  '',
  '',
  'PRODUCTION',
  '',
  '                                           H1 FY27     H1 FY26',
  '-------------------------------------------------------------------------',
  'Zinc production (kt)                        120.4       112.9',
  'Silver production (Moz)                       6.2         5.8',
  'Silver all-in sustaining cost (A$/oz)       21.40       22.10',
  '-------------------------------------------------------------------------',
  '',
  '',
  'BALANCE SHEET',
  '',
  'A$ million                          31 December 2026     30 June 2026',
  '-------------------------------------------------------------------------',
  'Cash and cash equivalents                      402.7            388.3',
  'Total equity                                 5,810.4          5,644.0',
  '-------------------------------------------------------------------------',
];

describe('a fixed-width segment table with grouped column headers and "–" for nil', () => {
  const release = inlineRelease(MINER, 'karrawang-h1fy27.txt');
  const value = (metric: string, end: string) => release.facts.find((f) => f.metric === metric && f.role === 'value' && periodKey(f.period) === `6M-${end}`)?.value.toString();

  it('reads every row, the nil cells as nil: no table is left unread', () => {
    expect(release.skipped).toEqual([]);
    expect(value('underlying_ebitda.corporate_other', '2026-12-31')).toBe('-41.6');
    expect(value('revenue.corporate_other', '2026-12-31')).toBe('0');
    expect(value('impairment_of_yarrow_project', '2025-12-31')).toBe('0');
    expect(value('gain_on_sale_of_royalty', '2025-12-31')).toBe('-21.5');
  });

  it('answers a segment measure from the segment table', () => {
    const engine = inlineEngine(MINER, 'karrawang-h1fy27.txt');
    expect(engine.ask('silver segment underlying EBITDA H1 FY26', 'a').text).toContain('A$251.2 million');
    expect(engine.ask('corporate/other underlying EBITDA H1 FY27', 'b').text).toContain('41.6');
  });

  it('never answers "segment EBITDA" with a row that is no EBITDA: the word left over declines', () => {
    const engine = inlineEngine(MINER, 'karrawang-h1fy27.txt');
    for (const [q, c] of [['Silver segment EBITDA H1 FY26', 'c'], ['Silver EBITDA H1 FY26', 'd'], ['zinc ebitda', 'e']] as const) {
      const a = engine.ask(q, c);
      expect(a.text).not.toMatch(/\d\s*(?:koz|Moz|kt)|5\.8|112\.9|22\.10|120\.4|6\.2\b/i);
      expect(a.status).not.toBe('answer');
    }
    // A family word with nothing else asked is still asked about.
    expect(engine.ask('silver lines', 'f').text).toMatch(/Which silver line/);
  });

  it('the group row printing the release\'s own line again is no second line', () => {
    expect(release.metrics.has('revenue.group')).toBe(false);
    expect(inlineEngine(MINER, 'karrawang-h1fy27.txt').ask('zinc share of group revenue H1 FY27', 'g').text).toContain('66.9%');
  });
});

describe('a balance sheet whose first date stands beside the unit', () => {
  it('reads both dates, never one date twice', () => {
    const engine = inlineEngine(MINER, 'karrawang-h1fy27.txt');
    expect(engine.ask('total equity at 30 June 2026', 'a').text).toContain('A$5,644.0 million');
    expect(engine.ask('total equity at 31 December 2026', 'b').text).toContain('A$5,810.4 million');
  });
});

const INSURER = [
  '# Tollgate Mutual Reports Third Quarter 2026 Results',
  '',
  '## Segment results',
  '',
  '| Personal Lines | 3Q26 | 3Q25 | YTD 2026 | YTD 2025 |',
  '|---|---:|---:|---:|---:|',
  '| Loss and LAE ratio | 70.5% | 72.2% | 68.3% | 72.9% |',
  '| Underwriting expense ratio | 28.2% | 28.4% | 28.4% | 28.5% |',
  '| **Combined ratio** | 98.7% | 100.6% | 96.7% | 101.4% |',
  '',
  '| Commercial Lines | 3Q26 | 3Q25 | YTD 2026 | YTD 2025 |',
  '|---|---:|---:|---:|---:|',
  '| Loss and LAE ratio | 62.9% | 62.7% | 62.4% | 63.0% |',
  '| Underwriting expense ratio | 31.1% | 31.4% | 31.1% | 31.5% |',
  '| **Combined ratio** | 94.0% | 94.1% | 93.5% | 94.5% |',
  '',
  '| Consolidated | 3Q26 | 3Q25 | YTD 2026 | YTD 2025 |',
  '|---|---:|---:|---:|---:|',
  '| Loss and LAE ratio | 67.4% | 68.3% | 65.9% | 68.8% |',
  '| Underwriting expense ratio | 29.4% | 29.7% | 29.5% | 29.7% |',
  '| **Combined ratio** | 96.8% | 98.0% | 95.4% | 98.5% |',
  '',
  '## Key metrics',
  '',
  '| Metric | 3Q26 | 3Q25 |',
  '|---|---:|---:|',
  '| Policies in force (millions) | 2.84 | 2.75 |',
  '| Retention ratio | 86% | 85% |',
];

describe('markdown tables naming their segment in the header\'s corner cell', () => {
  const engine = inlineEngine(INSURER, 'tollgate-3q26.md');

  it('answers one segment\'s figure, named, never every segment\'s', () => {
    const a = engine.ask('combined ratio comercial lines ytd twenty twenty five', 'a');
    expect(a.text).toContain('94.5%');
    expect(a.text).not.toMatch(/101\.4|98\.5/);
    expect(engine.ask('personal lines combined ratio 3Q25', 'b').text).toContain('100.6%');
    expect(engine.ask('commercial lines loss ratio YTD 2026', 'c').text).toContain('62.4%');
  });

  it('keeps the whole\'s rows under their own names', () => {
    expect(engine.ask('combined ratio 3Q26', 'd').text).toMatch(/^Combined ratio was 96\.8%/);
  });

  it('reads a corner that heads the labels ("Metric") as no segment', () => {
    const labels = [...inlineRelease(INSURER, 'tollgate-3q26.md').metrics.values()].map((m) => m.label);
    expect(labels).toContain('Retention ratio');
    expect(labels.some((l) => /^Metric /.test(l))).toBe(false);
  });
});

const SPANS = [
  '# Oakridge Systems Reports Results',
  '',
  '## Results',
  '',
  '*($ in millions)*',
  '',
  '| Three months ended | June 30, 2026 | June 30, 2025 |',
  '|---|---:|---:|',
  '| Revenue | 410.2 | 388.0 |',
  '| Operating income | 61.5 | 55.0 |',
  '',
  '| Six months ended | June 30, 2026 | June 30, 2025 |',
  '|---|---:|---:|',
  '| Revenue | 801.7 | 760.3 |',
  '| Operating income | 118.2 | 104.9 |',
];

describe('a corner naming a span, beside another of the same rows', () => {
  it('names no segment: the rows keep their own names', () => {
    const labels = [...inlineRelease(SPANS, 'oakridge-q2.md').metrics.values()].map((m) => m.label);
    expect(labels.some((l) => /months ended/i.test(l))).toBe(false);
    expect(inlineEngine(SPANS, 'oakridge-q2.md').ask('revenue six months 2026', 'a').text).toContain('$801.7 million');
  });
});

