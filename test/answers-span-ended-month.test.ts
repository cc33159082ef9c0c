// A span written as ended a month without its day ("the quarter ended Dec-23", "the three months ended
// Mar 2023") is that one period: its figure alone, never this quarter's compared with the month's end.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';

let seed: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

let n = 0;
const ask = (q: string): Answer => seed.ask(q, `span-ended-month-${n++}`);
const said = (a: Answer) => a.text.split('\n')[0]!;

describe('a span ended a month', () => {
  it('the quarter ended Dec-23 is Q4 2023 alone', () => {
    const a = ask('net income for the quarter ended Dec-23');
    expect(a.status).toBe('answer');
    expect(said(a)).toBe('Net income was RMB1,107.7 million in Q4 2023.');
  });

  it('the three months ended Mar 2023 is Q1 2023, not this quarter', () => {
    const a = ask('revenue for the three months ended Mar 2023');
    expect(said(a)).toBe('Total net revenue was RMB3,599.2 million in Q1 2023.');
  });

  it('a month the release has no quarter ending in declines', () => {
    expect(ask('net income for the quarter ended Jan-24').status).not.toBe('answer');
  });
});
