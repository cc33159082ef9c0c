// "How much did they spend on X" asks for an amount paid out: a line the release prints negative (a
// cash-flow payment), a cost or expense, or one named for a payment. A sales line or a per-share figure
// of the name asked is no spending: declined, never given as the amount spent.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let apple: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Foundry Reports Second Quarter 2026 Results',
    '',
    'Synthetic Foundry today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| Revenue | 812,930 | 884,560 |',
    '| Research and development expense | 61,450 | 64,920 |',
    '| Purchases of property and equipment | (45,000) | (52,000) |',
  ]);
  apple = sharedEngine('../shared/releases/filed/aapl-2024q1.htm');
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `spent-${n++}`);

describe('an amount spent', () => {
  it('is the payment line printed in parentheses, asked with "spend"', () => {
    const a = ask(engine, 'how much did Synthetic Foundry spend on purchases of property and equipment in Q2 2026?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$52.0 million');
    const r = ask(engine, 'how much did they spend on research and development expense in Q2 2026?');
    expect(r.status).toBe('answer');
    expect(r.text).toContain('$64.9 million');
  });

  it('of a sales line is declined, never the sales given as spending', () => {
    const a = ask(engine, 'how much did they spend on revenue in Q2 2026?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('884');
  });

  it('as filed (Apple): buybacks asked with "spend ... repurchasing"; a product line and a per-share dividend are no spending', () => {
    const a = ask(apple, 'How much did Apple spend repurchasing its common stock in the December quarter?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('20.1 billion');
    const s = ask(apple, 'How much did Apple spend on Services in the quarter?');
    expect(s.status).toBe('unknown');
    expect(s.text).not.toContain('$23.1 billion');
    const d = ask(apple, 'How much did Apple spend on dividends in the quarter?');
    expect(d.status).toBe('unknown');
    expect(d.text).not.toContain('$0.24');
  });
});
