// An outlook sentence also prints figures of other times: a bracketed comparative of an earlier period
// ("(2025: 12.1%)", "(FY25: £146.2m)") and the range guided before ("£150m to £160m previously"). Neither is
// the guidance: the comparative was stored as a guided range of one point, the earlier range as the current
// outlook under a name like "up". Both are kept as statements; the earlier range answers "prior guidance?".
// Synthetic releases, worded apart from any examined document.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (outlook: string) => [
  '# Synthetic Harrowgate Instruments plc: Second Quarter 2027 Results',
  '',
  'Synthetic Harrowgate Instruments plc today reported results for the second quarter ended 30 June 2027.',
  '',
  'Revenue was £512.3m, up 7% from £478.8m a year earlier.',
  '',
  '## Outlook',
  '',
  outlook,
];

const guided = (lines: string[]) =>
  inlineRelease(lines)
    .facts.filter((f) => f.role === 'low' || f.role === 'high')
    .map((f) => `${f.metric} ${f.role} ${f.value.toString()}`);

describe('figures of other times in an outlook sentence are no guidance', () => {
  it('a bracketed comparative of an earlier year is kept as a statement', () => {
    const lines = release('For the full year 2027 we continue to expect an operating margin of 18.0% to 19.0% (H1 2026: 17.2%) and cash conversion of 85% to 90% (prior year: 83%).');
    const read = guided(lines);
    expect(read).toEqual(expect.arrayContaining(['operating_margin low 18', 'operating_margin high 19']));
    expect(read.join(' ')).not.toMatch(/ 17\.2| 83$| 83 /);
    const r = inlineRelease(lines);
    expect(r.nonFigures.filter((n) => /bracketed comparative/.test(n.reason)).map((n) => n.text)).toEqual(['17.2%', '83%']);
  });

  it('a range said to be the earlier outlook is kept for "prior guidance?", never the current range', () => {
    const lines = release('We now expect full year 2027 adjusted operating profit of £96m to £101m, compared with £90m to £95m previously (2026: £88.4m).');
    const read = guided(lines);
    expect(read).toHaveLength(2);
    expect(read.join(' ')).not.toMatch(/ 90| 95| 88\.4/);
    const engine = inlineEngine(lines);
    expect(engine.ask('adjusted operating profit guidance for 2027?', 'c').text).toMatch(/£96(?:\.0)? ?m(?:illion)? and £101/);
    const prior = engine.ask('what was the prior guidance?', 'p');
    expect(prior.status).toBe('answer');
    expect(prior.text).toContain('£90m to £95m previously');
  });

  it('an earlier range said "formerly" before it; the range of the next clause is still the guidance', () => {
    const read = guided(release('Full year 2027 revenue is now expected to be £1,020m to £1,060m (formerly £980m to £1,010m); capital expenditure of £40m to £45m.'));
    expect(read.join(' ')).not.toMatch(/ 980| 1010/);
    expect(read).toEqual(expect.arrayContaining(['revenue low 1020', 'revenue high 1060', 'capital_expenditure low 40', 'capital_expenditure high 45']));
  });
});

// A revision that names the earlier range "earlier" in a bracket, and prints a figure the current range prints too.
describe('an earlier range bracketed "(earlier: …)" is read beside the range that replaced it', () => {
  const q = '2027 guidance raised? by how much from the earlier range';
  it.each([
    ['- Full year 2027 revenue growth guidance raised to 11%–13% YoY (earlier: 9%–11%)', /2\.0 percentage points above the earlier forecast of 9%–11%/],
    ['- Full year 2027 operating margin guidance raised to 16%–17% (earlier: 15%–16%)', /1\.0 percentage points above the earlier forecast of 15%–16%/],
    ['- Full year 2027 operating margin guidance lowered to 14%–15% (earlier 15%–16%)', /1\.0 percentage points below the earlier forecast of 15%–16%/],
    ['- Full year 2027 revenue guidance raised to £2,100m–£2,200m (earlier: £2,000m–£2,100m)', /£100 million \(4\.9%\) above the earlier forecast of £2,000 million–£2,100 million/],
  ])('%s', (outlook, said) => {
    const r = inlineEngine(release(outlook)).ask(q, 'e');
    expect(r.status).toBe('answer');
    expect(r.text).toMatch(said);
    expect(r.text).not.toMatch(/states no earlier range/);
  });

  it('a figure of a year earlier in a bracket is no earlier outlook', () => {
    const r = inlineRelease(release('For the full year 2027 we expect an operating margin of 18.0% to 19.0% (a year earlier: 17.2%).'));
    expect(r.nonFigures.filter((n) => /bracketed comparative/.test(n.reason)).map((n) => n.text)).toEqual(['17.2%']);
  });
});

// A headline folds the period into the line's name ("Full-year 2027 GAAP operating expense guidance lowered to
// …") while the paragraph names the line alone and states the earlier range: the two are one range of one line.
describe('the earlier range stated beside a copy of the range that names the line without its period', () => {
  const lines = (paragraphLine: string) => [
    '# Synthetic Veltrane Biosciences, Inc. Third Quarter 2027 Results',
    '',
    '- Full-year 2027 GAAP operating expense guidance lowered to $410 million to $430 million -',
    '',
    'Synthetic Veltrane Biosciences, Inc. today reported results for the third quarter ended September 30, 2027.',
    '',
    '## Outlook',
    '',
    `Veltrane now expects full-year 2027 ${paragraphLine} of $410 million to $430 million, lowered from its prior guidance of $440 million to $465 million, reflecting the timing of trial spend.`,
  ];

  it('answers the earlier range, cited, for "and what was it before?"', () => {
    const r = inlineEngine(lines('GAAP operating expenses')).ask('FY27 opex guidance - GAAP - and what was it before?', 'o');
    expect(r.status).toBe('answer');
    expect(r.text).toMatch(/earlier forecast of \$440 million–\$465 million/);
    expect(r.citations.some((c) => c.quote.includes('prior guidance of $440 million to $465 million'))).toBe(true);
  });

  it('never reads another line\'s earlier range as its own ("Non-GAAP" is another line)', () => {
    const r = inlineEngine(lines('non-GAAP operating expenses')).ask('FY27 opex guidance - GAAP - and what was it before?', 'o');
    expect(r.text).not.toMatch(/\$440 million/);
  });
});
