// A rate of a quarter printed under a quarter-end date (hl42-025): a bank's ratio table headed "Sep. 30, 2026 |
// Jun. 30, 2026 | Sep. 30, 2025" prints the net interest margin beside CET1. The margin is the quarter's (it was
// read as a balance at the date, and "NIM change y/y" declined that the release gives no Q3 2025 margin);
// CET1 and book value per share stay at their dates. The rules are pinned by test/corpus/quarter-rates.jsonl.
// The issuer and figures are made up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quarterRate } from '../src/knowledge/quarter-rates.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

type Example = { label: string; rule: string | null };
const examples = readFileSync('test/corpus/quarter-rates.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('which lines are rates of a period', () => {
  it.each(examples)('$label → $rule', ({ label, rule }) => expect(quarterRate(label)?.name ?? null).toBe(rule));
});

const RELEASE = (own = 'Third Quarter 2026') => [
  '<html><body>',
  `<h1>Prairie Ridge Bancorp Reports ${own} Results</h1>`,
  '<p>OMAHA, Neb., October 20, 2026 -- Prairie Ridge Bancorp today reported net income of $41.2 million for the third quarter of 2026.</p>',
  '<table>',
  '<tr><th>(dollars in thousands)</th><th>Three Months Ended Sep. 30, 2026</th><th>Three Months Ended Sep. 30, 2025</th></tr>',
  '<tr><td>Net interest income</td><td>112,408</td><td>101,553</td></tr>',
  '<tr><td>Net income</td><td>41,210</td><td>36,874</td></tr>',
  '</table>',
  '<h2>Selected Ratios</h2>',
  '<table>',
  '<tr><th></th><th>Sep. 30, 2026</th><th>Jun. 30, 2026</th><th>Sep. 30, 2025</th></tr>',
  '<tr><td>Net interest margin (FTE)</td><td>3.51%</td><td>3.44%</td><td>3.20%</td></tr>',
  '<tr><td>Return on average assets</td><td>1.18%</td><td>1.12%</td><td>1.04%</td></tr>',
  '<tr><td>Common equity Tier 1 capital ratio</td><td>11.20%</td><td>11.05%</td><td>10.81%</td></tr>',
  '<tr><td>Return on average equity, last twelve months</td><td>12.40%</td><td>12.10%</td><td>11.60%</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a rate of a quarter under a quarter-end date', () => {
  const periods = (metric: string) =>
    inlineRelease(RELEASE(), 'prairie-q3-2026.html')
      .facts.filter((f) => f.metric === metric && f.source === 'table')
      .map((f) => (f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end}` : f.period.date));

  it('is the quarter ending on the date; a balance ratio stays at it', () => {
    expect(periods('net_interest_margin_fte')).toEqual(['3M-2026-09-30', '3M-2026-06-30', '3M-2025-09-30']);
    expect(periods('common_equity_tier_1_capital_ratio')).toEqual(['2026-09-30', '2026-06-30', '2025-09-30']);
    // (A rate whose label names its own span is that span's, never the quarter's: left at its date.)
    expect(periods('return_on_average_equity_last_twelve_months')).toEqual(['2026-09-30', '2026-06-30', '2025-09-30']);
  });

  it('answers the change of the margin year over year, in basis points', () => {
    const engine = inlineEngine(RELEASE(), 'prairie-q3-2026.html');
    const a = engine.ask('NIM change y/y in bps', 'a');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('3.20% in Q3 2025');
    expect(a.text).toContain('31 bps');
    expect(engine.ask('ROA vs prior quarter', 'b').text).toContain('1.12% in Q2 2026');
    expect(engine.ask('CET1 ratio yoy', 'c').text).toContain('as of September 30, 2025');
  });

  it('in a release of a half, the date names no quarter: the margin stays at it', () => {
    const dates: Record<string, string> = { 'Sep. 30, 2026': 'Jun. 30, 2026', 'Jun. 30, 2026': 'Dec. 31, 2025', 'Sep. 30, 2025': 'Jun. 30, 2025' };
    const half = RELEASE('First Half 2026').map((l) => l.replace(/(?:Sep|Jun)\. 30, 20\d\d/g, (d) => dates[d]!).replace(/Three Months/g, 'Six Months').replace('third quarter of 2026', 'first half of 2026'));
    const facts = inlineRelease(half, 'prairie-h1-2026.html').facts.filter((f) => f.metric === 'net_interest_margin_fte' && f.source === 'table');
    expect(facts.map((f) => (f.period.kind === 'instant' ? f.period.date : `${f.period.months}M-${f.period.end}`))).toEqual(['2026-06-30', '2025-12-31', '2025-06-30']);
  });
});
