// "prior dividend?" after the dividend, "previous net income?" after net income: the thread's own line named after
// "prior" asks its figure a period back (or a decline where the release gives none), never the thread's figure
// again: before, "prior dividend?" gave the current $0.36 as the prior dividend (h33-011).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadKnowledge(['eval/hl5/docs/fairhaven-2026q3.md'], () => {}).kb);
});
let n = 0;
const ask = (...qs: string[]) => {
  const c = `prior-${n++}`;
  return qs.map((q) => engine.ask(q, c)).at(-1)!;
};

describe("the thread's line named after prior", () => {
  it('is never the figure just given', () => {
    const a = ask('dividend', 'prior dividend?');
    expect(a.text).not.toContain('$0.36');
    expect(a.status).toBe('unknown');
  });

  it('is the line a period back', () => {
    expect(ask('net income', 'previous net income?').text).toMatch(/\$55\.6 million in Q2 2026/);
  });

  it('"prior year" is a period, left to the period words', () => {
    expect(ask('net income', 'prior year net income?').text).not.toMatch(/was \$55\.6 million/);
  });
});
