// What a user reads when a figure is computed: the direction word and the amount of the change, the
// formula shown, negative, zero and nil figures, unchanged values, two periods named later first, and
// the guards that refuse a figure that would mislead. End to end: the real engine on the real release.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { loadEngine } from '../src/bot.js';
import { edited, writeTmp } from './knowledge-helpers.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('data/releases/qfin-2024q1.md');
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `figures-${n++}`);
/** The answer's statement: its text up to the "How:" line that shows the formulas. */
const said = (a: Answer) => a.text.split('\nHow: ')[0];
const formulas = (a: Answer) => a.derivations.map((d) => `${d.label} = ${d.formula} → ${d.value}`);

describe('a change: direction, percentage, amount and formula', () => {
  it('an increase: up, the percentage, the base with its period, and the amount in brackets', () => {
    const a = ask('net income Q1 2024 vs Q1 2023');
    expect(a.status).toBe('answer');
    expect(said(a)).toBe('Net income was RMB1,160.1 million in Q1 2024, up 24.8%, from RMB929.8 million in Q1 2023 (an increase of RMB230.3 million).');
    expect(formulas(a)).toEqual(['Net income change from Q1 2023 = (1,160,144 − 929,822) ÷ 929,822 × 100 → 24.8%']);
    expect(a.citations.map((c) => c.line)).toContain(295);
  });

  it('a decrease: down and "a decrease of", never a minus inside the words', () => {
    const a = ask('revenue change Q4 2023 vs Q1 2024');
    expect(said(a)).toBe('Total net revenue was RMB4,153.2 million in Q1 2024, down 7.6%, from RMB4,495.5 million in Q4 2023 (a decrease of RMB342.3 million).');
    // Figures at different scales (table thousands, prose millions) are shown each in the release's style.
    expect(formulas(a)).toEqual(['Total net revenue change from Q4 2023 = (RMB4,153.2 million − RMB4,495.5 million) ÷ RMB4,495.5 million × 100 → -7.6%']);
  });

  it('two periods named later first: the change still runs from the earlier to the later', () => {
    for (const q of ['revenue change Q1 2024 vs Q4 2023', 'Q1 2024 revenue vs Q4 2023 revenue']) {
      const a = ask(q);
      expect(a.text, q).toContain('RMB4,153.2 million in Q1 2024, down 7.6%, from RMB4,495.5 million in Q4 2023');
      expect(a.text, q).not.toMatch(/0\.0%|up 8\.2%/);
    }
    const b = ask('net income Q1 2023 vs Q1 2024');
    expect(b.text).toContain('RMB1,160.1 million in Q1 2024, up 24.8%, from RMB929.8 million in Q1 2023');
  });

  it('year over year and quarter over quarter together, each named, each with its own base', () => {
    const a = ask('revenue growth');
    expect(said(a)).toBe(
      'Total net revenue was RMB4,153.2 million in Q1 2024, up 15.4% year over year, from RMB3,599.2 million in Q1 2023 (an increase of RMB554.0 million); and down 7.6% quarter over quarter, from RMB4,495.5 million in Q4 2023 (a decrease of RMB342.3 million).',
    );
    expect(a.derivations.map((d) => d.label)).toEqual(['Total net revenue change year over year', 'Total net revenue change quarter over quarter']);
  });

  it('"qoq" alone is the quarter before, never the year-over-year change the release states', () => {
    const a = ask('income from operations qoq');
    expect(said(a)).toBe('Income from operations was RMB1,364.1 million in Q1 2024, up 6.6% quarter over quarter, from RMB1,279.6 million in Q4 2023 (an increase of RMB84.5 million).');
    const loans = ask('loan volume change qoq');
    expect(loans.status).toBe('unknown');
    expect(said(loans)).toBe("The release doesn't give Total facilitation and origination loan volume for Q4 2023, so no quarter over quarter change.");
    expect(loans.text).not.toMatch(/9\.3%/);
  });

  it('a change the release states is its figure, cited, with the amount computed and shown', () => {
    const a = ask('loan volume change yoy');
    expect(said(a)).toBe(
      'Total facilitation and origination loan volume was RMB99,237 million in Q1 2024, down 9.3% year over year as the release states it (line 16), from RMB109,456 million in Q1 2023 (a decrease of RMB10,219 million).',
    );
    expect(formulas(a)).toEqual(['Total facilitation and origination loan volume change in amount year over year = RMB99,237 million − RMB109,456 million → RMB-10,219 million']);
    expect(a.citations.map((c) => c.line)).toContain(16);
  });

  it('a rate changes in percentage points (and basis points when asked), at the rates’ precision', () => {
    const a = ask('net income margin change yoy in bps');
    expect(said(a)).toBe('GAAP net income margin was 27.9% in Q1 2024, up 2.1 percentage points year over year, from 25.8% in Q1 2023 (210 bps).');
    expect(formulas(a)).toEqual(['GAAP net income margin change year over year = 27.9 − 25.8 → 2.1 percentage points']);
    expect(ask('net income margin change yoy').text).not.toContain('bps');
  });
});

describe('negative, zero and nil figures', () => {
  it('a negative figure keeps its minus sign, alone and as a base', () => {
    expect(said(ask('provision for accounts receivable and contract assets Q1 2023'))).toBe(
      'Provision for accounts receivable and contract assets was RMB-2.24 million in Q1 2023.',
    );
    expect(said(ask('foreign currency translation adjustment in Q1 2023'))).toBe('Foreign currency translation adjustment was RMB-2.81 million in Q1 2023.');
  });

  it('from a negative base: the amount of the change, no percentage, and the formula without a division', () => {
    const a = ask('net increase in cash and cash equivalents yoy change');
    expect(said(a)).toBe(
      'Net (decrease) increase in cash and cash equivalents was RMB597.6 million in Q1 2024, an increase of RMB2,364.6 million year over year, from RMB-1,767.0 million in Q1 2023 (a percentage change is not meaningful from a zero or negative base).',
    );
    expect(a.text).not.toMatch(/133\.8|up \d/);
    expect(formulas(a)).toEqual(['Net (decrease) increase in cash and cash equivalents change year over year = 597,596 − -1,767,019 → RMB2,364.6 million']);
  });

  it('a nil figure reads "nil"; nil to nil is unchanged, with no percentage', () => {
    expect(said(ask('investment loss in Q1 2024'))).toBe('Investment loss was nil in Q1 2024.');
    const a = ask('investment loss change yoy');
    expect(said(a)).toBe(
      'Investment loss was nil in Q1 2024, unchanged year over year, from nil in Q1 2023.',
    );
    expect(formulas(a)).toEqual(['Investment loss change year over year = 0 − 0 → RMB0.00']);
  });

  it('an expense printed in parentheses is its size, said to be an expense', () => {
    expect(said(ask('income taxes expense q1 2024'))).toBe(
      'Income taxes expense was RMB366.1 million (US$50.7 million) in Q1 2024 (an expense, printed in parentheses in the release).',
    );
  });
});

describe('each kind of figure in the release\'s style, at its own precision', () => {
  it.each([
    // money: millions to one decimal from RMB5 million, two decimals below it, thousands below RMB1 million
    ['funding costs', 'Funding costs were RMB156.0 million (US$21.6 million) in Q1 2024.'],
    ['net loss attributable to noncontrolling interests', 'Net loss attributable to noncontrolling interests was RMB4.14 million (US$574 thousand) in Q1 2024.'],
    ['foreign exchange gain Q1 2024', 'Foreign exchange gain was RMB82 thousand (US$11 thousand) in Q1 2024.'],
    ['net income in US dollars', 'Net income was US$160.7 million in Q1 2024.'],
    // a figure the prose prints keeps its printed form
    ['ICE loan volume', 'Loan facilitation volume through ICE was RMB20,994 million in Q1 2024.'],
    // per share, counts, months
    ['diluted net income per ADS', 'Diluted net income per ADS was RMB7.30 (US$1.02) in Q1 2024.'],
    ['weighted average basic ADS', 'Weighted average basic ADS used in calculating GAAP and Non-GAAP net income per ADS were 156.01 million ADSs in Q1 2024.'],
    ['cumulative borrowers', 'Cumulative borrowers with successful drawdown, including repeat borrowers were 31.2 million borrowers as of March 31, 2024.'],
    ['average loan tenor', 'Weighted average contractual tenor of loans originated by financial institutions across our platform was 10.10 months in Q1 2024.'],
  ])('%j → %s', (q, text) => {
    expect(said(ask(q))).toBe(text);
  });

  it('a change in a per-share figure is in the currency, to the cent', () => {
    expect(said(ask('basic EPS yoy'))).toBe(
      'Basic net income per ADS was RMB7.46 in Q1 2024, up 29.1% year over year, from RMB5.78 in Q1 2023 (an increase of RMB1.68).',
    );
  });
});

describe('guards: a figure that would mislead is refused, and said why', () => {
  it('a balance is no share of a flow', () => {
    const a = ask('cash as % of revenue');
    expect(a.status).not.toBe('answer');
    expect(said(a)).toBe('Cash and cash equivalents is not a part of total net revenue: they are different kinds of figure.');
    expect(a.text).not.toMatch(/\d%/);
  });

  it('a share is of the line that holds the part, never the other way round', () => {
    const a = ask('platform services vs referral fees share');
    expect(said(a)).toBe('Referral services fees were 48.3% of platform services in Q1 2024 (RMB548.8 million of RMB1,136.9 million).');
    expect(formulas(a)).toEqual(['Referral services fees as % of platform services = 548,824 ÷ 1,136,901 × 100 → 48.3%']);
    expect(a.text).not.toContain('207.2%');
  });

  it('a flow is no share of a balance either, and a share needs its whole for the period', () => {
    expect(said(ask('S&M as % of total assets'))).toBe('Sales and marketing is not a part of total assets: they are different kinds of figure.');
    expect(said(ask('loans receivable as % of revenue'))).toBe('Loans receivable, net is not a part of total net revenue: they are different kinds of figure.');
    const missing = ask('platform services as % of revenue in Q2 2024');
    expect(missing.status).toBe('unknown');
    expect(missing.text).toBe("The release doesn't give both Platform services and Total net revenue for that period.");
    const whole = ask('total assets share');
    expect(whole.status).toBe('unknown');
    expect(whole.text).toMatch(/^Share of what\? Name the whole/);
  });

  it('a share for each period named, each of its own whole', () => {
    const a = ask('referral services fees as % of platform services in Q1 2023 and Q1 2024');
    expect(said(a)).toBe(
      'Referral services fees were 11.2% of platform services in Q1 2023 (RMB108.5 million of RMB968.6 million).\nReferral services fees were 48.3% of platform services in Q1 2024 (RMB548.8 million of RMB1,136.9 million).',
    );
    expect(formulas(a)).toEqual([
      'Referral services fees as % of platform services = 108,476 ÷ 968,553 × 100 → 11.2%',
      'Referral services fees as % of platform services = 548,824 ÷ 1,136,901 × 100 → 48.3%',
    ]);
    // One line alone is a share of the line it adds up into; "of the total", of the statement's top line.
    expect(said(ask('referral services fees share'))).toBe('Referral services fees were 48.3% of platform services in Q1 2024 (RMB548.8 million of RMB1,136.9 million).');
    expect(said(ask('referral services fees as a share of the total'))).toBe('Referral services fees were 13.2% of total net revenue in Q1 2024 (RMB548.8 million of RMB4,153.2 million).');
  });

  it('a period the release does not cover is named, with the ones it does', () => {
    const a = ask('what was total net revenue in Q1 2025');
    expect(a.status).toBe('unknown');
    expect(said(a)).toBe("The release doesn't give Total net revenue for Q1 2025 (it gives Q1 2024, Q4 2023 and Q1 2023).");
  });
});

describe('ratios: the formula shown, the inputs named', () => {
  it('a percentage of two amounts', () => {
    const a = ask('effective tax rate');
    expect(said(a)).toBe('Effective tax rate was 24.0% in Q1 2024 (Income taxes expense RMB366.1 million ÷ Income before income tax expense RMB1,526.2 million).');
    expect(formulas(a)).toEqual(['Effective tax rate = 366,065 ÷ 1,526,209 × 100 → 24.0%']);
  });

  it('a multiple, as "x", of two balances', () => {
    const a = ask('current ratio');
    expect(said(a)).toBe('Current ratio was 2.12x as of March 31, 2024 (Total current assets RMB41,816.3 million ÷ Total current liabilities RMB19,765.7 million).');
    expect(formulas(a)).toEqual(['Current ratio = 41,816,332 ÷ 19,765,686 → 2.12x']);
  });
});

describe('an amount unchanged between two periods', () => {
  // Foreign exchange gain, Q1 2023: 6,149 → 82 (as in Q1 2024), other income up by as much, so
  // income before income tax still adds up and no load check flags either line.
  let same: Engine;
  beforeAll(() => {
    const text = edited([
      { line: 290, from: '6,149\t82', to: '82\t82' },
      { line: 291, from: '24,164', to: '30,231' },
    ]);
    same = loadEngine({ releases: [writeTmp('unchanged.md', text)] });
  });

  it('is "unchanged", with no direction, no 0.0% and no amount of change', () => {
    const a = same.ask('foreign exchange gain yoy', 'unchanged-1');
    expect(said(a)).toBe('Foreign exchange gain was RMB82 thousand in Q1 2024, unchanged year over year, from RMB82 thousand in Q1 2023.');
    expect(a.text).not.toContain('Note:');
  });

  it('a rate unchanged is "unchanged" too, not "up 0.0 percentage points"', () => {
    // GAAP net income margin, Q1 2023 misprinted as Q1 2024's 27.9%: the load check flags it, and says so.
    const rate = loadEngine({ releases: [writeTmp('unchanged-rate.md', edited([{ line: 352, from: '25.8%\t27.9%', to: '27.9%\t27.9%' }]))] });
    const a = rate.ask('GAAP net income margin change yoy', 'unchanged-2');
    expect(said(a)).toBe('GAAP net income margin was 27.9% in Q1 2024, unchanged year over year, from 27.9% in Q1 2023.');
    expect(a.text).toContain('Note: a figure used here failed a load check of the release');
  });
});

describe('a change the release cannot give is said, naming what is missing', () => {
  // (A computed rate's change is worked out from each period's own lines, both shown, never from one period:
  // handlers/formula-change.ts. It had been declined as a rate with no stated history.)
  it('a derived rate the release prints no history of: each period computed from its own lines, then the change', () => {
    const a = ask('how did the effective tax rate change year over year in Q1 2024?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Effective tax rate was 24.0% in Q1 2024, up 8.4 percentage points year over year, from 15.6% in Q1 2023');
    expect(a.text).toContain('172,291 ÷ 1,102,113');
    expect(a.text).toContain('366,065 ÷ 1,526,209');
    const both = ask('effective tax rate and net income change yoy');
    expect(said(both)).toContain('Net income was RMB1,160.1 million in Q1 2024, up 24.8% year over year');
    expect(said(both)).toContain('up 8.4 percentage points');
  });

  it('an earlier period the release lacks: the period and the basis named', () => {
    expect(ask('net income change q1 2024 vs q2 2023')).toMatchObject({ status: 'unknown', text: "The release doesn't give Net income for Q2 2023, so no change." });
    expect(ask('loan volume change quarter over quarter')).toMatchObject({
      status: 'unknown',
      text: "The release doesn't give Total facilitation and origination loan volume for Q4 2023, so no quarter over quarter change.",
    });
  });

  it('a default basis the release lacks is left unsaid when the other one answers', () => {
    const a = ask('total assets change');
    expect(said(a)).toBe('Total assets were RMB47,426.5 million as of March 31, 2024, up 3.5% quarter over quarter, from RMB45,818.6 million as of December 31, 2023 (an increase of RMB1,607.9 million).');
    expect(formulas(a)).toEqual(['Total assets change quarter over quarter = (47,426,518 − 45,818,572) ÷ 45,818,572 × 100 → 3.5%']);
  });

  it('percentage points asked of an amount: the change in percent, and why not in points', () => {
    const a = ask('total net revenue change in percentage points yoy');
    expect(said(a)).toBe(
      'Total net revenue was RMB4,153.2 million in Q1 2024, up 15.4% year over year, from RMB3,599.2 million in Q1 2023 (an increase of RMB554.0 million).\n' +
        "The release doesn't give a percentage-point change for Total net revenue, which is an amount, not a rate.",
    );
  });
});

// A reason asked beside a change on a basis ("yoy % and why"): the change, not the figure alone (r39-30, r39-33).
describe('a reason asked with a change on a basis', () => {
  it.each([
    ['funding costs yoy % and why', 'down 1.9% year over year'],
    ['capital light loan facilitation fees dipped yoy, how much and why', 'down 34.3% year over year'],
  ])('%s: the reason, then the change', (q, change) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('reason for the change');
    expect(a.text).toContain(change);
  });
});
