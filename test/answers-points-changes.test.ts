// A rate's change the release states in basis or percentage points ("up 73 bps QoQ and 93 bps YoY"): the answer
// gives that figure, cited, where the two printed rates agree with it to their rounding, rather than the
// difference of the rounded rates (70 bps where the release says 73); a statement they contradict is not used.
import { beforeAll, describe, expect, it } from 'vitest';
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

let engine: Engine;
beforeAll(() => {
  engine = loadEngine({ releases: [writeTmp('brightwater-2024q3.md', RELEASE)] });
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
