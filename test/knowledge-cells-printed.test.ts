// Table cells and unit notes as releases print them (src/knowledge/numbers.ts): Indian digit grouping
// ("1,23,45,678" in a crore table), footnote marks after a figure, a percentage note in its several
// spellings, a unit a heading ends with. Each figure is read exactly as printed, or refused: never a
// different number.
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import { headingNote, parseCell, parseNumber, PERCENT_NOTE, unitCell } from '../src/knowledge/numbers.js';
import { writeTmp } from './knowledge-helpers.js';

const value = (cell: string) => parseCell(cell)?.value.toString() ?? null;

describe('a figure\'s decimals are all the digits after its point', () => {
  it.each([
    ['1,234.56', '1234.56', 2],
    ['(12,345.678)', '-12345.678', 3],
    ['1,234.5', '1234.5', 1],
    ['1,234', '1234', 0],
  ])('the cell %s reads %s, to %i decimals', (cell, figure, decimals) => {
    expect(parseCell(cell)?.value.toString()).toBe(figure);
    expect(parseCell(cell)?.decimals).toBe(decimals);
  });

  it.each([
    ['4,153.25', '4153.25', 2],
    ['0.125', '0.125', 3],
    ['4,153.2', '4153.2', 1],
    ['548,824', '548824', 0],
  ])('the number word %s in a sentence reads %s, to %i decimals', (text, figure, decimals) => {
    const n = parseNumber(text);
    expect(n.value.toString()).toBe(figure);
    expect(n.decimals).toBe(decimals);
  });
});

describe('Indian digit grouping (lakh and crore: two-digit groups before the last three)', () => {
  it.each([
    ['1,23,456', '123456', 0],
    ['12,34,567', '1234567', 0],
    ['1,23,45,678', '12345678', 0],
    ['12,34,56,789.25', '123456789.25', 2],
    ['1,23,456.7', '123456.7', 1],
    ['(1,23,456.75)', '-123456.75', 2],
  ])('reads %s as %s, to %i decimals', (cell, figure, decimals) => {
    const c = parseCell(cell);
    expect(c?.value.toString()).toBe(figure);
    expect(c?.decimals).toBe(decimals);
    expect(c?.printed).toBe(cell);
  });

  it.each([
    // Groups that are neither Western nor Indian: refused, not read as 123,456,789 or 1,234,567.
    '1234,56,789',
    '1,23,456,7',
    '123,45,678',
    '1,23,4567',
    '1,2,345',
  ])('refuses %s: the grouping is not a number as printed', (cell) => {
    expect(parseCell(cell)).toBeNull();
  });

  it('answers a crore table\'s figure printed in Indian grouping to the digit, and cites the cell as printed', () => {
    const file = writeTmp('crore-grouped.md', `# Lotus Finance Ltd Reports First Quarter 2024 Results

**MUMBAI, April 25, 2024** — Lotus Finance Ltd (NSE: LOTUS) today reported results for the first quarter ended March 31, 2024.

## Income statement

| in ₹ crore | Q1 2024 | Q1 2023 |
|---|---|---|
| Revenue | 1,23,456.7 | 1,02,345.6 |
| Operating profit | 12,345.6 | 10,234.5 |
`);
    const a = loadEngine({ releases: [file] }).ask('What was revenue in Q1 2024?', 'crore');
    expect(a.text).toBe('Revenue was ₹123,456.7 crore in Q1 2024.');
    expect(a.citations[0]!.cells).toEqual([{ period: 'Q1 2024', unit: 'INR crores', printed: '1,23,456.7' }]);
  });
});

describe('a footnote mark after a figure is no digit of it; one elsewhere leaves the cell unread', () => {
  it.each([
    ['210.9¹²', '210.9'],
    ['5.8⁽¹²⁾', '5.8'],
    ['(10.8)¹²', '-10.8'],
  ])('reads %s (a two-digit mark) as %s', (cell, figure) => {
    expect(value(cell)).toBe(figure);
  });

  it.each(['2¹10.9', '¹210.9', '21⁰.9', '210.9¹²³'])('refuses %s: a superscript digit inside or before the figure, or three of them, is not dropped', (cell) => {
    // Dropping it would read another number (210.9 from "2¹10.9", or 210.9 from "210.9¹²³" whose mark
    // may be a misprinted digit): refusing the cell leaves it unanswered, never wrong.
    expect(parseCell(cell)).toBeNull();
  });
});

describe('a note that a table\'s figures are percentages', () => {
  it.each(['(%)', '(in percent)', '(In Percent)', '(percentage)', '(in percentages)', '( % )', '(in   percent)', '  (in percent)  ', '(%)\t'])('%j is one', (note) => {
    expect(PERCENT_NOTE.test(note)).toBe(true);
  });

  it.each(['Gross margin (%)', '(%) of revenue', '(in percent) and RMB', '(inpercent)', '(percents)'])('%j is not: the note must stand alone', (note) => {
    expect(PERCENT_NOTE.test(note)).toBe(false);
  });
});

describe('a table corner cell that states a unit', () => {
  it('is the note as printed, without the spaces around it', () => {
    expect(unitCell('  (in millions)  ')).toBe('(in millions)');
    expect(unitCell(' £m ')).toBe('£m');
  });

  it.each(['', '()', '(in)', 'in', '( , except per share data)'])('%j names neither a currency nor a scale: no note', (cell) => {
    expect(unitCell(cell)).toBeNull();
  });
});

describe('the unit a heading ends with', () => {
  it.each([
    ['Group income statement (£m)', '£m'],
    ['Group income statement (£m) ', '£m'],
    ['Segment results (in EUR millions)', 'in EUR millions'],
    // The last parentheses are the unit; earlier ones qualify the line.
    ['Adjusted EBITDA (excluding IFRS 16) (£m)', '£m'],
  ])('%j: %j', (heading, note) => {
    expect(headingNote(heading)).toBe(note);
  });

  it.each(['Revenue (£m) by segment', 'Highlights (unaudited)', 'Revenue'])('%j ends with no unit: no note', (heading) => {
    expect(headingNote(heading)).toBe('');
  });
});
