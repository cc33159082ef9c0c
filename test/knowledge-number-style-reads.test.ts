// How each number is read in the document's style (number-style.ts), where a slip reads a wrong figure: "1,234" is
// 1.234 in a decimal-comma document and stays as printed in a point one; a date is no number of either style; a
// lone cell the point style cannot read is left as printed (the table reader refuses it), while the same figure in
// prose is blanked and named; a quote is found in the printed line where the read line holds it.
import { describe, expect, it } from 'vitest';
import { numberStyle, quotedAsPrinted, toPointStyle } from '../src/knowledge/number-style.js';

const readAll = (lines: string[]) => {
  const s = numberStyle(lines);
  return { read: s.read ? lines.map(s.read) : lines, unread: s.unread };
};

describe('a decimal-comma line read in the point style', () => {
  it('one comma before three digits is the decimal mark ("1,234" is 1.234), one point the thousands', () => {
    expect(toPointStyle('Kurs 1,234 je Aktie, Absatz 1.234 t')).toBe('Kurs 1.234 je Aktie, Absatz 1,234 t');
  });
  it('a date is no number: left as printed beside the figures read', () => {
    expect(toPointStyle('Stand 30.06.2026: Umsatz 1.482,6')).toBe('Stand 30.06.2026: Umsatz 1,482.6');
  });
});

describe('a point-style document', () => {
  const doc = (...more: string[]) => ['Revenue 1,234.5', 'Costs 2,345.6', 'Margin 12.5%', 'Tax 45.2', 'Net 9.75', 'EPS 0.31', 'Debt 812.4', 'Cash 77.1', 'Capex 3.9', ...more];

  it('reads its numbers as printed: "1,234" is a thousand and more, "1.234" a decimal', () => {
    expect(numberStyle(doc('Units 1,234', 'Ratio 1.234')).read).toBeNull();
  });
  it('a number the style cannot read alone in a table cell is left as printed, and not named', () => {
    const { read, unread } = readAll(doc('| Note | 4,15 |', '<td>1,2</td>', '4,15'));
    expect(read.slice(9)).toEqual(['| Note | 4,15 |', '<td>1,2</td>', '4,15']);
    expect(unread).toEqual([]);
  });
  it('the same figure in prose, or sharing its cell, is blanked and named', () => {
    const { read, unread } = readAll(doc('Margin was 4,15 here', '| 4,15 x |', '| a 4,15 |', '|4,15 b'));
    expect(read.slice(9)).toEqual(['Margin was ???? here', '| ???? x |', '| a ???? |', '|???? b']);
    expect(unread.map((u) => `${u.line} ${u.figure}`)).toEqual(['10 4,15', '11 4,15', '12 4,15', '13 4,15']);
  });
});

describe('a quote read in the point style, found in the printed line', () => {
  it('at the same place of the printed line, curly quotes and markup as printed', () => {
    const line = '- **Sales** “Umsatz” 1 482,6';
    expect(quotedAsPrinted(line, '"Umsatz" 1,482.6', '- **Sales** “Umsatz” 1,482.6')).toBe('“Umsatz” 1 482,6');
    expect(quotedAsPrinted(line, 'Umsatz 9,999.9', '- **Sales** “Umsatz” 1,482.6')).toBeNull();
    expect(quotedAsPrinted('Sales ‘Umsatz’ 1 482,6', "'Umsatz' 1,482.6", 'Sales ‘Umsatz’ 1,482.6')).toBe('‘Umsatz’ 1 482,6');
  });
});
