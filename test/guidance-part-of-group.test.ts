// Guidance asked of a part (a mine, a segment, a region) where the release guides the group only: "FY28 AISC
// guide for Mt Kerrin?" was answered with the group's AISC range, "organic growth guide for International?" with
// the company's, "copper segment profit forecast?" with group operating profit (hunt38 yar-20, bwb-20, kit-24).
// A part the release names (a row of a table read or not read, a segment's line) that the question names and the
// guided sentence or row does not is declined, saying the guidance is the whole's; the whole asked still answers.
// And an amount asked in a currency ("net sales guidance in dollars", hunt38 bwb-18) is never answered with another
// line's guided growth rate. Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

// A miner's text release: a table by mine (no unit note, so not read) and a guidance table for the group.
const MINER = [
  'ASX ANNOUNCEMENT',
  '26 August 2027',
  '',
  'QUARRY HILL GOLD LIMITED (ASX: QHG)',
  'FULL YEAR RESULTS FOR THE YEAR ENDED 30 JUNE 2027 (FY27)',
  '',
  'All figures are in Australian dollars (A$) unless stated otherwise.',
  '',
  'OPERATIONS SUMMARY',
  'Metric\tUnit\tFY27\tFY26',
  'Gold production\tkoz\t402.1\t377.5',
  'All-in sustaining cost\tA$/oz\t1,984\t1,902',
  '',
  'AISC rose 4% on FY26, on higher royalties.',
  '',
  'PRODUCTION AND COST BY MINE (FY27)',
  'Mine\tGold production (koz)\tAISC (A$/oz)\tSustaining capital (A$m)',
  'Brolga\t210.4\t1,850\t61.0',
  'Mt Ossian\t191.7\t2,131\t70.2',
  'Group\t402.1\t1,984\t131.2',
  '',
  'FINANCIAL SUMMARY',
  'A$m\tFY27\tFY26\tChange',
  'Revenue\t1,912.3\t1,544.0\t24%',
  'Underlying EBITDA\t1,004.2\t771.5\t30%',
  '',
  'The Board has determined a fully franked final dividend of 9.0 cents per share.',
  '',
  'FY28 GUIDANCE',
  'Metric\tFY28 guidance\tFY27 actual',
  'Gold production (koz)\t410-450\t402.1',
  'AISC (A$/oz)\t2,000-2,150\t1,984',
  '',
  'FY28 AISC guidance reflects higher royalties at prevailing gold prices.',
];

// A consumer company: net sales by region, read; the outlook guides organic growth and EPS for the company.
const REGIONS = [
  '# Synthetic Larkhill Brands Inc. Reports Second Quarter 2027 Results',
  '',
  'Synthetic Larkhill Brands Inc. today reported results for the quarter ended June 30, 2027.',
  '',
  '| Net sales by region ($ millions) | Q2 2027 | Q2 2026 |',
  '|---|---|---|',
  '| Americas | 842.6 | 801.2 |',
  '| Europe | 355.1 | 340.9 |',
  '| Total net sales | 1,197.7 | 1,142.1 |',
  '',
  '## Outlook',
  '',
  'For full-year 2027, the Company now expects organic sales growth of 4% to 6% and adjusted EPS of $3.10 to $3.25.',
];

const DOCS = { MINER, REGIONS };
const ask = (doc: string, q: string) => inlineEngine(DOCS[doc as keyof typeof DOCS], doc === 'MINER' ? 'quarry-hill.txt' : 'larkhill.md').ask(q, 'c');

describe("a part's guidance asked where the release guides the whole only", () => {
  it.each([
    ['MINER', 'FY28 AISC guide for Brolga?', 'Brolga'],
    ['MINER', 'what AISC does Mt Ossian expect next year, FY28 guidance', 'Mt Ossian'],
    ['MINER', 'gold production guidance FY28 at mt ossian', 'Mt Ossian'],
    ['REGIONS', 'organic sales growth guide for Europe?', 'Europe'],
    ['REGIONS', 'Americas organic growth outlook 2027', 'Americas'],
  ])('%s: %s → declined, naming the part, never with the whole\'s range', (doc, q, part) => {
    const a = ask(doc, q);
    expect(a.status, q).toBe('unknown');
    expect(a.text.toLowerCase(), q).toContain(part.toLowerCase());
    expect(a.text, q).not.toMatch(/expects|2,000|2,150|410|450|4%|6%/);
    expect(a.citations, q).toEqual([]);
  });

  it('says the guidance is the whole\'s where the part is a segment the release reads', () => {
    expect(ask('REGIONS', 'organic sales growth guide for Europe?').text).toMatch(/^The release gives no guidance for Europe: its guidance is for the company as a whole only \(it guides .*organic sales growth for FY2027/);
  });

  it.each([
    ['MINER', 'FY28 AISC guide?', /A\$2,000 and A\$2,150/],
    ['MINER', 'group AISC guidance for FY28', /A\$2,000 and A\$2,150/],
    ['MINER', 'FY28 gold production guidance', /410 koz and 450 koz/],
    ['REGIONS', 'organic sales growth guide?', /4% and 6%/],
    ['REGIONS', 'adjusted EPS guidance 2027', /\$3\.10 and \$3\.25/],
  ])('%s: %s → the whole asked is still answered', (doc, q, range) => {
    const a = ask(doc, q);
    expect(a.status, q).toBe('answer');
    expect(a.text, q).toMatch(range);
  });
});

describe('an amount asked in a currency is not answered with a guided growth rate', () => {
  it.each(['net sales guidance for 2027 in dollars?', 'full-year 2027 sales outlook in USD', 'what net sales in US dollars do they expect for 2027'])('%s → declined, naming what is guided', (q) => {
    const a = ask('REGIONS', q);
    expect(a.status, q).toBe('unknown');
    expect(a.text, q).not.toMatch(/4%/);
    expect(a.text, q).toMatch(/organic sales growth/i);
  });

  it('the line asked without a currency is still answered with its guided growth, named as such', () => {
    const a = ask('REGIONS', 'net sales guidance for 2027?');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/Organic sales growth between 4% and 6%/);
  });
});
