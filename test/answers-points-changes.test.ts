// A rate's change the release states in basis or percentage points ("up 73 bps QoQ and 93 bps YoY"): the answer
// gives that figure, cited, where the two printed rates agree with it to their rounding, rather than the
// difference of the rounded rates (70 bps where the release says 73); a statement they contradict is not used.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { writeTmp } from './knowledge-helpers.js';

const RELEASE = `# Brightwater Services Reports Third Quarter 2024 Results

**AUSTIN, October 30, 2024** — Brightwater Services, Inc. (NYSE: BWS) today reported results for the third quarter ended September 30, 2024.

## Third Quarter 2024 Highlights

- EBIT margin of 19.4%, up 73 bps QoQ and 93 bps YoY.
- Gross margin contracted 150 basis points year over year to 41.0%.
- Net interest margin was 3.42%, 0.5 percentage points higher than a year ago.
- Operating margin was 12.0%, up 200 bps year over year.

## Selected Financial Data

| (in millions, except percentages) | Q3 2024 | Q2 2024 | Q3 2023 |
|---|---|---|---|
| Revenue | 1,200.0 | 1,150.0 | 1,100.0 |
| EBIT | 232.8 | 214.6 | 203.5 |
| EBIT margin | 19.4% | 18.7% | 18.5% |
| Gross margin | 41.0% | 41.5% | 42.5% |
| Operating margin | 12.0% | 11.8% | 11.5% |
`;

// Change columns in points beside the rates: basis points named only by their basis, percentage points by "Change".
const RATIOS = `# Kestrel Lending Reports Second Quarter 2025 Results

**MUMBAI, July 28, 2025** — Kestrel Lending Ltd. today reported results for the quarter ended June 30, 2025.

## Key Ratios

| | Q2 2025 | Q1 2025 | Q2 2024 | QoQ (bps) | YoY (bps) |
|---|---|---|---|---|---|
| Net interest margin | 9.18% | 9.11% | 9.02% | 7 | 16 |
| Cost-to-income ratio | 35.6% | 36.4% | 37.3% | (80) | (170) |
| Loans (Rs crore) | 48,612 | 46,200 | 40,100 | 5.2 | 21.2 |

## Capital

| | Q2 2025 | Q2 2024 | Change (pp) |
|---|---|---|---|
| Capital adequacy ratio | 21.4% | 22.6% | (1.2) |
`;

let engine: Engine;
let ratios: Engine;
beforeAll(() => {
  engine = loadEngine({ releases: [writeTmp('brightwater-2024q3.md', RELEASE)] });
  ratios = loadEngine({ releases: [writeTmp('kestrel-lending-2025q2.md', RATIOS)] });
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `points-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0];

describe('a change in points the release states', () => {
  it('is the answer for its basis, cited, where the printed rates agree with it to their rounding', () => {
    const yoy = ask('EBIT margin yoy bps?');
    expect(said(yoy)).toBe('EBIT margin was 19.4% in Q3 2024, up 0.93 percentage points (93 bps) year over year as the release states it (line 7), from 18.5% in Q3 2023.');
    expect(yoy.citations.map((c) => c.line)).toContain(7);
    expect(said(ask('EBIT margin change qoq'))).toBe('EBIT margin was 19.4% in Q3 2024, up 0.73 percentage points (73 bps) quarter over quarter as the release states it (line 7), from 18.7% in Q2 2024.');
  });

  it('keeps its direction: a margin that contracted is down', () => {
    expect(said(ask('gross margin yoy'))).toBe('Gross margin was 41.0% in Q3 2024, down 1.50 percentage points (150 bps) year over year as the release states it (line 8), from 42.5% in Q3 2023.');
  });

  it('is not used where the printed rates contradict it: their difference is the answer', () => {
    const a = ask('operating margin yoy');
    expect(said(a)).toBe('Operating margin was 12.0% in Q3 2024, up 0.5 percentage points year over year, from 11.5% in Q3 2023.');
    expect(a.citations.map((c) => c.line)).not.toContain(10);
  });

  it('with no earlier rate printed, is said as the release states it', () => {
    expect(said(ask('net interest margin change yoy'))).toBe('Net interest margin was 3.42% in Q3 2024, up 0.5 percentage points (50 bps) year over year as the release states it (line 9).');
  });
});

describe('a change column in points', () => {
  const on = (q: string) => said(ratios.ask(q, `ratios-${n++}`));

  it('states the rate\'s change for its basis, cited to its row, in basis points or percentage points', () => {
    expect(on('NIM qoq bps')).toBe('Net interest margin was 9.18% in Q2 2025, up 0.07 percentage points (7 bps) quarter over quarter as the release states it (line 9), from 9.11% in Q1 2025.');
    expect(on('cost-to-income ratio yoy')).toBe('Cost-to-income ratio was 35.6% in Q2 2025, down 1.70 percentage points (170 bps) year over year as the release states it (line 10), from 37.3% in Q2 2024.');
    expect(on('capital adequacy ratio change yoy')).toBe('Capital adequacy ratio was 21.4% in Q2 2025, down 1.2 percentage points (120 bps) year over year as the release states it (line 17), from 22.6% in Q2 2024.');
  });

  it('is no change of an amount: a figure in its column on an amount\'s row is not read as one', () => {
    const a = on('loans yoy');
    expect(a).toContain('year over year');
    expect(a).not.toMatch(/as the release states it|percentage points|bps/);
  });
});

describe('a change in points under a heading run into its sentence (a text release)', () => {
  let flt: Engine;
  beforeAll(() => {
    flt = sharedEngine('eval/hl26/docs/flt-2026q3.txt');
  });

  it('makes no line of the heading\'s words: the stated reason stays the rate\'s, and its stated change is cited', () => {
    const why = flt.ask('why did gross margin go up sequentially?', 'flt-1');
    expect(why.status).toBe('answer');
    expect(why.text).toContain('higher fab utilization');
    expect(said(flt.ask('gross margin change qoq', 'flt-2'))).toBe('Gross margin was 31.0% in Q3 2026, up 1.0 percentage points (100 bps) quarter over quarter as the release states it (line 15), from 30.0% in Q2 2026.');
  });
});
