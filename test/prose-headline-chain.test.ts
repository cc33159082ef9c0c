// Headline lines under a release's title run on into one sentence ("Net sales of $X, up 9%; record bookings
// Quarterly dividend raised 8% to $0.27 per share"). A figure the reader cannot name ("raised 8%") breaks the
// chain: what it arrived at is not the first line's value, and a per-share figure is never the value of a line
// stated as an amount. Synthetic plain-text releases (indented headline lines, as a wire release prints them), written inline.
import { describe, expect, it } from 'vitest';
import { inlineRelease } from './support/inline.js';

const release = (headline: string[]) =>
  inlineRelease([
    '                 CORVANE SYSTEMS REPORTS THIRD QUARTER 2026 RESULTS',
    '',
    ...headline.map((l) => `  ${l}`),
    '',
    'Corvane Systems, Inc. today reported results for the third quarter ended September 30, 2026.',
  ], 'corvane-3q26.txt');

const of = (r: ReturnType<typeof inlineRelease>, re: RegExp) => r.facts.filter((f) => re.test(f.metric)).map((f) => `${f.value.toString()} ${f.unit.kind}`);

describe('headline lines run on into one sentence', () => {
  it('never give a dividend raised to a per-share figure to the line before', () => {
    const r = release(['Net sales of $318.6 million, up 9.2% year over year; record services bookings', 'Quarterly dividend raised 8% to $0.27 per share']);
    expect(of(r, /net_sales|revenue/)).toEqual(['318.6 money', '9.2 percent']);
    expect(r.facts.some((f) => f.value.toString() === '0.27' && f.unit.kind !== 'per_share')).toBe(false);
    expect(r.facts.filter((f) => f.value.toString() === '0.27').every((f) => !/sales|revenue/.test(f.metric))).toBe(true);
  });
  it('never give what an unnamed change arrived at to the line before (a count)', () => {
    const r = release(['Operating income of $52.1 million, up 4.0% from a year ago; backlog at a record', 'Shares outstanding cut 3% to 41.2 million']);
    expect(of(r, /operating_income/)).toEqual(['52.1 money', '4 percent']);
  });
  it('a per-share figure a line of amounts arrived at is no value of it', () => {
    const r = release(['Gross margin of 41.0%, up from 39.5%', 'Revenue of $97.0 million, up 11% year over year to $1.15 per share']);
    expect(r.facts.some((f) => f.value.toString() === '1.15')).toBe(false);
    expect(r.nonFigures.find((n) => n.text === '$1.15')?.reason).toMatch(/per-share figure arrived at by a line stated as an amount/);
  });
  it('keeps a value a named change arrived at', () => {
    const r = release(['Revenue rose 11% year over year to $97.0 million.']);
    expect(of(r, /revenue/)).toEqual(['11 percent', '97 money']);
  });
});
