// A line the release prints for some periods but not the one asked, that is the difference of two lines it does
// print then (income taxes: income before tax less net income), is worked out and both lines cited, where the
// release's own figures hold that identity in the periods it prints all three; else it is said missing
// (formula.ts impliedAt). r30-159: "implied 4Q23 income tax expense and ETR" gave the rate from these very
// lines and said the tax was not given.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = ['# Synthetic Orrin Finance Reports First Quarter 2024 Results', '', 'Synthetic Orrin Finance today reported results for the first quarter ended March 31, 2024.', ''];
const statement = (taxQ1: string) => [
  '| ($ in thousands) | Q1 2024 | Q1 2023 |',
  '|---|---:|---:|',
  '| Income before income tax expense | 120,000 | 100,000 |',
  `| Income taxes expense | (${taxQ1}) | (18,000) |`,
  '| Net income | 100,000 | 82,000 |',
  '',
  '| ($ in thousands) | Q4 2023 |',
  '|---|---:|',
  '| Income before income tax expense | 110,000 |',
  '| Net income | 93,500 |',
];

describe('a line worked out as the difference of the two it lies between', () => {
  it('gives the implied tax of a quarter shown only by its income before tax and net income, both cited', () => {
    const a = inlineEngine([...head, ...statement('20,000')], 'orrin-2024q1.md').ask('implied Q4 2023 income tax expense', 'implied-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/\$16\.5 million|\$16,500 thousand/);
    expect(a.text).toContain('worked out as');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([13, 14]));
  });

  it("says the figure is missing where the release's own periods break the identity", () => {
    const a = inlineEngine([...head, ...statement('25,000')], 'orrin-2024q1.md').ask('income tax expense in Q4 2023', 'implied-2');
    expect(a.text).not.toContain('16.5');
    expect(a.text).toContain("doesn't give");
  });
});
