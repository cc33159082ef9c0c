// A Japanese "tanshin" summary in fixed-width text: each period's amount with a "%" sub-column beside it under one
// period header ("FY ended / March 31, 2027" over "(¥ million)   %"). The "%" is the line's year-on-year change where
// the table says its percentages are, never a second figure of the period (both were dropped as a clash). And lines'
// names side by side over pairs of years ("Revenue (¥ million)   Segment profit (¥ million)"): headers, not the title.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YEAR_ON_YEAR_NOTE } from '../src/knowledge/change-columns.js';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const table = (note: string[]) => [
  'SYNTHETIC — invented issuer, for testing',
  '',
  'Consolidated Financial Results for the Fiscal Year Ended March 31, 2027',
  '',
  'Company name:      Tsukimi Optics Co., Ltd.',
  '',
  '1. Consolidated Operating Results (April 1, 2026 - March 31, 2027)',
  ...note,
  '',
  '                                       FY ended           FY ended',
  '                                       March 31, 2027     March 31, 2026',
  '                                       (¥ million)   %    (¥ million)   %',
  '   Revenue                             212,400      5.2   201,900      3.3',
  '   Operating profit                     18,630     -4.1    19,427      8.8',
  '   Basic earnings per share (¥)         120.55             118.02',
  '',
];

const fact = (lines: string[], metric: string, key: string, role = 'value') =>
  inlineRelease(lines, 'tsukimi.txt').facts.find((f) => f.metric === metric && periodKey(f.period) === key && f.role === role);

describe('a "%" column beside the amount of its period', () => {
  const yoy = table(['   (Percentages indicate year-on-year changes)']);
  it('reads the amounts of both years, which were dropped as two figures of one period', () => {
    expect(inlineRelease(yoy, 'tsukimi.txt').skipped).toEqual([]);
    expect(fact(yoy, 'revenue', '12M-2027-03-31')?.value.toString()).toBe('212400');
    expect(fact(yoy, 'revenue', '12M-2026-03-31')?.value.toString()).toBe('201900');
    expect(fact(yoy, 'operating_profit', '12M-2026-03-31')?.value.toString()).toBe('19427');
  });
  it('reads the "%" as the change on the year before, where the table has that year', () => {
    const change = fact(yoy, 'operating_profit', '12M-2027-03-31', 'change');
    expect(change?.value.toString()).toBe('-4.1');
    expect(change?.basis && periodKey(change.basis)).toBe('12M-2026-03-31');
    // (The earlier year's "%" is on a year the table does not print: no change is read, and no figure.)
    expect(fact(yoy, 'revenue', '12M-2026-03-31', 'change')).toBeUndefined();
  });
  it('answers the change as the release states it', () => {
    const text = inlineEngine(yoy, 'tsukimi.txt').ask('operating profit change year on year', 'tsukimi').text;
    expect(text).toContain('18,630');
    expect(text).toMatch(/4\.1%/);
  });
  it('with no note saying what the percentages are, reads the amounts and no change', () => {
    const bare = table([]);
    expect(fact(bare, 'revenue', '12M-2027-03-31')?.value.toString()).toBe('212400');
    expect(fact(bare, 'revenue', '12M-2027-03-31', 'change')).toBeUndefined();
    expect(inlineRelease(bare, 'tsukimi.txt').facts.some((f) => f.value.toString() === '5.2')).toBe(false);
  });
});

const SEGMENTS = [
  'SYNTHETIC — invented issuer, for testing',
  '',
  'Consolidated Financial Results for the Fiscal Year Ended March 31, 2027',
  '',
  '(2) Results by segment',
  '                                   Revenue (¥ million)         Segment profit (¥ million)',
  '                                   FY3/2027     FY3/2026       FY3/2027     FY3/2026',
  '   Lenses                           114,560      108,330         12,480       10,750',
  '   Sensors                           97,840       93,570          6,150        8,677',
  '   Total                            212,400      201,900         18,630       19,427',
  '',
];

describe("lines' names with their unit side by side over the columns", () => {
  const r = inlineRelease(SEGMENTS, 'tsukimi.txt');
  const value = (metric: string, key: string) => r.facts.find((f) => f.metric === metric && periodKey(f.period) === key && f.role === 'value')?.value.toString();
  it('reads each name as the header of the columns under it, at the unit it states', () => {
    expect(r.skipped).toEqual([]);
    expect(value('segment_profit.sensors', '12M-2026-03-31')).toBe('8677');
    expect(value('revenue.sensors', '12M-2027-03-31')).toBe('97840');
  });
  it('answers a segment line by its name', () => {
    const text = inlineEngine(SEGMENTS, 'tsukimi.txt').ask('sensors segment profit FY3/2027', 'tsukimi-s').text;
    expect(text).toContain('6,150');
    expect(text).toContain('million');
  });
});

type NoteExample = { text: string; yoy: boolean; why: string };
const NOTES = readFileSync('test/corpus/year-on-year-notes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NoteExample);

describe('the note that says a table\'s percentages are year-on-year changes (test/corpus/year-on-year-notes.jsonl)', () => {
  it.each(NOTES)('$text: $yoy ($why)', ({ text, yoy }) => expect(YEAR_ON_YEAR_NOTE.test(text)).toBe(yoy));
});
