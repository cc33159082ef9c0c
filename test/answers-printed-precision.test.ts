// A percentage the release prints is shown to the decimals it was printed with ("20%" is never "20.0%",
// a claim its own inputs may contradict: 45.8 ÷ 233.2 = 19.6%), and a follow-up asking for the amount
// after a ratio ("and last year, the amount?") is the line the ratio was computed from (hl13 class:
// false precision; a ratio's amount). An inline release in other words than any exam's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let e: Engine;
beforeAll(() => {
  e = inlineEngine([
    '# Harbourline Systems Reports Second Quarter 2026 Results',
    '',
    'Harbourline Systems today reported results for the quarter ended June 30, 2026.',
    '',
    '| (US$ in thousands, except percentages) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    '| Total revenue | 233,245 | 196,257 |',
    '| Adjusted EBITDA | 61,870 | 40,115 |',
    '| Adjusted EBITDA margin | 27% | 20% |',
    '| Free cash flow | 45,815 | 31,181 |',
    '| Free cash flow margin | 20% | 16% |',
    '| Net revenue retention | 112.5% | 110.0% |',
  ]);
});

let n = 0;
const ask = (q: string, conversation = `precision-${n++}`): Answer => e.ask(q, conversation);
const said = (a: Answer) => a.text.split('\nHow: ')[0]!;

describe('a printed percentage keeps its printed decimals', () => {
  it('a whole-number margin stays whole', () => {
    expect(said(ask('FCF margin'))).toContain('20%');
    expect(said(ask('FCF margin'))).not.toContain('20.0%');
    expect(said(ask('adjusted EBITDA margin in Q2 2025'))).not.toContain('20.0%');
  });
  it('a percentage printed with a decimal keeps it', () => {
    expect(said(ask('net revenue retention in Q2 2025'))).toContain('110.0%');
  });
});

describe("a ratio's amount, asked after the ratio", () => {
  it('"and a year earlier, the amount?" after a margin is its numerator line then', () => {
    const c = 'ratio-amount-1';
    expect(said(ask('adjusted EBITDA this quarter?', c))).toContain('$61.9 million');
    expect(said(ask('margin?', c))).toContain('27%');
    const a = ask('and a year earlier, the amount?', c);
    expect(said(a)).toContain('$40.1 million');
    expect(a.citations[0]!.quote).toContain('Adjusted EBITDA ');
  });
  it('"the dollar figure" straight after the margin, naming no period', () => {
    const c = 'ratio-amount-2';
    ask('free cash flow margin for Q2 2025', c);
    expect(said(ask('the dollar figure?', c))).toContain('$31.2 million');
  });
});
