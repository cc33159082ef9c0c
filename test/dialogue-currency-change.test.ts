// A thread's USD turn and a change asked after it: a change is in the release's own currency, so "yoy" after
// "in dollars" names no currency and is answered in it (the percentage is the same in any); and one period's
// figure asked in USD after a change ("and 4Q23 opex in usd") is that figure translated, never a change in USD.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('data/releases/qfin-2024q1.md');
});
let n = 0;
const thread = (...turns: string[]) => {
  const conversation = `currency-change-${n++}`;
  return turns.map((q) => engine.ask(q, conversation)).at(-1)!;
};

describe('a change asked after a USD turn', () => {
  it.each([
    [['diluted EPADS gaap', 'in dollars', 'yoy'], '29.4%'],
    [['total opex in usd', 'qoq?'], '13.3%'],
    [['net income in US$', 'growth year over year?'], '24.8%'],
  ])('%j: the change, in the release\'s currency', (turns, pct) => {
    const last = thread(...turns);
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain(pct);
    expect(last.text).toContain('RMB');
  });

  it('a change asked in USD is still declined', () => {
    const last = thread('net income in USD', 'change in USD yoy');
    expect(last.status).toBe('unknown');
    expect(last.text).toContain('changes are in RMB');
  });
});

describe('one period\'s figure in USD asked after a change', () => {
  it.each([
    ['and 4Q23 opex in usd at the release rate', 'US$445.4 million in Q4 2023'],
    ['and 4Q23 in usd?', 'US$445.4 million in Q4 2023'],
    ['and Q1 2023 in dollars', 'US$359.0 million in Q1 2023'],
  ])('%s: that figure translated', (q, said) => {
    const last = thread('total opex', 'vs prior qtr %', q);
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain(said);
    expect(last.text).toContain('7.2203');
  });

  it('a currency alone after a change is no figure asked', () => {
    const last = thread('total opex', 'vs prior qtr %', 'and in usd?');
    expect(last.status).toBe('unknown');
  });
});
