// Charts in answers: a breakdown asked for as a chart carries its parts' values, in the release's unit,
// titled with company, figure, unit and period, each source line cited; a question that does not ask
// for a chart gets none, and a chart asked of a single figure says why there is none.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { NO_CHART } from '../src/intents/engine.js';

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = sharedEngine();
});
const ask = (q: string): Answer => engine.ask(q, `chart-${n++}`);

/** "- Credit driven services: RMB3,016.3 million (72.6%)" → [name, millions]. */
const listed = (text: string) => [...text.matchAll(/^- (.+?): RMB([\d,.]+) million/gm)].map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))] as const);

describe('breakdown charts', () => {
  it.each(['chart the breakdown of total net revenue', 'plot total net revenue by line', 'visualise the revenue breakdown', 'bar chart of the total net revenue breakdown'])('%s: bars of the parts the text lists', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    const chart = a.chart!;
    expect(chart.kind).toBe('bar');
    const parts = listed(a.text);
    expect(parts.length).toBeGreaterThan(1);
    expect(chart.categories).toEqual(parts.map(([name]) => name));
    // The chart's values are the figures the text gives (in thousands, the text in millions to one decimal).
    chart.series[0]!.values.forEach((v, i) => expect(Math.abs(v! / 1000 - parts[i]![1])).toBeLessThan(0.051));
    expect(chart.unit).toBe('RMB thousands');
    expect(chart.title).toMatch(/^Qifu Technology.*: total net revenue by line \(RMB thousands\), Q1 2024$/);
    // Every source line beneath the chart is a citation of the answer.
    expect(chart.sources).toEqual(expect.arrayContaining(a.citations.map((c) => `${c.document}:${c.line}`)));
    expect(chart.sources).toHaveLength(a.citations.length);
  });

  it('draws a mix or a pie as the parts stacked in one bar', () => {
    for (const q of ['chart the revenue mix', 'pie chart of the total net revenue breakdown']) {
      const a = ask(q);
      expect(a.chart?.kind, q).toBe('stacked');
      expect(a.chart?.series).toHaveLength(1);
    }
  });

  it('answers "revenue mix" with the parts and their shares, and no chart when none is asked for', () => {
    const a = ask('revenue mix');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/made up of:\n- .+\(\d+\.\d%\)/);
    expect(a.chart).toBeUndefined();
    expect(ask('break down total net revenue').chart).toBeUndefined();
  });

  it('says why there is no chart of a single figure, and still gives the figure', () => {
    const a = ask('chart net income');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/^Net income was RMB[\d,.]+ million/);
    expect(a.text).toContain(NO_CHART);
    expect(a.chart).toBeUndefined();
  });
});
