// A balance dated at a day already reported, said in an outlook sentence ("With a backlog of $2.31 billion as of
// September 30, 2026, the Company raises its full-year revenue outlook ..."), is that day's balance, never guidance for
// the year the sentence looks ahead to. Before, it was a FY2026 guidance range of one point, answered for "FY26 backlog guidance".
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Calder Rail Systems Reports Third Quarter 2026 Results',
  '',
  'Calder Rail Systems reported results for the quarter ended September 30, 2026. Revenue was $612.4 million.',
  '',
  '## 2026 Outlook',
  '',
  'With a record backlog of $2.31 billion as of September 30, 2026, the Company raises its full-year 2026 revenue outlook to $2.40 billion to $2.45 billion.',
];

describe('a balance at a reported date in an outlook sentence', () => {
  it('is the balance at that date, and the revenue range is still guidance', () => {
    const r = inlineRelease(LINES, 'calder.md');
    const guided = r.facts.filter((f) => f.role === 'low' || f.role === 'high');
    expect(guided.map((f) => f.value.toString())).not.toContain('2.31');
    expect(guided.map((f) => f.value.toString())).toEqual(expect.arrayContaining(['2.4', '2.45']));
    const backlog = r.facts.find((f) => f.value.toString() === '2.31');
    expect(backlog && periodKey(backlog.period)).toBe(periodKey({ kind: 'instant', date: '2026-09-30' }));
  });
  it('is not given as the year\'s guidance', () => {
    const a = inlineEngine(LINES, 'calder.md').ask('What is the FY26 backlog guidance?', 'dated-balance');
    expect(a.text).not.toMatch(/2\.31/);
  });
});
