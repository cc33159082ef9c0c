// A release of a full year and its halves, no quarter: its tab tables head each column by a fiscal name
// alone ("FY27", "2H27", "1H27") under a corner cell stating the unit ("NZ$m", "PER SHARE (cents)"), and its
// prose dates the year it names ("the year ended 31 March 2027 (FY27)"). Each table is read on its own, each
// name dated by that year's calendar (2H27: the six months to March 2027), and a prose figure named "FY26" is
// of the year to March 2026 (knowledge/period-names.ts, tab-lines.ts, unit-cells.ts). A synthetic issuer.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (opening: string) => [
  'TARNWICK CO-OPERATIVE BANK LIMITED (NZX: TCB)',
  'ANNUAL RESULT TO 31 MARCH 2027',
  '',
  opening,
  '',
  '- Return on equity of 9.8% (FY26: 9.1%)',
  '',
  'INCOME STATEMENT',
  'NZ$m\tFY27\tFY26\t2H27\t1H27',
  'Net interest income\t1,204\t1,150\t611\t593',
  'Other income\t210\t198\t104\t106',
  'Total income\t1,414\t1,348\t715\t699',
  '',
  'PER SHARE (cents)\tFY27\tFY26',
  'Earnings per share\t61.5\t57.2',
  'Dividends per share\t40\t37',
];

const dated = 'Tarnwick Co-operative Bank Limited today reported net profit of NZ$402 million for the year ended 31 March 2027 (FY27), up 6.9%.';
const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('a release of a year and its halves, named by fiscal names alone', () => {
  it('reads each tab table under its own corner cell, each name dated by the year the prose dates', () => {
    const r = inlineRelease(release(dated), 'tarnwick.txt');
    expect(r.skipped).toEqual([]);
    expect(value(r, 'net_interest_income', '12M-2027-03-31')?.value.toString()).toBe('1204');
    expect(value(r, 'net_interest_income', '12M-2026-03-31')?.value.toString()).toBe('1150');
    expect(value(r, 'net_interest_income', '6M-2027-03-31')?.value.toString()).toBe('611');
    expect(value(r, 'net_interest_income', '6M-2026-09-30')?.value.toString()).toBe('593');
  });

  it('reads a per-share table in the cents its corner states, never in the amounts of the table above', () => {
    const r = inlineRelease(release(dated), 'tarnwick.txt');
    const eps = value(r, 'earnings_per_share', '12M-2027-03-31');
    expect(eps?.value.toString()).toBe('61.5');
    expect(eps?.unit).toEqual({ kind: 'count', scale: 1, noun: 'cents' });
  });

  it('answers a half asked by its fiscal name, and a prose figure named by the prior year', () => {
    const engine = inlineEngine(release(dated), 'tarnwick.txt');
    const half = engine.ask('NII 2H27?', 'a');
    expect(half.status).toBe('answer');
    expect(half.text).toContain('611');
    expect(half.text).toContain('March 31, 2027');
    const first = engine.ask('net interest income 1H27', 'b');
    expect(first.text).toContain('593');
    expect(first.text).toContain('September 30, 2026');
    const roe = inlineRelease(release(dated), 'tarnwick.txt').facts.find((f) => f.metric === 'return_on_equity' && f.value.toString() === '9.1');
    expect(roe && periodKey(roe.period)).toBe('12M-2026-03-31');
  });

  it('refuses a release whose prose dates no name of it, naming its columns, never reading them as the calendar\'s year', () => {
    const undated = release('Tarnwick Co-operative Bank Limited today reported net profit of NZ$402 million, up 6.9%.');
    expect(() => inlineRelease(undated, 'tarnwick.txt')).toThrow(/cannot tell which quarter the release reports \(its columns are of 6 and 12 months only, none dated\)/);
  });
});
