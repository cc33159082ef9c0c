// A release of a year ending in March (test/fixtures/synthetic-march-year.txt, a synthetic issuer, made-up figures)
// that defines its years by their days ("FY2026 (April 1, 2026 - March 31, 2027)"). A release of twelve months had
// no fiscal calendar: its prose "FY2026" was read as the calendar's 2026, ending in December, so "revenue quarter over
// quarter" set the year against itself three months "before" ("unchanged quarter over quarter"), the outlook's
// "FY2027" was dated December 2027, and "the fourth quarter (January-March 2027)" was labelled Q1 2027 (then, with a
// calendar, dated as fiscal Q1, to June). Each prose period is the span its words date, named by the fiscal calendar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const FILE = 'synthetic-march-year.txt';
const LINES = readFileSync(`test/fixtures/${FILE}`, 'utf8').split('\n');
const ask = (q: string) => inlineEngine(LINES, FILE).ask(q, `march-${q}`);

describe('a fiscal year named in the prose of a release whose year ends in March', () => {
  it('is the year the release defines, never the calendar year of its number', () => {
    const r = inlineRelease(LINES, FILE);
    const said = r.facts.find((f) => f.source === 'narrative' && f.metric === 'revenue' && f.role === 'value' && f.value.toString() === '212400')!;
    expect(said.period).toMatchObject({ end: '2027-03-31', months: 12, fiscal: { year: 2026 } });
    expect(periodKey(r.quarter)).toBe(periodKey(said.period));
  });
  it('answers "FY2026 revenue" with the year to March 2027', () => {
    const a = ask('FY2026 revenue?');
    expect([a.status, a.text]).toEqual(['answer', expect.stringContaining('212,400')]);
  });
  it('sets no year against itself: "quarter over quarter" of a year is no "unchanged"', () => {
    const a = ask('how did revenue change quarter over quarter?');
    expect(a.text).not.toMatch(/unchanged/);
    expect(a.status).not.toBe('answer');
  });
  it('dates the outlook of the next year ("FY2027 (fiscal year ending March 31, 2028)") to March 2028', () => {
    const r = inlineRelease(LINES, FILE);
    const low = r.facts.find((f) => f.role === 'low' && f.metric === 'revenue')!;
    expect(low.period).toMatchObject({ end: '2028-03-31', months: 12 });
    const a = ask('revenue forecast for FY2027');
    expect([a.status, a.text]).toEqual(['answer', expect.stringContaining('225,000')]);
  });
});

describe('a quarter the prose dates by its months or its end', () => {
  // The corpus (test/corpus/march-year-prose.jsonl): each sentence, set in the release, dates its figure so.
  const corpus = readFileSync('test/corpus/march-year-prose.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { sentence: string; end: string; months: number; fiscal: object; why: string });
  it.each(corpus)('"$sentence" is $end ($why)', ({ sentence, end, months, fiscal }) => {
    const at = LINES.findIndex((l) => l.startsWith('(1) Overview'));
    const lines = [...LINES.slice(0, at + 1), '', sentence, '', ...LINES.slice(at + 1)];
    const figure = /¥([\d,]+) million/.exec(sentence)![1]!.replace(/,/g, '');
    const f = inlineRelease(lines, FILE).facts.find((x) => x.source === 'narrative' && x.citation.line === at + 3 && x.value.toString() === figure)!;
    expect(f.period).toEqual({ kind: 'duration', end, months, fiscal });
  });
  it('answers the fourth quarter asked by its number with the months the release gives it', () => {
    const a = ask('4Q revenue?');
    expect([a.status, a.text]).toEqual(['answer', expect.stringMatching(/56,100.*Q4 2026/)]);
  });
});

describe('a forecast asked of a segment the outlook does not guide', () => {
  it.each(['sensors revenue forecast', 'Sensors segment revenue outlook for FY2027', 'forecast of meters revenue'])('"%s" is declined, never the group\'s forecast', (q) => {
    const a = ask(q);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('225,000');
  });
  it.each(['revenue forecast', 'group revenue outlook for FY2027', 'revenue guidance FY2027'])('"%s", the group\'s, is still answered', (q) => {
    expect(ask(q).text).toContain('225,000');
  });
});
