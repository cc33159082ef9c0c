// A line the release prints over the last twelve months ("Attrition, last twelve months (%)") asked as "LTM
// attrition", "TTM attrition", "attrition last twelve months": the trailing words are the line's own, never four
// quarters to add up (which one release cannot give) nor a trailing figure "the release does not report".
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const engine = sharedEngine('eval/hl16/docs/nandira-q2fy27.txt');

describe('trailing words that are a printed line\'s own', () => {
  it.each([
    ['LTM attrition?', '13.1% in fiscal Q2 2027'],
    ['what was TTM attrition', '13.1% in fiscal Q2 2027'],
    ['attrition last twelve months a year ago?', '14.2% in fiscal Q2 2026'],
    ['LTM attrition in Q1 FY27', '13.4% in fiscal Q1 2027'],
  ])('%s', (q, want) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    expect(a.citations.map((c) => c.line)).toContain(73);
  });

  it('a line with no trailing name of its own is still asked over four quarters, which one release cannot give', () => {
    const a = engine.ask('LTM net profit?', 'ltm-np');
    expect(a.status).not.toBe('answer');
    expect(a.text).toMatch(/over the span asked/);
  });
});
