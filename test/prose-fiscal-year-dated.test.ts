// A fiscal year the prose names that no column is headed by ("Revenue for fiscal 2026 was ...") is dated as the release
// dates its own quarter: it ended March 31, 2026, not December 31. Read from a calendar year's months it answered "the
// year ended December 31, 2026" and declined "the year ended March 31, 2026".
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const MARCH_YEAR = [
  '# Synthetic Ashcombe Systems Inc. Reports First Quarter Fiscal 2027 Results', '',
  'Synthetic Ashcombe Systems Inc. today reported results for the first quarter of fiscal 2027, ended June 30, 2026.', '',
  '| ($ in millions) | Q1 FY27 | Q1 FY26 |', '| --- | --- | --- |', '| Revenue | 1,020.4 | 950.1 |', '| Operating income | 120.3 | 101.2 |', '',
  'Revenue for fiscal 2026 was $3,912.5 million.', '',
  'We expect fiscal 2027 revenue of $4.2 billion to $4.3 billion.',
];
let n = 0;
const ask = (q: string) => inlineEngine(MARCH_YEAR).ask(q, `fyd-${n++}`);

describe("a fiscal year named only in the prose is dated by the release's own quarter", () => {
  it.each(['revenue for the year ended March 31, 2026', 'fiscal 2026 revenue', 'revenue in fiscal year 2026'])('%#: "%s" is the year ended March 2026', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('3,912.5');
  });
  it('the year ended December 31, 2026 is not in the release', () => {
    const a = ask('revenue for the year ended December 31, 2026');
    expect(a.text).not.toContain('3,912.5');
  });
  it('the years end in March', () => {
    const ends = inlineRelease(MARCH_YEAR).facts.filter((f) => f.period.kind === 'duration' && f.period.months === 12).map((f) => f.period.kind === 'duration' && f.period.end);
    expect(new Set(ends)).toEqual(new Set(['2026-03-31', '2027-03-31']));
  });
});
