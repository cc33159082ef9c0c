// A follow-up setting a period against the thread's change ("and vs 4Q" after "yoy growth") asks the change
// from that period: the year-on-year basis carried over would answer the last change again, declined as a repeat.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('data/releases/qfin-2024q1.md');
});
let n = 0;

describe('a period set against the thread\'s change', () => {
  it.each([
    ['financing income?', 'yoy growth', 'and vs 4Q', '3.3%', 'Q4 2023'],
    ['net income yoy', 'vs 4Q23?', null, '4.7%', 'Q4 2023'],
    ['total opex qoq', 'and compared with 1Q23?', null, '7.6%', 'Q1 2023'],
  ])('%s / %s / %s: the change from the period named', (first, second, third, pct, period) => {
    const conversation = `set-against-${n++}`;
    const replies = [first, second, third].filter((q): q is string => q !== null).map((q) => engine.ask(q, conversation));
    const last = replies.at(-1)!;
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain(pct);
    expect(last.text).toContain(`from RMB`);
    expect(last.text).toContain(period);
  });

  it('a period named alone after a yoy change keeps asking that period', () => {
    const conversation = `set-against-${n++}`;
    engine.ask('net revenue yoy', conversation);
    const last = engine.ask('and Q4 2023?', conversation);
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain('4,495.5');
  });
});
