// Plain-text tables whose cells are parted by bars, with no grid borders ("Net sales | 842,1 | 799,4 | +5,3"
// under a rule of dashes), and change columns headed by a sign ("Δ %", "+/-") beside the periods they compare
// (hl52 Ostmark). Read by the figures' places, a label longer than its column pushed a row's bars right: 9 of
// 12 tables were skipped ("no column header names a period ("Δ %")"), and the one read took a balance sheet's
// "31 Dec" figures under a cash-flow header "Q2 2025", which then dated the release and all its prose a year
// early. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { unbar } from '../src/knowledge/bar-tables.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = (delta: string) => [
  'HALDENWERK SE',
  'Interim report January to June 2027',
  '',
  'Haldenwerk closed the second quarter of 2027 with net sales of EUR 842,1 million (Q2 2026: EUR 799,4 million).',
  'Operating result rose to EUR 61,7 million.',
  '',
  '',
  'GROUP FIGURES',
  '',
  `EUR million                  |   Q2 2027 |   Q2 2026 | ${delta} |   H1 2027 |   H1 2026 | ${delta}`,
  '-------------------------------------------------------------------------------------',
  'Net sales                    |     842,1 |     799,4 |   +5,3 |   1.640,8 |   1.571,2 |   +4,4',
  'Operating result             |      61,7 |      52,0 |  +18,7 |     118,3 |     104,9 |  +12,8',
  'Amortisation of customer relationships|       7,2 |       7,6 |   -5,3 |      14,5 |      15,1 |   -4,0',
  'Operating margin (%)         |       7,3 |       6,5 |+0,8 pp |       7,2 |       6,7 |+0,5 pp',
  '',
  '',
  'BALANCE SHEET (condensed)',
  '',
  'EUR million                  | 30 Jun 2027 | 31 Dec 2026',
  '--------------------------------------------------------',
  'Inventories                  |       402,6 |       388,1',
  'Total assets                 |     2.911,4 |     2.850,0',
];

const facts = (lines: string[], metric: string) =>
  inlineRelease(lines, 'haldenwerk-h1-2027.txt')
    .facts.filter((f) => f.metric.endsWith(metric) && f.source === 'table')
    .map((f) => `${f.role} ${f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end}` : f.period.date} ${f.value.toString()}`);

describe('bar tables in plain text', () => {
  it('sets each row as a fixed-width row, counting bars, line for line', () => {
    const out = unbar(RELEASE('Δ %').slice(9, 15));
    expect(out).toHaveLength(6);
    expect(out[4]).toMatch(/^Amortisation of customer relationships +7,2 +7,6 +-5,3 +14,5 +15,1 +-4,0$/);
    // Every figure column ends where the header above it ends.
    expect(out[0]!.indexOf('Q2 2027') + 'Q2 2027'.length).toBe(out[4]!.indexOf('7,2') + 3);
  });

  it('leaves a line with bars and no rule under its header as printed', () => {
    const prose = ['Revenue | up 5%', 'Margin | stable'];
    expect(unbar(prose)).toEqual(prose);
  });

  it.each(['Δ %', '+/-', 'Var. %', '∆ %'])('reads every table, and the "%s" column as the change of the two periods to its left', (delta) => {
    const lines = RELEASE(delta);
    const release = inlineRelease(lines, 'haldenwerk-h1-2027.txt');
    expect(release.skipped).toEqual([]);
    expect(facts(lines, 'net_sales')).toEqual([
      'value 3M-2027-06-30 842.1', 'value 3M-2026-06-30 799.4', 'change 3M-2027-06-30 5.3',
      'value 6M-2027-06-30 1640.8', 'value 6M-2026-06-30 1571.2', 'change 6M-2027-06-30 4.4',
    ]);
    expect(facts(lines, 'amortisation_of_customer_relationships')).toContain('value 3M-2027-06-30 7.2');
    expect(facts(lines, 'total_assets')).toEqual(['value 2027-06-30 2911.4', 'value 2026-12-31 2850']);
  });

  it('dates the release and its prose by the quarter its tables read, not the year before', () => {
    const release = inlineRelease(RELEASE('Δ %'), 'haldenwerk-h1-2027.txt');
    expect(release.quarter.kind === 'duration' && release.quarter.end).toBe('2027-06-30');
    const engine = inlineEngine(RELEASE('Δ %'), 'haldenwerk-h1-2027.txt');
    const a = engine.ask('operating result in Q2 2027', 'a');
    expect(a.text).toContain('EUR 61.7 million in Q2 2027');
    expect(a.citations.some((c) => c.quote.includes('61,7'))).toBe(true);
    expect(engine.ask('operating result in Q2 2026', 'b').text).toContain('EUR 52.0 million in Q2 2026');
  });
});
