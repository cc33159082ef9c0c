// A difference whose subtracted term is a line's whole name is that line, never the minuend's measure said after it:
// "pre-tax income minus net income" was read as "... minus net income tax expense" and answered pre-tax income less the
// tax (RMB1,160.1 million, the net income itself) instead of the tax (recognisers/equation.ts partWithHead). Found beside
// r60-185. A term said short still takes the minuend's measure ("loan volume minus cap-light/ICE/tech"). Seed release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadKnowledge(['data/releases/qfin-2024q1.md']).kb);
});
let n = 0;
const ask = (q: string): Answer => engine.ask(q, `whole-term-${n++}`);

describe('the subtracted term said whole', () => {
  it.each([
    ['pre-tax profit less net income, 1Q24', '1,526,209 − 1,160,144'],
    ['EBT minus net income for Q4 2023', '1,330.9 − 1,107.7'],
  ])('"%s": net income subtracted, never the tax', (q, how) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(how);
    expect(a.text).not.toMatch(/income taxes expense/i);
  });

  it('a term said short still takes the minuend\'s measure', () => {
    const a = ask('total loan volume in 1Q24 less cap-light/ICE/tech');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('99,237 − 60,506');
  });
});
