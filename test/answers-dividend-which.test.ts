// Which payment of the year a dividend is ("interim", "final", "special") stays in its name when the prose says
// the board approved it (knowledge/prose/subject.ts); "dividend" and "DPS" still reach the one such line
// (naming/rules.ts, dividend-which-unsaid), and a kind the line is not declines naming it
// (refiners/other-measure-asked.ts). "final dividend?" had answered the interim €0.18 (hl41 meridional).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let e: Engine;
beforeAll(() => {
  e = inlineEngine(
    [
      '# Banco Ostral, S.A. – Results for the third quarter of 2026',
      '',
      'Banco Ostral reports its results for the three months ended 30 September 2026 (Q3 2026).',
      '',
      'The Board approved an interim cash dividend of €0.21 gross per share against 2026 results, to be paid on 8 December 2026.',
      '',
    ],
    'ostral-3t26.md',
  );
});
let n = 0;
const ask = (q: string) => e.ask(q, `div-which-${n++}`);

describe('a dividend named by which payment of the year it is', () => {
  it.each(['interim dividend', 'dividend?', 'DPS', 'interim DPS'])('%s is the interim dividend', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('0.21');
    expect(a.text.toLowerCase()).toContain('interim');
  });
  it.each(['final dividend?', 'special dividend', 'what was the final DPS'])('%s is not the interim one, and says which was asked', (q) => {
    const a = ask(q);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('0.21');
    expect(a.text.toLowerCase()).toMatch(/final|special/);
  });
});
