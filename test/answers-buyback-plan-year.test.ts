// A question naming one plan by its year is answered for that plan only. "The 2023 plan's average price"
// was answered with the 2024 plan's US$19.3: the only average price printed, taken for any plan's. Word for
// word (handlers/plan-years.ts): "the new plan" is the latest year's, no year named gives every plan, and a
// year no plan has is declined naming the years the release does give.
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

const SIZE_2025 = "The 2025 repurchase plan's aggregate value (the plan's size): $80 million";
const PLAN_2026 = "The 2026 repurchase plan's aggregate value (the plan's size): $120 million\nThe 2026 repurchase plan's shares: 1.2 million shares (as of October 20, 2026)\nThe 2026 repurchase plan's total amount (the amount spent under the plan): $30 million (as of October 20, 2026)\nThe 2026 repurchase plan's average price: $25.0";

describe('the plan a question names', () => {
  it.each([
    ['how big is the 2025 buyback plan?', SIZE_2025],
    ['how big is the 2026 buyback plan?', PLAN_2026],
    // "The new plan": the latest year's.
    ['how big is the new buyback plan?', PLAN_2026],
    // No year named: every plan, each under its own name.
    ['how big is the buyback plan?', `${SIZE_2025}\n${PLAN_2026}`],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toBe(text);
  });

  it('a year no plan has: declined, naming the plans the release gives, never their figures', () => {
    const a = ask('how big is the 2024 buyback plan?');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/^The release gives that only for the 2025 and 2026 plan \(2025 Share Repurchase Plan share repurchase plan whereby .*; 2026 Share Repurchase Plan shares; 2026 Share Repurchase Plan total amount; 2026 Share Repurchase Plan average price\), none for the 2024 plan\.$/);
    expect(a.text).not.toMatch(/\$\d/);
  });

  it("a figure only another year's plan prints: declined, naming that plan", () => {
    const a = ask('average price paid under the 2025 buyback plan');
    expect([a.status, a.text]).toEqual(['unknown', 'The release gives that only for the 2026 plan (2026 Share Repurchase Plan average price), none for the 2025 plan.']);
  });
});
