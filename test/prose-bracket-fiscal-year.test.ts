// A fiscal year named alone in a bracket beside a figure of a shorter span ("interim dividend of 3.10p (FY26: 2.85p)")
// labels the comparative: that span of the year before. Read as the whole year, dated January to December, it ended
// after the figure's own half and was answered as the latest interim dividend.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const FEBRUARY_YEAR = [
  '# Synthetic Holloway Grocers plc -- Third Quarter Trading Statement, Fiscal 2027', '',
  'Synthetic Holloway Grocers plc reports its trading for the third quarter of fiscal 2027 (the 13 weeks ended 28 November 2026).',
  "Holloway's financial year ends on the last Saturday in February.", '',
  '| £ million | Q3 FY27 | Q3 FY26 |', '| --- | --- | --- |', '| Revenue | 1,204.6 | 1,150.2 |', '| Operating profit | 61.0 | 55.4 |', '',
  'The interim dividend of 3.10p per share (FY26: 2.85p), announced with the half-year results, will be paid on 8 January 2027.',
];
const CALENDAR_HALF = [
  '# Synthetic Marsden Tools plc -- Half-year results', '',
  'Synthetic Marsden Tools plc reports its results for the six months ended 30 June 2026.', '',
  '| £ million | H1 2026 | H1 2025 |', '| --- | --- | --- |', '| Revenue | 412.0 | 398.5 |', '| Operating profit | 40.2 | 37.9 |', '',
  'The interim dividend of 5.0p per share (FY25: 4.5p) will be paid on 2 October 2026.',
  'Capital expenditure was £12.0 million (FY26: £20.0 million).',
];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine(lines).ask(q, `fyb-${n++}`);

describe('a fiscal year named alone in a bracket beside a shorter span is the comparative of that span', () => {
  it.each([
    ['interim dividend', FEBRUARY_YEAR, '3.10p', '2.85p'],
    ["what's the interim dividend?", FEBRUARY_YEAR, '3.10p', '2.85p'],
    ['interim dividend', CALENDAR_HALF, '5.0p', '4.5p'],
  ])('%#: "%s" is the figure of the release, never the bracket', (q, lines, own, bracket) => {
    const a = ask(lines, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(own);
    expect(a.text).not.toContain(bracket);
  });
  it('the bracket is dated as the same half of the year before', () => {
    const facts = inlineRelease(FEBRUARY_YEAR).facts.filter((f) => f.metric === 'interim_dividend');
    const earlier = facts.find((f) => f.value.toString() === '2.85');
    expect(earlier?.period).toMatchObject({ kind: 'duration', months: 6, fiscal: { year: 2026 } });
  });
  it('a bracket naming the figure\'s own year is no comparative: no fact of it', () => {
    const facts = inlineRelease(CALENDAR_HALF).facts.filter((f) => f.value.toString() === '20');
    expect(facts).toEqual([]);
  });
});
