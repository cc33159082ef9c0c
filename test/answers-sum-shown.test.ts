// What a user reads from a sum of lines (handlers/sum.ts), word for word: the result with its sign, each
// term under it (a subtracted one marked), the formula, the change between periods with its direction,
// and each decline for the input it exists to refuse (a part counted twice, lines of different kinds, a
// part taken out of a line that does not hold it, a balance added over dates, a share's change). The
// release is synthetic, written inline; every expected figure was worked by hand from its table.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(
    [
      '# Synthetic Meridian Reports Second Quarter 2026 Results',
      '',
      'Synthetic Meridian today reported results for the second quarter ended June 30, 2026.',
      '',
      '| (RMB in thousands) | Q2 2025 | Q1 2026 | Q2 2026 |',
      '|---|---|---|---|',
      '| Loan facilitation fees | 400,000 | 450,000 | 480,000 |',
      '| Platform service fees | 200,000 | 210,000 | 210,000 |',
      '| Other revenues | 50,000 | 40,000 | 60,000 |',
      '| **Total net revenue** | **650,000** | **700,000** | **750,000** |',
      '| Sales and marketing expenses | 120,000 | 130,000 | 125,000 |',
      '| General and administrative expenses | 60,000 | 65,000 | 70,000 |',
      '| Research and development expenses | 30,000 | 30,000 | 30,000 |',
      '| Income tax expense | (20,000) | (25,000) | (27,000) |',
      '| Provision for loans receivable | 10,000 | 12,000 | 15,000 |',
      '| Provision for contract assets | 5,000 | 6,000 | 4,000 |',
      '| Provision for guarantee liabilities | 8,000 | 9,000 | 11,000 |',
      '| Net income | 90,000 | 100,000 | 110,000 |',
      '| Basic earnings per share | 0.52 | 0.57 | 0.62 |',
      '| Diluted earnings per share | 0.50 | 0.55 | 0.60 |',
      '| Net margin | 13.8% | 14.3% | 14.7% |',
      '',
      '| (RMB in thousands) | Q2 2025 | Q1 2026 | Q2 2026 |',
      '|---|---|---|---|',
      '| Net cash provided by operating activities | 150,000 | 160,000 | 170,000 |',
      '| Net cash used in investing activities | (80,000) | (90,000) | (100,000) |',
      '',
      '| (RMB in thousands) | December 31, 2025 | June 30, 2026 |',
      '|---|---|---|',
      '| Cash and cash equivalents | 1,000,000 | 1,100,000 |',
    ],
    'meridian-2026q2.md',
  );
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `sum-shown-${n++}`);
const lines = (a: Answer) => a.citations.map((c) => c.line).sort((x, y) => x - y);

describe('a sum of lines for one period', () => {
  it.each([
    ['sum of sales and marketing and general and administrative expenses', 'The sum of 2 lines was RMB195.0 million in Q2 2026:\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million\nHow: Sum = 125,000 + 70,000.'],
    ['total of S&M, G&A and R&D', 'The sum of 3 lines was RMB225.0 million in Q2 2026:\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million\n- Research and development expenses: RMB30.0 million\nHow: Sum = 125,000 + 70,000 + 30,000.'],
    // An expense printed in parentheses is added as an amount beside another outgoing.
    ['income tax expense plus G&A', 'The sum of 2 lines was RMB97.0 million in Q2 2026:\n- Income tax expense: RMB27.0 million\n- General and administrative expenses: RMB70.0 million\nHow: Sum = 27,000 + 70,000.'],
    ['investing cash flow plus income tax expense', 'The sum of 2 lines was RMB127.0 million in Q2 2026:\n- Net cash used in investing activities: RMB100.0 million\n- Income tax expense: RMB27.0 million\nHow: Sum = 100,000 + 27,000.'],
    // A net outflow added to an inflow enters as printed, negative: shown subtracted, the term with its minus.
    ['operating cash flow plus investing cash flow', 'The sum of 2 lines was RMB70.0 million in Q2 2026:\n- Net cash provided by operating activities: RMB170.0 million\n- Net cash used in investing activities: -RMB100.0 million\nHow: Sum = 170,000 − 100,000.'],
    ['investing cash flow plus operating cash flow', 'The sum of 2 lines was RMB70.0 million in Q2 2026:\n- Net cash used in investing activities: -RMB100.0 million\n- Net cash provided by operating activities: RMB170.0 million\nHow: Sum = -100,000 + 170,000.'],
    ['sum of all three provision lines', 'The sum of 3 lines was RMB30.0 million in Q2 2026:\n- Provision for loans receivable: RMB15.0 million\n- Provision for contract assets: RMB4.00 million\n- Provision for guarantee liabilities: RMB11.0 million\nHow: Sum = 15,000 + 4,000 + 11,000.'],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toBe(text);
  });

  it('cites each term on its own line', () => {
    expect(lines(ask('sum of sales and marketing and general and administrative expenses'))).toEqual([11, 12]);
    expect(ask('operating cash flow plus investing cash flow').derivations.map((d) => [d.value, d.formula])).toEqual([['RMB70.0 million', '170,000 − 100,000']]);
  });
});

describe('a result with signs', () => {
  it.each([
    ['net income minus income tax expense plus other revenues', 'Net income minus income tax expense plus other revenues was RMB143.0 million in Q2 2026:\n- Net income: RMB110.0 million\n- (−) Income tax expense: RMB27.0 million\n- Other revenues: RMB60.0 million\nHow: Net income minus income tax expense plus other revenues = 110,000 − 27,000 + 60,000.'],
    // More than four terms: named by the first and a count.
    ['total net revenue minus S&M minus G&A minus R&D minus income tax expense', 'Total net revenue with 4 other lines was RMB498.0 million in Q2 2026:\n- Total net revenue: RMB750.0 million\n- (−) Sales and marketing expenses: RMB125.0 million\n- (−) General and administrative expenses: RMB70.0 million\n- (−) Research and development expenses: RMB30.0 million\n- (−) Income tax expense: RMB27.0 million\nHow: Total net revenue with 4 other lines = 750,000 − 125,000 − 70,000 − 30,000 − 27,000.'],
  ])('%s', (q, text) => {
    expect(ask(q).text).toBe(text);
  });

  // A sibling taken out of a line beside it is no part of that line: never swapped for their whole (which
  // here adds up, but holds a third line), and no figure is given.
  it('declines a sibling taken out of a line beside it', () => {
    const a = ask('platform service fees excluding other revenues');
    expect([a.status, a.text, lines(a)]).toEqual([
      'unknown',
      'The release\'s tables don\'t show other revenues as a part of platform service fees, so I won\'t take it out of it. Ask for each figure, or for "Platform service fees minus other revenues" if a plain difference is what you mean.',
      [],
    ]);
  });
});

describe("a sum's change between periods", () => {
  it.each([
    ['sum of R&D and sales and marketing yoy', 'The sum of 2 lines was RMB155.0 million in Q2 2026, up 3.3% year over year from RMB150.0 million in Q2 2025 (an increase of RMB5.0 million).\n- Research and development expenses: RMB30.0 million\n- Sales and marketing expenses: RMB125.0 million\nHow: Sum change year over year = (RMB155.0 million − RMB150.0 million) ÷ RMB150.0 million × 100.'],
    // Two periods named, the later first: the change runs from the earlier one.
    ['sum of R&D and sales and marketing in Q2 2026 vs Q2 2025', 'The sum of 2 lines was RMB155.0 million in Q2 2026, up 3.3% from RMB150.0 million in Q2 2025 (an increase of RMB5.0 million).\n- Research and development expenses: RMB30.0 million\n- Sales and marketing expenses: RMB125.0 million\nHow: Sum change from Q2 2025 = (RMB155.0 million − RMB150.0 million) ÷ RMB150.0 million × 100.'],
    ['S&M plus G&A qoq', 'The sum of 2 lines was RMB195.0 million in Q2 2026, unchanged quarter over quarter from RMB195.0 million in Q1 2026.\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million'],
    ['net income minus income tax expense qoq', 'Net income minus income tax expense was RMB83.0 million in Q2 2026, up 10.7% quarter over quarter from RMB75.0 million in Q1 2026 (an increase of RMB8.0 million).\n- Net income: RMB110.0 million\n- (−) Income tax expense: RMB27.0 million\nHow: Net income minus income tax expense change quarter over quarter = (RMB83.0 million − RMB75.0 million) ÷ RMB75.0 million × 100.'],
    // From a negative total: the amount of the change and its direction, no percentage.
    ['income tax expense minus net income yoy', 'Income tax expense minus net income was -RMB83.0 million in Q2 2026, a decrease of RMB13.0 million year over year from -RMB70.0 million in Q2 2025 (a percentage change is not meaningful from a zero or negative base).\n- Income tax expense: RMB27.0 million\n- (−) Net income: RMB110.0 million'],
  ])('%s', (q, text) => {
    expect(ask(q).text).toBe(text);
  });

  it('cites the figures of both periods', () => {
    const a = ask('sum of R&D and sales and marketing yoy');
    expect(a.citations.map((c) => `${c.line}:${c.quote}`)).toEqual(expect.arrayContaining(['11:| Sales and marketing expenses | 120,000 | 130,000 | 125,000 |']));
    expect(lines(a)).toEqual([11, 13]);
  });

  it('a period compared with that the release lacks is said, never a change from nothing', () => {
    const a = ask('S&M plus G&A vs Q2 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give sales and marketing expenses, general and administrative expenses for Q2 2024, so no sum.");
  });
});

describe('one line added up over periods', () => {
  it.each([
    ['sum of revenue in Q1 2026 and Q2 2026', 'Total net revenue added up over Q1 2026 and Q2 2026 was RMB1,450.0 million:\n- Q1 2026: RMB700.0 million\n- Q2 2026: RMB750.0 million\nHow: Total net revenue, Q1 2026 + Q2 2026 = 700,000 + 750,000.'],
    ['sum of net income in Q2 2025 and Q1 2026', 'Net income added up over Q2 2025 and Q1 2026 was RMB190.0 million:\n- Q2 2025: RMB90.0 million\n- Q1 2026: RMB100.0 million\nHow: Net income, Q2 2025 + Q1 2026 = 90,000 + 100,000.'],
  ])('%s', (q, text) => {
    expect(ask(q).text).toBe(text);
  });

  it.each([
    ['sum of cash and cash equivalents at December 31, 2025 and June 30, 2026', 'I add up cash and cash equivalents only as an amount for periods that do not overlap, each given in the release in the currency asked (a balance at two dates adds up to nothing); not over December 31, 2025 and June 30, 2026.'],
    ['sum of revenue in Q2 2026 and the first half of 2026', 'I add up total net revenue only as an amount for periods that do not overlap, each given in the release in the currency asked (a balance at two dates adds up to nothing); not over Q2 2026 and the 6 months ended June 30, 2026.'],
  ])('declines %s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(text);
  });
});

describe('a sum as a share of a whole', () => {
  it('the share of the summed lines, the lines and the whole cited', () => {
    const a = ask('S&M plus G&A as % of total net revenue');
    expect(a.text).toBe('Sales and marketing expenses plus general and administrative expenses came to 26.0% of total net revenue in Q2 2026 (RMB195.0 million of RMB750.0 million):\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million\nHow: Sales and marketing expenses plus general and administrative expenses as % of total net revenue = RMB195.0 million ÷ RMB750.0 million × 100.');
    expect(lines(a)).toEqual([10, 11, 12]);
  });

  it.each([
    ['S&M + G&A as % of cash and cash equivalents', 'Cash and cash equivalents (RMB1,100.0 million as of June 30, 2026) is not of the same kind as those lines, so I won\'t give one as a share of the other.'],
    ['S&M + G&A as % of total net revenue yoy', 'I can give that share for each period, but not its change; ask for one period at a time.'],
  ])('declines %s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(text);
  });
});

describe('what a sum declines', () => {
  it.each([
    ['total net revenue plus other revenues', 'Total net revenue already includes other revenues, so adding them would count it twice. Ask for each figure, or name the parts you mean.'],
    ['net income minus total net revenue minus other revenues', 'Total net revenue already includes other revenues, so taking them all out would count it twice. Ask for each figure, or name the parts you mean.'],
    ['net income plus cash and cash equivalents', 'Those lines are not of one kind (net income: RMB110.0 million in Q2 2026; cash and cash equivalents: RMB1,100.0 million as of June 30, 2026), so they do not add up.'],
    // Figures per share are never added up, even two of them.
    ['basic EPS plus diluted EPS', 'Those lines are not of one kind (basic earnings per share: RMB0.62 in Q2 2026; diluted earnings per share: RMB0.60 in Q2 2026), so they do not add up.'],
    ['S&M plus G&A in Q4 2026', "The release doesn't give sales and marketing expenses, general and administrative expenses for Q4 2026, so no sum."],
    ['loan facilitation fees excluding sales and marketing expenses', 'The release\'s tables don\'t show sales and marketing expenses as a part of loan facilitation fees, so I won\'t take it out of it. Ask for each figure, or for "Loan facilitation fees minus sales and marketing expenses" if a plain difference is what you mean.'],
    ['provisions excluding net income', 'I couldn\'t tell which of the provisions lines "income" is, to leave it out: none of them goes by those words. They are: Provision for loans receivable; Provision for contract assets; Provision for guarantee liabilities.'],
    ['sum of all four provision lines', 'The release has 3 such lines, not 4: Provision for loans receivable; Provision for contract assets; Provision for guarantee liabilities. Ask for the ones you mean.'],
    ['sum of S&M', 'Which lines should I add up? Name them, e.g. "sum of funding costs and sales and marketing".'],
  ])('%s', (q, text) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toBe(text);
    expect(a.derivations).toEqual([]);
  });
});

describe('a line added to the lines a thread just showed', () => {
  const thread = (qs: string[]) => qs.map((q) => engine.ask(q, `sum-shown-thread-${n}`)).at(-1)!;
  // "them" is every line the run of turns showed, never only the last one (r38-cv07 dropped investing).
  it('"add them to R&D" after S&M and then G&A: all three', () => {
    n++;
    const a = thread(['S&M?', 'and G&A?', 'add them to R&D, what is the total?']);
    expect(a.text).toBe('The sum of 3 lines was RMB225.0 million in Q2 2026:\n- Sales and marketing expenses: RMB125.0 million\n- General and administrative expenses: RMB70.0 million\n- Research and development expenses: RMB30.0 million\nHow: Sum = 125,000 + 70,000 + 30,000.');
  });

  it('"add it to R&D" after the same turns: the last line only', () => {
    n++;
    const a = thread(['S&M?', 'and G&A?', 'add it to R&D']);
    expect(a.text).toBe('The sum of 2 lines was RMB100.0 million in Q2 2026:\n- General and administrative expenses: RMB70.0 million\n- Research and development expenses: RMB30.0 million\nHow: Sum = 70,000 + 30,000.');
  });
});
