// A span named by its length ("13 weeks 2025", "39 weeks 2026", "the three months", "six months 2025") is the
// release's own span of that length in that year: read as a length beside a full year, it was a change between unlike
// spans and declined (h48-070/081/084/102). "At half-year end" is the half's last day, never the fiscal year end its
// "year end" names (h48-182); "vs 2025?" after nine months is nine months of 2025, never the full year (h48-030).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const grocer = sharedEngine('eval/hl48/docs/pinecrest-q3fy26.txt');
const airline = sharedEngine('eval/hl48/docs/harrowgate-3q26.html');
const miner = sharedEngine('eval/hl48/docs/tallowmere-h1fy27.txt');
const retailer = sharedEngine('../shared/releases/filed/bke-2024q3.html');

describe('a length of weeks or months with a year is the release\'s span of that length in that year', () => {
  it.each([
    ['interest expense, net, 13 weeks 2025', '$31.9 million in fiscal Q3 2025'],
    ['free cash flow 39 weeks 2025', '$324.7 million in the 9 months ended September 27, 2025'],
    ['pretax earnings thirty nine weeks twenty twenty five', '$234.0 million in the 9 months ended September 27, 2025'],
    ['net sales 13 weeks of fiscal 2025', '$4.59 billion in fiscal Q3 2025'],
  ])('%s (a 52/53-week grocer)', (q, want) => {
    const a = grocer.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });
  it('39 weeks of the release\'s own year is its year to date, its tax rate worked from that span', () => {
    const a = grocer.ask('effective tax rate 39 weeks 2026', 'etr');
    expect(a.text).toContain('24.5% in the 9 months ended October 3, 2026');
  });
  it('another 52/53-week retailer: its own quarter and year to date a year back', () => {
    expect(retailer.ask('net sales 13 weeks 2023', 'q').text).toContain('fiscal Q3 2023');
    expect(retailer.ask('net sales 39 weeks 2023', 'ytd').text).toContain('9 months ended October 28, 2023');
  });
  it('three months with a year is the calendar quarter of that year; alone, the release\'s quarter', () => {
    expect(airline.ask('operating revenue three months twenty twenty five', 'a').text).toContain('in Q3 2025');
    expect(airline.ask('operating revenue for the three months', 'b').text).toContain('in Q3 2026');
  });
  it('six months with a year, of a release of halves, is its half in that year (a June year\'s half to December)', () => {
    expect(miner.ask('revenue six months 2025', 'h').text).toContain('A$2,939.5 million in the 6 months ended December 31, 2025');
  });
  it('a year after the release\'s own is declined, naming it', () => {
    const a = grocer.ask('net sales 13 weeks 2027', 'future');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('13 weeks 2027');
  });
});

describe('the half-year end is the half\'s last day', () => {
  it.each(['gearing at half-year end', 'gearing at the half year end', 'gearing at HY end'])('%s', (q) => {
    const a = miner.ask(q, q);
    expect(a.text).toContain('17.9% as of December 31, 2026');
  });
  it('the year end stays the fiscal year\'s', () => expect(miner.ask('net debt at year end', 'ye').text).toContain('A$1,702.9 million as of June 30, 2026'));
});

describe('a bare year set against a thread at a span shorter than a year is that span in the year', () => {
  it.each(['vs 2025?', 'vs nine months 2025?'])('nine months, then "%s"', (q) => {
    airline.ask('D&A nine months 2026', q);
    const a = airline.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('from $195.0 million in the 9 months ended September 30, 2025');
  });
  it('nine months, then "and 2025?": that span\'s figure', () => {
    airline.ask('D&A nine months 2026', 'and');
    expect(airline.ask('and 2025?', 'and').text).toContain('$195.0 million in the 9 months ended September 30, 2025');
  });
  it('a full year named stays the year (declined: the release gives none)', () => {
    airline.ask('D&A nine months 2026', 'fy');
    expect(airline.ask('what about FY2025?', 'fy').text).toContain("doesn't give Depreciation and amortization for FY2025");
  });
});

// A 52-week calendar dated with no fiscal names (26 weeks ended 30 August 2025 and 31 August 2024): a span a year
// back from it is the one the release prints within a week, never an August 30 span it does not have.
describe('a year back of a span of weeks dated with no fiscal names is the release\'s own span ended within a week', () => {
  const interim = sharedEngine('eval/hl19/docs/brackenridge-h1-fy26.txt');
  it.each(['group revenue a year earlier', 'group revenue 26 weeks 2024'])('%s', (q) => {
    expect(interim.ask(q, q).text).toContain('£1,211.3 million in the 6 months ended August 31, 2024');
  });
  it('its change year over year', () => {
    expect(interim.ask('group revenue yoy', 'yoy').text).toContain('from £1,211.3 million in the 6 months ended August 31, 2024');
  });
});

// "9M 2026 vs 2025" in one question: the lone year is that span in 2025, never the full year (declined as unlike).
describe('a lone year after a span named with its year is that span in the year', () => {
  it.each(['D&A nine months 2026 vs 2025', 'D&A 9M 2026 vs 2025'])('%s', (q) => {
    expect(airline.ask(q, q).text).toContain('from $195.0 million in the 9 months ended September 30, 2025');
  });
  it('"the 39 weeks of both years": that span this year and last, summed', () => {
    expect(grocer.ask('sum of D&A over the 39 weeks of both years', 'both').text).toContain('$564.2 million');
  });
  it('"both years" with no span named still asks which', () => {
    expect(grocer.ask('net sales both years', 'which').status).toBe('unknown');
  });
});
