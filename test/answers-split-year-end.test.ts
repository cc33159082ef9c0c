// A split financial year ("2025/26") of an issuer whose year ends in late January, not March: "the 2025/26 year
// end", "the end of 2025/26" are that year's last day as the release dates it, the balance-sheet date a balance is
// asked at. The year was read as April to March, so the balance at January 31 was never found ("doesn't give ...
// for FY 2025/26", "for March 31, 2026"). The issuer and figures below are made up.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Synthetic Larchmere plc — Second Quarter Trading Statement',
  '',
  '**For the 13 weeks to 31 July 2026 (Q2 FY2026/27)**',
  '',
  'Synthetic Larchmere plc today publishes its unaudited results for the second quarter of the 2026/27 financial year. The financial year runs for 52 weeks to 31 January 2027.',
  '',
  '## Group sales',
  '',
  '£ million | Q2 2026/27 | Q2 2025/26',
  '---|---:|---:',
  'Group sales | 640.2 | 601.5',
  '',
  '## Net debt',
  '',
  '£ million | 31 Jul 2026 | 31 Jan 2026',
  '---|---:|---:',
  'Cash and cash equivalents | 120.4 | 98.7',
  'Bank borrowings | (300.0) | (310.0)',
  '**Net debt** | **(179.6)** | **(211.3)**',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(RELEASE, 'synthetic-larchmere-q2-fy27.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `split-end-${n++}`);

describe('the end of a split financial year is the day the release ends it', () => {
  it.each([
    ['net debt at the 2025/26 year end?', '£211.3 million as of January 31, 2026'],
    ['What was net debt at the end of FY 2025/26', '£211.3 million as of January 31, 2026'],
    ['cash and cash equivalents at the 2025/26 financial year end', '£98.7 million as of January 31, 2026'],
    ['bank borrowings at end of 2025/26?', '£310.0 million as of January 31, 2026'],
  ])('%s', (q, want) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
    // The cited row carries the year end's figure, not the quarter end's.
    const figure = want.slice(1, want.indexOf(' '));
    expect(a.citations.some((c) => c.quote.includes(figure))).toBe(true);
  });

  it('a quarter of the split year is still the quarter its columns name', () => {
    const a = ask('group sales in Q2 2025/26?');
    expect(a.text).toContain('£601.5 million');
  });

  it('a year end the release gives no balance at declines, never answering another date', () => {
    const a = ask('net debt at the 2024/25 year end?');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('211.3');
  });
});
