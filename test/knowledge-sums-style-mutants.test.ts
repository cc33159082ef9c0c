// What the sum checks of a table (table-sums) and the reading of a decimal-comma document (number-style)
// must get right, case by case: each case is one a reader would notice (a total confirmed or reported as
// not adding up, a document read in the wrong style, a figure printed differently from the release).
// Real modules, cells read by the table reader's own parseCell.
import { describe, expect, it } from 'vitest';
import { parseCell } from '../src/knowledge/numbers.js';
import { printedAs, toPointStyle, usesDecimalComma } from '../src/knowledge/number-style.js';
import { offColumns, sumsTo, tailSum } from '../src/knowledge/table-sums.js';
import type { TableLine } from '../src/knowledge/tables.js';

let n = 0;
/** A table line labelled `label` with one cell per column as printed ("" for a blank cell). */
function row(label: string, ...cells: string[]): TableLine {
  n += 1;
  const values = cells.map((c) => (c === '' ? null : parseCell(c)));
  return { label, line: n, quoteLine: `| ${label} | ${cells.join(' | ')} |`, bold: false, total: false, parents: [], values, children: [] };
}

describe('table sums: when lines add up to a total', () => {
  it('a translated (USD beside RMB) column allows half a unit per figure and one more: 10 + 20 against 31 adds up', () => {
    // |31 - 30| = 1 <= 10^0 * (2 + 1) / 2 = 1.5; with (2 - 1) / 2 the total would be reported off.
    expect(sumsTo([row('A', '10'), row('B', '20')], row('Total', '31'), [true])).toBe(true);
  });

  it('the rounding allowance of a translated column is in units of its last printed digit: 1.0 + 2.0 is not 4.0', () => {
    // Allowed: 10^-1 * 3 / 2 = 0.15; a one-unit gap is a real mismatch.
    expect(sumsTo([row('A', '1.0'), row('B', '2.0')], row('Total', '4.0'), [true])).toBe(false);
    expect(offColumns([row('A', '1.0'), row('B', '2.0')], row('Total', '4.0'), [true]).map((o) => o.column)).toEqual([0]);
    expect(sumsTo([row('A', '1.0'), row('B', '2.0')], row('Total', '3.1'), [true])).toBe(true);
  });

  it('a line with a blank cell counts as nothing in that column', () => {
    const items = [row('Products', '10', '5'), row('Services', '20', '')];
    expect(sumsTo(items, row('Total', '30', '5'), [false, false])).toBe(true);
    expect(offColumns(items, row('Total', '30', '5'), [false, false])).toEqual([]);
  });

  it('a column that is no period (left out) does not decide whether lines add up', () => {
    const items = [row('Products', '10', '7'), row('Services', '20', '8')];
    const total = row('Total', '30', '99');
    expect(sumsTo(items, total, [false, null])).toBe(true);
    expect(offColumns(items, total, [false, null])).toEqual([]);
  });

  it('lines with only rates (percentages) beside them confirm no total: there must be a column of amounts', () => {
    expect(sumsTo([row('A', '10%'), row('B', '20%')], row('Total', '30%'), [false])).toBe(false);
    expect(sumsTo([row('A', '10'), row('B', '20')], row('Total', ''), [false])).toBe(false);
  });

  it('when no two or more lines at the end add up, the last line alone equal to the total is found (1)', () => {
    const list = [row('Other', '5'), row('Fees', '7'), row('Subtotal', '30')];
    expect(tailSum(list, row('Total', '30'), [false])).toBe(1);
    expect(tailSum([row('Subtotal', '30')], row('Total', '30'), [false])).toBe(1);
    expect(tailSum([row('Other', '5'), row('Subtotal', '30')], row('Total', '30'), [false])).toBe(1);
  });

  it('lines that add up at the end are counted, and nothing found is 0', () => {
    const list = [row('Other', '5'), row('Fees', '10'), row('Products', '20')];
    expect(tailSum(list, row('Total', '30'), [false])).toBe(2);
    expect(tailSum(list, row('Total', '31'), [false])).toBe(0);
    expect(tailSum([], row('Total', '31'), [false])).toBe(0);
  });
});

describe('number style: whether a document writes the decimal comma', () => {
  it('three figures with a decimal comma and no decimal point: the comma style', () => {
    expect(usesDecimalComma(['Net sales 412,9', 'EBIT margin 13,3%', 'Growth 22,5%'])).toBe(true);
  });

  it('single-digit figures with a decimal comma count, after a word or a space', () => {
    expect(usesDecimalComma(['Margin 5,3%', 'Growth 7,1%', 'Ratio 2,4 times'])).toBe(true);
  });

  it('two decimals after the comma count ("2,60")', () => {
    expect(usesDecimalComma(['EPS 2,60', 'Dividend 1,45', 'Diluted EPS 3,12'])).toBe(true);
  });

  it('figures alone on their lines (a column laid out one cell a line) count each', () => {
    expect(usesDecimalComma(['Net sales', '412,9', '398,2', 'EBIT margin', '13,3%', '12,1%'])).toBe(true);
  });

  it('a document with decimal points is read in the point style', () => {
    expect(usesDecimalComma(['Revenue was $4.5 billion, up 12.3%.', 'EPS of $1.25 compared with $1.10.'])).toBe(false);
    expect(usesDecimalComma([])).toBe(false);
  });

  it('the decimal comma must outnumber twice the decimal points: 4 commas and 2 points is not enough', () => {
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%', 'Growth 9,8%', 'Tax rate 21,4%', 'Growth 14.5 % and 22.5 % in USD'])).toBe(false);
  });

  it('3 commas against 2 decimal points with more than one digit before the point: the point style', () => {
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%', 'Growth 9,8%', 'Growth 14.5 % and 22.5 % in USD'])).toBe(false);
  });

  it('3 commas against 2 decimal points of one leading digit and two decimals: the point style', () => {
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%', 'Growth 9,8%', 'EPS 4.55 and 6.25 in USD'])).toBe(false);
  });

  // (Two decimal commas with nothing against them decide the comma style; beside a decimal point they do not.)
  it('two decimal commas and no point are the comma style; against one decimal point, too few', () => {
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%'])).toBe(true);
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%', 'EPS 4.55'])).toBe(false);
  });

  it('3 commas against 1 decimal point: the comma style', () => {
    expect(usesDecimalComma(['Margin 12,5%', 'Cost ratio 13,3%', 'Growth 9,8%', 'Growth 14.5 % in USD'])).toBe(true);
  });
});

describe('number style: a comma-style line read in the point style', () => {
  it('two-digit lead before a space thousands group', () => {
    expect(toPointStyle('Net sales 12 480,2')).toBe('Net sales 12,480.2');
  });

  it('several thousands groups', () => {
    expect(toPointStyle('Assets 1 234 567,8')).toBe('Assets 1,234,567.8');
  });

  it('figures side by side in columns', () => {
    expect(toPointStyle('Net sales 412,6 398,1')).toBe('Net sales 412.6 398.1');
  });

  it('a figure followed by a comma of the sentence', () => {
    expect(toPointStyle('Net sales rose to 3 412,6, up 5%')).toBe('Net sales rose to 3,412.6, up 5%');
    expect(toPointStyle('Net sales rose to 412,6. Costs fell')).toBe('Net sales rose to 412.6. Costs fell');
  });

  it('plain numbers stay as printed', () => {
    expect(toPointStyle('Q3 2025: 88 employees')).toBe('Q3 2025: 88 employees');
  });
});

describe('number style: a figure printed as the release prints it', () => {
  it('a figure at the start of its line', () => {
    expect(printedAs('3 108,4 net sales', '3,108.4')).toBe('3 108,4');
    expect(printedAs('Net sales 3 108,4', '3,108.4')).toBe('3 108,4');
  });

  it('a figure not on the line is given as read', () => {
    expect(printedAs('Net sales 100', '999')).toBe('999');
  });
});
