// The words that set a table's unit, read alone: a corner cell ("£m", "%"), a heading's note ("Group income
// statement (£m)", "CONDENSED INCOME STATEMENT, MSEK"), the span a note leads with ("(39 weeks, in thousands)"),
// a note of percentages, a standing sentence ("Unless otherwise stated, all figures are in £ millions"), and a
// dash that is nil. A misread here scales or labels every figure of a table wrongly.
import { describe, expect, it } from 'vitest';
import { cornerNote, headingNote, isNil, noteSpan, parseCell, percentNote, standing, unitCell } from '../src/knowledge/numbers.js';

describe("a table's corner cell", () => {
  it('"%" makes every figure a percentage, whatever note of amounts stands above', () => {
    expect(cornerNote('%', 'RMB in millions')).toEqual({ unit: '(%)', note: '(%)' });
    expect(cornerNote(' (%) ', '')).toEqual({ unit: '(%)', note: '(%)' });
  });

  it('a unit adds to the note above; a note in words in parentheses is the unit as a note would state it', () => {
    expect(cornerNote('£m', 'Group results')).toEqual({ unit: '£m', note: 'Group results £m' });
    expect(cornerNote("RMB'000", '')).toEqual({ unit: "RMB'000", note: "RMB'000" });
    expect(cornerNote('(In thousands of U.S. dollars)', '')).toEqual({ unit: 'In thousands of U.S. dollars', note: 'In thousands of U.S. dollars' });
  });

  it('a corner that states no unit leaves the note above as it is', () => {
    for (const corner of ['Q1 2024', '(unaudited)', '(Q1)', '']) expect(cornerNote(corner, 'above')).toEqual({ unit: null, note: 'above' });
  });

  it('a percent sign among words ("% change", "Growth %") makes no column of percentages', () => {
    for (const corner of ['% change', 'Growth %', 'Margin%', '%pts']) expect(cornerNote(corner, 'above')).toEqual({ unit: null, note: 'above' });
  });

  it('a note in words in parentheses is read with the spaces around it', () => {
    expect(cornerNote(' (Millions of yen) ', 'above')).toEqual({ unit: 'Millions of yen', note: 'above Millions of yen' });
  });

  it('a unit cell by its currency, its scale, or both; a word is none', () => {
    for (const cell of ['£m', 'US$ millions, except users', 'M€', 'MSEK', '(TEUR, except per share)', 'in ₹ crore']) expect(unitCell(cell)).toBe(cell);
    for (const cell of ['Mars', 'Revenue', '']) expect(unitCell(cell)).toBeNull();
  });
});

describe("a heading's unit", () => {
  it.each([
    ['Group income statement (£m)', '£m'],
    ['Segment results (in EUR millions)', 'in EUR millions'],
    ['Balance sheet (Millions of yen)', 'Millions of yen'],
    ['Results (three months ended September 30; dollars in thousands)', 'dollars in thousands'],
    ['Results (unaudited, $ in millions except per share)', '$ in millions except per share'],
    ['CONDENSED INCOME STATEMENT, MSEK', 'MSEK'],
    ['Key figures, EUR m', 'EUR m'],
    ['INCOME STATEMENT,MSEK', 'MSEK'],
  ])('%j states %j', (heading, unit) => {
    expect(headingNote(heading)).toBe(unit);
  });

  it.each(['Net sales, SEK', 'Revenue (Q1)', 'Title ()', 'Sales, growth'])('%j states none (a currency with no scale stays the title\'s)', (heading) => {
    expect(headingNote(heading)).toBe('');
  });
});

describe('what a note leads with or says of its figures', () => {
  it('the span a note leads with, the length of columns headed by dates alone', () => {
    expect(noteSpan('(39 weeks, in thousands)')).toBe('39 weeks ended');
    expect(noteSpan('(six months; in millions)')).toBe('six months ended');
    expect(noteSpan('(In thousands)')).toBeUndefined();
    expect(noteSpan('(39 weeks in thousands)')).toBeUndefined();
  });

  it('a note of percentages, alone or ending a title', () => {
    for (const note of ['(in percent)', '(%)', 'Key ratios (%)', 'Key ratios (%) ', 'UNDERWRITING RATIOS (% of net premiums earned)']) expect(percentNote(note)).toBe(true);
    for (const note of ['Revenue (in millions)', 'Ratios', 'Ratios (%) (unaudited)']) expect(percentNote(note)).toBe(false);
  });

  it('a standing sentence sets the unit only when it names a scale', () => {
    for (const text of ['Unless otherwise stated, all figures are in £ millions', 'All figures in millions', 'All amounts are expressed in thousands of euros']) expect(standing(text)).toBe(true);
    for (const text of ['Unless otherwise stated', 'Revenue was 5 million']) expect(standing(text)).toBe(false);
  });

  it('a figure in pence ("3.9p") is marked so; a percentage is not', () => {
    expect(parseCell('3.9p')).toMatchObject({ value: expect.anything(), decimals: 1, percent: false, pence: true });
    expect(parseCell('25.8%')).not.toHaveProperty('pence');
  });

  it('a dash is nil; a zero or a figure is not', () => {
    for (const dash of ['-', '–', '—']) expect(isNil(parseCell(dash)!)).toBe(true);
    for (const figure of ['0', '(2)']) expect(isNil(parseCell(figure)!)).toBe(false);
  });
});
