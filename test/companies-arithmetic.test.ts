// Arithmetic between two companies' figures (intents/across.ts): each company's lead figure, added up or
// one less the other in the order named, both cited and the formula shown; which one is the larger or the
// smaller where asked. The seed (Qifu Technology, Q1 2024 release) and the synthetic Lumen Finance release.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const SEED = 'data/releases/qfin-2024q1.md';
const LUMEN = 'test/fixtures/lumen-2023q4.md';
let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = buildEngine(loadKnowledge([SEED, LUMEN], () => {}).companies);
});
const ask = (q: string) => engine.ask(q, `arith${n++}`);
const cited = (a: Answer) => a.citations.map((c) => `${c.document}:${c.line}`);

describe('two companies added up or set one against the other', () => {
  it('says which is the more, with the difference as a positive amount and its formula in the order named', () => {
    const a = ask('Qifu minus Lumen net income in Q4 2023');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')).toEqual([
      'Net income of Qifu Technology is RMB657.0 million more than that of Lumen Finance Holdings in Q4 2023: RMB1,107.7 million (Qifu Technology) − RMB450.7 million (Lumen Finance Holdings).',
      'How: Difference = RMB1,107.7 million (Qifu Technology) − RMB450.7 million (Lumen Finance Holdings).',
    ]);
    expect(a.period).toBe('Q4 2023');
    expect(cited(a)).toEqual([`${SEED}:125`, `${LUMEN}:216`]);
  });

  it('adds up the lines each company leads with, both cited, the formula shown', () => {
    const a = ask('Qifu and Lumen total operating costs and expenses in Q4 2023 combined');
    expect(a.text.split('\n')).toEqual([
      'Total operating costs and expenses of Qifu Technology and Lumen Finance Holdings added up to RMB4,554.7 million in Q4 2023: RMB3,215.9 million (Qifu Technology) + RMB1,338.8 million (Lumen Finance Holdings).',
      'How: Combined = RMB3,215.9 million (Qifu Technology) + RMB1,338.8 million (Lumen Finance Holdings).',
    ]);
    expect(cited(a)).toEqual([`${SEED}:99`, `${LUMEN}:209`]);
  });

  it('declines figures of two periods, and names the companies to ask one at a time', () => {
    const a = ask('Lumen minus Qifu net income');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("I can add or subtract two companies' figures only where each company answers the question with one amount, in one currency, for the same period: ask about Lumen Finance Holdings and Qifu Technology one at a time.");
    expect(a.citations).toEqual([]);
  });
});

describe('which company has the larger or smaller figure', () => {
  it('names the smaller where the question asks for the smallest', () => {
    const a = ask('which had the smallest net income in Q4 2023, Qifu or Lumen?');
    expect(a.text.split('\n')[2]).toBe('Lumen Finance Holdings has the smaller figure in Q4 2023: RMB450.7 million, against RMB1,107.7 million (Qifu Technology).');
  });
});
