// A fixed-width guidance table whose cells are words ("$520 to $560 mil", "121 – 126 kt", "A$2,050 – 2,250/oz")
// was no table to the figure-column reader: its rows ran into one another as prose, the header "Current Previous"
// became the first row's name, and "$560 mil" unread left "$520" answered alone as the capex guidance (hl48-098).
// A count's rows ("Copper production (kt)") were left out. The issuers and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const GROCER = [
  'BRAMBLE FOODS, INC. REPORTS THIRD QUARTER RESULTS',
  '',
  'Net sales for the third quarter ended September 30, 2026 were $812.4 million.',
  '',
  'FISCAL 2026 OUTLOOK',
  '',
  'The Company now expects:',
  '',
  '                                    Current            Previous',
  '  Comparable sales                  2.0% to 2.5%       1.5% to 2.5%',
  '  Capital expenditures              $120 to $140 mil   $110 to $130 mil',
  '  New stores                        6 to 8             6 to 8',
  '',
  '',
  '                    CONSOLIDATED STATEMENTS OF EARNINGS',
  '                    (in millions, except per share amounts)',
  '',
  '                              Three Months Ended',
  '                             Sept. 30,   Sept. 30,',
  '                               2026        2025',
  '                            ----------  ----------',
  'Net sales                      $812.4      $790.1',
  'Cost of sales                   590.2       575.3',
  'Gross profit                    222.2       214.8',
];

const MINER = [
  'WATTLEBIRD MINING LIMITED',
  'HALF-YEAR REPORT FOR THE SIX MONTHS ENDED 31 DECEMBER 2026',
  '',
  'Revenue for the half was A$1,204.5 million.',
  '',
  'FY27 GUIDANCE',
  '',
  '                               FY27 guidance (current)     FY27 guidance (August 2026)',
  'Copper production              81 – 86 kt                  78 – 86 kt',
  'Gold AISC                      A$1,950 – 2,150/oz          A$1,950 – 2,150/oz',
  'Capital expenditure            A$450 – 500 million         A$420 – 470 million',
  '',
  'Guidance assumes an AUD/USD exchange rate of 0.66.',
];

const ends = (facts: { metric: string; role?: string; value: { toString(): string }; unit: unknown }[], metric: string) =>
  facts.filter((f) => f.metric === metric).map((f) => `${f.role} ${f.value.toString()} ${JSON.stringify(f.unit)}`).sort();

describe('a fixed-width guidance table of worded cells', () => {
  it('reads each current range, both ends, at the scale the release counts in', () => {
    const facts = inlineRelease(GROCER, 'bramble-q3.txt').facts;
    expect(ends(facts, 'capital_expenditures').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['high 140', 'low 120']);
    expect(ends(facts, 'capital_expenditures')[0]).toContain('"scale":1000000');
    expect(ends(facts, 'comparable_sales').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['high 2.5', 'low 2']);
  });

  it('answers the capex range in millions, never its low end alone', () => {
    const text = inlineEngine(GROCER, 'bramble-q3.txt').ask('capex guide for the year', 'a').text;
    expect(text).toContain('$120 million and $140 million');
  });

  it('reads a count in its unit and money per ounce in units, never as the release’s millions', () => {
    const engine = inlineEngine(MINER, 'wattlebird-h1.txt');
    expect(engine.ask('copper production guidance', 'a').text).toContain('81 kt and 86 kt');
    expect(engine.ask('gold AISC guidance', 'b').text).toContain('A$1,950 and A$2,150');
    expect(engine.ask('capex guidance', 'c').text).toContain('A$450 million and A$500 million');
  });
});

describe('a range whose high end has a scale word not read', () => {
  it('gives no figure, never the low end as a point', () => {
    const release = ['PLOVER CORP. REPORTS THIRD QUARTER 2026 RESULTS', '', 'Revenue for the third quarter ended September 30, 2026 was $50.1 million.', '', 'OUTLOOK', '', 'For fiscal 2027 the Company expects capital expenditures of $20 to $24 mil.'];
    const capex = inlineRelease(release, 'plover-q3.txt').facts.filter((f) => f.metric.includes('capital'));
    expect(capex).toEqual([]);
  });
});
