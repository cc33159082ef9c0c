// What a figure printed in parentheses is: a line that is a cost, a sum owed, or a part of a costs table,
// printed in parentheses in every period, is that amount (said to be printed so), never a minus that reads
// the other way ("net debt was $-3.41 billion" reads as net cash); a line named for both sides ("Net
// cash/(debt)", "Operating profit (loss)") is the side in parentheses. A share across opposite signs is declined.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const HEAD = ['# Synthetic Harbour Group Reports Third Quarter 2026 Results', '', 'Synthetic Harbour Group today reported results for the third quarter ended September 30, 2026.', ''];
let n = 0;
const ask = (lines: string[], q: string) => inlineEngine([...HEAD, ...lines]).ask(q, `parens-${n++}`);

const BALANCE = ['| ($ in millions) | September 30, 2026 | December 31, 2025 |', '|---|---|---|', '| Cash | 1,200.0 | 1,100.0 |', '| Borrowings | (4,610.2) | (4,500.0) |', '| Net debt | (3,410.2) | (3,400.0) |', ''];
const COSTS = ['Costs for the quarter:', '', '| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Revenue | 2,000.0 | 2,300.0 |', '| Fuel | (512.0) | (480.0) |', '| Staff | (900.0) | (850.0) |', '| Other | (410.0) | (400.0) |', '| Total operating costs | (1,822.0) | (1,730.0) |', ''];

describe('figures printed in parentheses', () => {
  it('net debt in parentheses is an amount owed, not a negative', () => {
    const a = ask([...BALANCE, ...COSTS], 'what was net debt?').text;
    expect(a).toContain('$3.41 billion');
    expect(a).not.toMatch(/-\$?3\.41|\$-/);
    expect(a).toContain('printed in parentheses');
  });

  it('borrowings, in other words, likewise', () => {
    const a = ask([...BALANCE, ...COSTS], 'how much were borrowings at the end of september?').text;
    expect(a).toContain('$4.61 billion');
    expect(a).not.toContain('-');
  });

  it('a line of a costs table whose label names no cost is a cost as its total is, and its share is positive', () => {
    expect(ask([...BALANCE, ...COSTS], 'what was fuel in Q3?').text).toMatch(/^Fuel was \$480\.0 million in Q3 2026 \(an expense/);
    const share = ask([...BALANCE, ...COSTS], 'fuel as % of total operating costs').text;
    expect(share).toContain('27.7%');
    expect(share).not.toContain('-');
  });

  it('a line named for both sides is the side in parentheses', () => {
    const a = ask(['| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Revenue | 300.0 | 310.0 |', '| Net cash/(debt) | (120.5) | (98.2) |', ''], 'net cash/(debt) in Q3 2026?').text;
    expect(a).toContain('$98.2 million');
    expect(a).toContain('debt, printed in parentheses');
  });

  it('a part in parentheses of a whole that is not: no share with a minus', () => {
    const lines = ['| ($ in millions) | Q3 2025 | Q3 2026 |', '|---|---|---|', '| Fuel | (512.0) | (480.0) |', '| Staff | (900.0) | (850.0) |', '| Operating costs | 1,412.0 | 1,330.0 |', ''];
    const a = ask(lines, 'fuel as % of operating costs in Q3 2026');
    expect(a.text).not.toMatch(/-\d/);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("Fuel and operating costs are printed with opposite signs (one in parentheses) in Q3 2026, so I won't give one as a share of the other.");
  });
});
