// A question naming one plan by its year is answered for that plan only. "The 2023 plan's average price"
// was answered with the 2024 plan's US$19.3: the only average price printed, taken for any plan's.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Harbour Foods Reports Third Quarter 2026 Results', '', 'Synthetic Harbour Foods today reported results for the third quarter ended September 30, 2026.', '',
  '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Revenue | 200.0 | 230.0 |', '',
  'On May 2, 2025, the Company announced a share repurchase plan (the "2025 Share Repurchase Plan") whereby the Company is authorized to repurchase its shares with an aggregate value of up to $80 million. As of June 30, 2026, the Company had utilized substantially all of the 2025 Share Repurchase Plan.', '',
  'On July 1, 2026, the board approved a new share repurchase plan (the "2026 Share Repurchase Plan") whereby the Company is authorized to repurchase its shares with an aggregate value of up to $120 million.', '',
  'As of October 20, 2026, the Company had purchased approximately 1.2 million shares for a total amount of approximately $30 million at an average price of $25.0 per share pursuant to the 2026 Share Repurchase Plan.', '',
];
let n = 0;
const ask = (q: string) => inlineEngine(release).ask(q, `bb-plan-year-${n++}`);

describe('a plan named by its year is answered with that plan\'s figures only', () => {
  it('declines the average price of a plan whose average price is not printed', () => {
    const a = ask('average price paid under the 2025 buyback plan');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('25.0');
    expect(a.text).toContain('2025 plan');
  });

  it('in other words: the amount spent under the earlier plan', () => {
    const a = ask('amount spent under the 2025 buyback plan');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('$30');
  });

  it('still answers the plan that prints it', () => {
    const a = ask('average price paid under the 2026 buyback plan');
    expect(a.text).toContain('$25');
  });
});
