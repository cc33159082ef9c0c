// A unit note's "except counts" / "except ratios" clause keeps those rows out of the note's scale. Which rows are
// counts cannot be told from a list of count nouns ("New properties acquired" is in none), so under such a note a
// row that names no amount of money and adds into no total is not read as one: never RMB4 million for 4 properties.
import { describe, expect, it } from 'vitest';
import { kindExcepted } from '../src/knowledge/row-units.js';
import { inlineRelease } from './support/inline.js';

const release = (note: string, rows: string[]) => [
  '# Synthetic Harbourline Holdings Reports First Quarter 2024 Results',
  '',
  'Synthetic Harbourline Holdings today reported results for the first quarter ended March 31, 2024.',
  '',
  `| ${note} | 1Q24 | 1Q23 |`,
  '|---|---:|---:|',
  '| Total revenues | 1,250.0 | 1,100.0 |',
  '| Net income | 210.0 | 190.0 |',
  ...rows,
];

const facts = (lines: string[], label: RegExp) => inlineRelease(lines).facts.filter((f) => label.test(f.label));

describe('an except-counts clause in an amount note', () => {
  it.each([
    ['(RMB in millions, except counts)', '| New properties acquired | 2 | 4 |', /New properties/],
    ['(US$ in thousands, except numbers and ratios)', '| Interest coverage | 3.2 | 2.9 |', /Interest coverage/],
    ['(US$ millions, except ratios)', '| Net debt/EBITDA | 1.4 | 1.6 |', /Net debt\/EBITDA/],
  ])('%s: %s is no amount of money', (note, row, label) => {
    const lines = release(note, [row]);
    expect(facts(lines, label).filter((f) => f.unit.kind === 'money')).toEqual([]);
    // The amounts stay at the note's scale.
    const revenue = facts(lines, /Total revenues/)[0]!;
    expect(revenue.unit.kind).toBe('money');
    expect('scale' in revenue.unit && revenue.unit.scale).toBeGreaterThanOrEqual(1e3);
  });
});

describe('an amount named by a plural or a provision under an except-ratios note', () => {
  // "losses", "provisions", "charges" name amounts as surely as "loss" does: the row is read at the note's scale.
  it.each([
    ['| Provision for credit losses | 412 | 301 |', /Provision for credit losses/, 412e6],
    ['| Impairment charges | 96 | 41 |', /Impairment charges/, 96e6],
    ['| Restructuring provisions | 12 | 9 |', /Restructuring provisions/, 12e6],
  ])('%s is an amount in millions', (row, label, amount) => {
    const got = facts(release('(US$ millions, except per share amounts and ratios)', [row]), label);
    expect(got.map((f) => f.unit.kind === 'money' && f.value.times(f.unit.scale).toNumber())).toContain(amount);
  });
  it('a loss ratio stays no amount', () => {
    const lines = release('(US$ millions, except per share amounts and ratios)', ['| Credit loss ratio | 0.42 | 0.32 |']);
    expect(facts(lines, /Credit loss ratio/).filter((f) => f.unit.kind === 'money')).toEqual([]);
  });
});

describe('which clauses except a kind of figure', () => {
  it.each([
    ['(RMB in millions, except counts)', true],
    ['(US$ in thousands, except numbers and ratios)', true],
    ['(in thousands, except per share data and ratios)', true],
    // A noun before the kind word names that noun's lines, not every unnamed one.
    ['($ in millions, except customer counts)', false],
    ['(in thousands, except share counts)', false],
    ['(in thousands, except for number of shares and per share data, or otherwise noted)', false],
    ['(in thousands, except share and per share data)', false],
  ])('%s → %s', (note, kind) => {
    expect(kindExcepted(note, 'Remaining performance obligations')).toBe(kind);
    expect(kindExcepted(note, 'Total revenue')).toBe(false);
  });
});
