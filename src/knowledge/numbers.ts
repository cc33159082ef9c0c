// Numbers as releases print them: "4,153,183", "(2,236)", "-" for nil, "25.8%", "RMB4,153.2 million".
import { Decimal } from 'decimal.js';

export interface Cell {
  value: Decimal;
  decimals: number;
  percent: boolean;
}

const NIL = /^[-–—]$/;
const CELL = /^(\()?(-)?([\d,]*\.?\d+)(\))?(%)?$/;

/** Reads one table cell; null when the cell is not a number. "-" is nil (zero). */
export function parseCell(text: string): Cell | null {
  // A superscript footnote mark after a figure ("210.9¹", "5.8⁽¹⁾": restated) is no digit of it.
  const t = text.replace(/<\/?b>|\*\*/gi, '').replace(/\s+/g, '').replace(/⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾?$/, '');
  if (NIL.test(t)) return { value: new Decimal(0), decimals: 0, percent: false };
  // A minus sign may be typeset (U+2212, or an en dash before the figure).
  const m = CELL.exec(t.replace(/^[\u2212\u2013]/, '-').replace(/^\(\u2212/, '(-'));
  if (!m || Boolean(m[1]) !== Boolean(m[4]) || !/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d*\.?\d+$/.test(m[3]!)) return null;
  const digits = m[3]!.replace(/,/g, '');
  const negative = Boolean(m[1]) || Boolean(m[2]);
  const value = new Decimal(digits);
  return {
    value: negative ? value.negated() : value,
    decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0,
    percent: Boolean(m[5]),
  };
}

export const SCALE_WORDS: Record<string, number> = { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9 };

/** Digits of a number word as printed ("4,153.2") → value and decimals. */
export function parseNumber(text: string): { value: Decimal; decimals: number } {
  const digits = text.replace(/,/g, '');
  return { value: new Decimal(digits), decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0 };
}
