// Tables a release prints that were not read, so their questions were declined or answered from another line
// (synthetic issuers, made-up figures): an HTML unit note in a paragraph above the table ("$ in thousands, except
// per share data") or in the table's own <caption>; and a plain-text table whose rows state their units in a column
// headed "Units" (a miner's kt, koz, A$/t, A$M), its columns headed "Sep-26 qtr". A table whose scale nothing
// states stays unread, named by line.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period);

const BANK = (note: string, caption = '') => [
  '<html><body><h1>Synthetic Prairie Bancorp Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Prairie Bancorp reported net income of $35.9 million for the third quarter ended September 30, 2026.</p>',
  '<h2>Selected Financial Data and Ratios</h2>',
  note,
  `<table>${caption}`,
  '<tr><th></th><th>Three Months Ended Sep 30, 2026</th><th>Three Months Ended Sep 30, 2025</th></tr>',
  '<tr><td>Net interest income</td><td>101,761</td><td>89,998</td></tr>',
  '<tr><td>Net charge-offs</td><td>3,195</td><td>2,402</td></tr>',
  '<tr><td>Net charge-offs to average loans (annualized)</td><td>0.14%</td><td>0.11%</td></tr>',
  '<tr><td>Diluted earnings per share</td><td>$0.84</td><td>$0.78</td></tr>',
  '</table>',
  '</body></html>',
];

describe('an HTML unit note above a table or in its caption', () => {
  it('"$ in thousands, except per share data" in a paragraph above: the amount rows read in thousands', () => {
    const r = inlineRelease(BANK('<p>$ in thousands, except per share data</p>'), 'bank.html');
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'net_charge_offs', '2026Q3')).toMatchObject({ unit: { kind: 'money', currency: 'USD', scale: 1000 } });
    expect(fact(r, 'net_charge_offs', '2026Q3')!.value.toString()).toBe('3195');
  });

  it('net charge-offs asked: the amount, never the ratio of the same name', () => {
    const a = inlineEngine(BANK('<p>$ in thousands, except per share data</p>'), 'bank.html').ask('net charge-offs in Q3 2026', 'nco').text;
    expect(a).toContain('$3.20 million');
    expect(a).not.toContain('0.14%');
  });

  it('a <caption> stating the unit ("(in thousands)"), or a title with it: read at that scale', () => {
    for (const caption of ['<caption>(in thousands)</caption>', '<caption>Selected data (dollars in thousands)</caption>']) {
      const r = inlineRelease(BANK('', caption), 'bank.html');
      expect(r.skipped).toEqual([]);
      expect(fact(r, 'net_interest_income', '2025Q3')!.value.toString()).toBe('89998');
      expect(fact(r, 'net_interest_income', '2025Q3')).toMatchObject({ unit: { scale: 1000 } });
    }
  });

  it('a caption or paragraph that states no scale: the table stays unread, named by line', () => {
    for (const [note, caption] of [['', '<caption>Selected data</caption>'], ['<p>$ in the quarter, except per share data</p>', '']]) {
      const r = inlineRelease(BANK(note!, caption), 'bank.html');
      expect(r.skipped.map((s) => s.reason)).toEqual(['no unit note states the scale of its amounts (thousands, millions, billions)']);
      expect(fact(r, 'net_charge_offs', '2026Q3')).toBeUndefined();
    }
  });
});

const MINER = [
  'SYNTHETIC COPPER LIMITED',
  'QUARTERLY ACTIVITIES REPORT FOR THE QUARTER ENDED 30 SEPTEMBER 2026 (Q1 FY27)',
  '',
  'Copper production rose in the quarter on record mill throughput at the main operation.',
  '',
  '',
  'PRODUCTION AND FINANCIAL SUMMARY',
  '                                   Units   Sep-26 qtr  Jun-26 qtr  Sep-25 qtr',
  'Copper produced                       kt         31.4        29.8        27.6',
  'Gold produced                        koz         98.7       104.2        91.3',
  'Site operating cost              A$/t milled     38.4        39.7        37.9',
  'C1 copper cost (net of by-products) US$/lb       1.12        1.05        1.31',
  'Sales revenue                        A$M        940.2       972.0       756.3',
  'Average AUD:USD exchange rate                  0.6600      0.6540      0.6510',
];

describe('a plain-text table with a "Units" column in its label column', () => {
  const r = inlineRelease(MINER, 'miner.txt');
  it('is read: each row in its own unit, its columns the quarters they name by month', () => {
    expect(r.skipped).toEqual([]);
    const q = (m: string) => r.facts.find((f) => f.source === 'table' && f.metric.startsWith(m) && f.period.kind === 'duration' && f.period.end === '2026-09-30');
    expect(q('copper_produced')).toMatchObject({ unit: { kind: 'count', noun: 'kt' } });
    expect(q('copper_produced')!.value.toString()).toBe('31.4');
    expect(q('sales_revenue')).toMatchObject({ unit: { kind: 'money', currency: 'AUD', scale: 1e6 } });
    expect(q('c1_copper_cost')).toMatchObject({ unit: { kind: 'money', currency: 'USD', scale: 1 } });
    expect(q('site_operating_cost')!.value.toString()).toBe('38.4');
  });

  it('the September 2025 quarter is the column so headed, never a fiscal "Q3" moved to March', () => {
    const ends = r.facts.filter((f) => f.source === 'table' && f.metric.startsWith('copper_produced')).map((f) => (f.period.kind === 'duration' ? f.period.end : ''));
    expect(ends.sort()).toEqual(['2025-09-30', '2026-06-30', '2026-09-30']);
  });

  it('a row printing no unit under the column is left out, never read at a scale', () => {
    expect(r.facts.some((f) => f.source === 'table' && f.metric.startsWith('average_aud'))).toBe(false);
  });
});

const AUM = (share: string) => [
  '# Synthetic Hills Finance Q1 FY27 results: quarter ended June 30, 2026',
  '',
  'Synthetic Hills Finance reported net profit of ₹412 crore for the quarter ended June 30, 2026.',
  '',
  '### AUM by product',
  '',
  '(₹ in crore)',
  '',
  `| Product | Jun 30, 2026 | Jun 30, 2025 | YoY | ${share} |`,
  '|---|---:|---:|---:|---:|',
  '| Vehicle finance | 21,340 | 18,110 | 18% | 43.9% |',
  '| Gold loans | 7,962 | 6,524 | 22% | 16.4% |',
  '| **Total AUM** | **29,302** | **24,634** | **19%** | **100.0%** |',
];

describe('a column of each line\'s share of the total, headed with its date ("Share of AUM (Jun 30, 2026)")', () => {
  it('is left out as a share column; the table\'s amounts are read', () => {
    const r = inlineRelease(AUM('Share of AUM (Jun 30, 2026)'));
    expect(r.skipped).toEqual([]);
    const at = (d: string) => r.facts.filter((f) => f.source === 'table' && f.metric === 'gold_loans' && periodKey(f.period) === d && f.role === 'value');
    expect(at('2026-06-30').map((f) => f.value.toString())).toEqual(['7962']);
    expect(at('2025-06-30').map((f) => f.value.toString())).toEqual(['6524']);
  });

  it('a header of words the reader does not know still leaves the table unread', () => {
    expect(inlineRelease(AUM('Portion AUM (Jun 30, 2026)')).skipped).toHaveLength(1);
  });
});

const HALF = [
  'SYNTHETIC VALE GROCERS PLC',
  'INTERIM RESULTS FOR THE 26 WEEKS TO 27 SEPTEMBER 2026',
  '',
  'Synthetic Vale Grocers plc reports its interim results for the 26 weeks to 27 September 2026.',
  '',
  '',
  'FINANCIAL HIGHLIGHTS',
  '',
  '                                          26 weeks to    26 weeks to',
  '                                          27 Sep 2026    28 Sep 2025    Change',
  '                                                   £m             £m         %',
  'Group revenue                                 2,184.6        2,061.3       6.0',
  'Profit after tax                                 86.1           79.5       8.3',
  '',
  '                                                pence          pence',
  'Basic earnings per share                         13.9           12.6      10.3',
  'Interim dividend per share                        3.1            2.8      10.7',
];

describe('a line of units alone under a statement\'s rows ("pence   pence")', () => {
  const r = inlineRelease(HALF, 'half.txt');
  const half = (m: string) => r.facts.filter((f) => f.source === 'table' && f.metric.startsWith(m) && f.role === 'value' && f.period.kind === 'duration' && f.period.months === 6);
  it('the rows below it are in pence, under the columns above; the table is read whole', () => {
    expect(r.skipped).toEqual([]);
    expect(half('basic_earnings_per_share').map((f) => f.value.toString()).sort()).toEqual(['12.6', '13.9']);
    expect(half('basic_earnings_per_share')[0]!.unit).toMatchObject({ currency: 'GBX' });
    expect(half('profit_after_tax')[0]!.unit).toMatchObject({ kind: 'money', currency: 'GBP', scale: 1e6 });
  });
});
