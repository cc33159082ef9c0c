// "Diluted ADSs" said as a noun is the diluted ADS count, as "diluted shares" is the share count (catalog.ts): a flow
// "per diluted ADS" the release prints no line of is divided by that count, never answered as the flow alone or
// refused as a division by diluted EPS per ADS; a printed per-ADS line stays that line. r60-076 ("total revenue /
// diluted ADS") was refused as dividing revenue by diluted net income per ADS. Seed release, other lines and wordings.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadKnowledge(['data/releases/qfin-2024q1.md']).kb);
});
let n = 0;
const ask = (q: string): Answer => engine.ask(q, `ads-count-${n++}`);

describe('the ADS count by its basis word', () => {
  it('"how many diluted ADSs in 1Q24": the diluted weighted average ADS count', () => {
    const a = ask('how many diluted ADSs in 1Q24');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('159,457,579 ADSs');
  });

  it('"income from operations per diluted ADS": divided by that count, its inputs cited', () => {
    const a = ask('income from operations per diluted ADS q1 2024');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('RMB1,364.1 million ÷ 159,457,579 ADSs');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([358]));
  });

  it('"total operating costs and expenses / diluted ADS": the same division, never by diluted EPS per ADS', () => {
    const a = ask('total operating costs and expenses / diluted ADS, 1Q24');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('÷ 159,457,579 ADSs');
  });

  it('a line the release prints per diluted ADS stays that line', () => {
    const a = ask('non-gaap net income per diluted ADS for the quarter');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('RMB7.58');
  });

  it('"diluted vs basic net income per ADS": both per-ADS lines, never the ADS count', () => {
    const a = ask('diluted vs basic net income per ADS difference Q1 2024');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('7.30 − 7.46');
  });
});
