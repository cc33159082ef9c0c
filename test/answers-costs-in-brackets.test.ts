// A table that prints its costs in parentheses (a line named an expense printed so) prints its other cost
// lines so too, named or not ("Sales & marketing", "Credit losses"): each is a cost of that size, whose
// change is of its size ("credit losses rose 36.3%"), never "a decrease" where it grew. A line named for
// a result or a balance, a per-share line, or a table with no named cost in parentheses keeps its sign.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let costs: Engine;
let plain: Engine;
beforeAll(() => {
  const head = ['# Synthetic Payments Reports First Quarter 2026 Results', '', 'Synthetic Payments today reported results for the first quarter ended March 31, 2026.', ''];
  costs = inlineEngine([
    ...head,
    '*(in US$ millions, except per-share data)*',
    '',
    '| Metric | Q1 2026 | Q4 2025 | Q1 2025 |',
    '|---|---:|---:|---:|',
    '| Net revenue | 412.8 | 431.5 | 352.6 |',
    '| Transaction expense | (204.3) | (214.2) | (176.9) |',
    '| Sales & marketing | (48.9) | (52.1) | (44.7) |',
    '| Credit losses | (12.4) | (11.7) | (9.1) |',
    '| Loss from discontinued operations | (5.0) | (6.0) | (8.0) |',
    '| Share of results of associates | (1.2) | (0.9) | (0.4) |',
    '| Financial net | (2.0) | (1.5) | (1.0) |',
    '| Effect of exchange rate changes on cash | (0.6) | (0.2) | (0.3) |',
    '| Purchases of property and equipment | (7.0) | (6.0) | (5.0) |',
    '| Net income | 27.9 | 31.4 | 12.6 |',
    '| Diluted EPS | $(0.21) | $(0.24) | $(0.09) |',
  ]);
  plain = inlineEngine([
    ...head,
    '*(in US$ millions)*',
    '',
    '| Metric | Q1 2026 | Q1 2025 |',
    '|---|---:|---:|',
    '| Net revenue | 412.8 | 352.6 |',
    '| Fair value remeasurement | (12.4) | (9.1) |',
  ]);
});

let n = 0;
const said = (e: Engine, q: string) => e.ask(q, `costs-in-brackets-${n++}`).text.split('\nHow: ')[0]!;

describe('a cost line of a table printing its costs in parentheses', () => {
  it('grew as its size grew, with the percentage', () => {
    const a = said(costs, 'credit losses yoy growth');
    expect(a).toContain('up 36.3%');
    expect(a).toContain('$12.4 million');
    expect(a).toContain('an increase of $3.3 million');
    expect(a).not.toMatch(/decrease|\$-|-\$|not meaningful/);
  });

  it('a line not named for a cost is one there too', () => {
    const a = said(costs, 'sales & marketing yoy');
    expect(a).toContain('up 9.4%');
    expect(a).not.toMatch(/decrease|\$-/);
  });

  it('its figure alone is said as an expense, by its size', () => {
    const a = said(costs, 'credit losses in Q1 2026');
    expect(a).toContain('$12.4 million');
    expect(a).toContain('an expense, printed in parentheses');
  });

  it('a purchase is said as an outflow, not an expense', () => {
    const a = said(costs, 'purchases of property and equipment in Q1 2026');
    expect(a).toContain('$7.0 million');
    expect(a).toContain('an outflow, printed in parentheses');
  });
});

describe('a line that really is negative keeps its sign', () => {
  it.each([
    ['loss from discontinued operations yoy', /a decrease of \$3\.0|not meaningful/],
    ['share of results of associates yoy', /not meaningful/],
    ['financial net yoy', /not meaningful/],
    ['effect of exchange rate changes on cash yoy', /not meaningful/],
    ['diluted eps yoy', /\$-0\.21|-\$0\.21|\(0\.21\)|not meaningful/],
  ])('%s', (q, want) => {
    const a = said(costs, q);
    expect(a).toMatch(want);
    expect(a).not.toMatch(/\bup \d/);
  });

  it('a table with no named cost in parentheses', () => {
    const a = said(plain, 'fair value remeasurement yoy');
    expect(a).not.toMatch(/\bup \d|an increase/);
  });
});
