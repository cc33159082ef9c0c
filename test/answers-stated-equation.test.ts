// A question stating an equation ("so FCF = ops minus capex?") asks for its formula, worked out with its inputs
// shown; the asker's name for the result is no line to take one of the formula's lines from (printed free cash
// flow less capex had been answered). An operand said by a word of a line the thread just showed ("ops" after
// "cash from ops") is that line; said nowhere in the thread, the side it names is declined, never guessed.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Synthetic Foods plc Third Quarter 2026 Trading Update',
  '',
  'Synthetic Foods plc today reported results for the third quarter ended December 31, 2026.',
  '',
  '| (£ in millions) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Cash generated from operations | 214.7 | 190.2 |',
  '| Capital expenditure | (71.2) | (65.0) |',
  '| Lease payments | (45.2) | (40.1) |',
  '| Free cash flow | 98.3 | 85.1 |',
];

describe('an equation the asker states', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  let n = 0;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const last = (qs: string[]) => {
    const c = `equation-${n++}`;
    return qs.map((q) => engine.ask(q, c)).at(-1)!;
  };

  it.each([
    'so FCF = ops minus capex?',
    'ops minus capex = FCF?',
    'so free cash flow is ops less capex?',
    'so FCF = cash from ops minus capex?',
    'so free cash flow equals cash generated from operations minus capex?',
  ])('after cash from ops and capex, "%s": ops − capex, inputs shown', (q) => {
    const a = last(['cash from ops', 'capex?', q]);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('£143.5 million');
    expect(a.text).toContain('214.7 − 71.2');
    expect(a.text).not.toContain('98.3 − 71.2');
  });

  it('the formula named in full with no thread: worked out', () => {
    const a = last(['FCF = cash generated from operations minus capex?']);
    expect(a.text).toContain('£143.5 million');
  });

  it('an operand the thread never showed is declined, never the printed line less the other', () => {
    const a = last(['lease payments', 'so FCF = ops minus capex?']);
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('£27.1 million');
  });
});
