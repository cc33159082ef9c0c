// What a table figure's column says, for its citation: a row's quote alone ("Total net revenue 3,599,174
// 4,153,183 575,209") does not tell a reader which cell is the figure. The column's heading as printed
// names the period; the figure's unit (read from the column and the table's unit note) adds the currency
// and the scale: "Three months ended March 31, 2024, RMB in thousands".
import type { Column } from './columns.js';
import type { Unit } from './fact.js';

const SCALE_WORDS = new Map([[1e3, 'in thousands'], [1e5, 'in lakhs'], [1e6, 'in millions'], [1e7, 'in crores'], [1e9, 'in billions']]);
/** Currency and scale words in a heading: said once, after the period, from the figure's unit. */
const UNIT_WORDS = /US\$|\$|€|£|¥|\((?:in )?(?:thousands|millions|billions)\)|\b(?:in )?(?:thousands|millions|billions)\b|\bdollars\b/gi;

/** "Three months ended March 31, 2024, RMB in thousands"; the heading alone where the unit adds nothing. */
export function columnCite(col: Column, unit: Unit): string {
  const currency = 'currency' in unit ? unit.currency : '';
  const heading = col.header
    .replace(UNIT_WORDS, ' ')
    .replace(/\((?:\d{1,2}|[a-z])\)|\*+/g, ' ')
    .replace(new RegExp(`\\b${col.currency}\\b`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:(]+$/, '')
    .trim();
  const scale = unit.kind === 'money' || unit.kind === 'count' ? (SCALE_WORDS.get(unit.scale) ?? '') : '';
  const noun = unit.kind === 'count' && unit.noun !== 'count' ? unit.noun : '';
  const said = unit.kind === 'per_share' ? `${currency} per ${unit.basis}` : [currency || noun, scale].filter(Boolean).join(' ');
  return [heading, said].filter(Boolean).join(', ');
}
