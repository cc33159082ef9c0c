// A document's figures read in its number style, and the figures that style cannot read: blanked (never read
// the other way) and named with their line and the reason, so the load report says which figures were left out.
import { describe, expect, it } from 'vitest';
import { numberStyle } from '../src/knowledge/number-style.js';

const readAll = (lines: string[]) => {
  const s = numberStyle(lines);
  return { read: s.read ? lines.map(s.read) : lines, unread: s.unread };
};

describe('a decimal-comma document', () => {
  it('groups with points read as commas ("3.412,6" is 3,412.6; "60.385" is 60,385), spaced groups joined', () => {
    expect(readAll(['Net sales 3.412,6', 'Costs 2.987,1', 'Margin 13,3 %', 'Units 60.385', 'Net 12 500']).read).toEqual([
      'Net sales 3,412.6', 'Costs 2,987.1', 'Margin 13.3 %', 'Units 60,385', 'Net 12,500',
    ]);
  });

  it('a figure written in the point style is blanked and named with its line, never read the other way', () => {
    const { read, unread } = readAll(['Net sales 412,6', 'Costs 398,1', 'Headcount 60.385', 'Revenue 1,234.5']);
    expect(read).toEqual(['Net sales 412.6', 'Costs 398.1', 'Headcount 60,385', 'Revenue ???????']);
    expect(unread).toEqual([{ line: 4, figure: '1,234.5', reason: 'the document writes its decimals with "," and this figure\'s form says the other' }]);
  });
});

describe('a document whose numbers do not show their style', () => {
  it('a figure that reads differently in each style is blanked, with the reason', () => {
    const { read, unread } = readAll(['Net sales 60.385', 'Costs 12.5']);
    expect(read).toEqual(['Net sales ??????', 'Costs 12.5']);
    expect(unread).toEqual([{ line: 1, figure: '60.385', reason: 'the document\'s numbers do not show whether "." or "," marks their decimals, and this figure reads differently in each' }]);
  });
});
