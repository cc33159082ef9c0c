// The statement's standard lines as issuers print them (US, IFRS, Australian): what people call the bottom line,
// operating income and the cost of sales, by label families (no issuer's words). A loss is the line with a minus
// sign ("Net loss", "Loss from operations"), answered under its own label; an underlying line is another measure,
// named only when asked. Lines that only share a family's words are never it (naming/other-measure.ts).
import type { CatalogEntry } from './catalog.js';

/** The bottom line's labels: net income (or loss), profit after tax, profit for the period, profit attributable to owners, statutory NPAT. */
export const BOTTOM_LINE = /^(?:net (?:income|earnings|profit|loss)(?:\s*\/?\s*\((?:loss|income)\))?|net \((?:loss|income)\) (?:income|loss)|(?:net )?profit after tax(?:ation)?|profit(?: \(loss\))? for the (?:period|year|quarter)|profit attributable to (?:owners|shareholders|equity holders) of the (?:parent|company)|(?:statutory )?npat|statutory net profit after tax)$/i;

export const STATEMENT_FAMILIES: CatalogEntry[] = [
  { match: /^(?:(?:income|loss|income \(loss\)|\(loss\) income) from operations|operating (?:income|profit|loss)(?:\s*\((?:loss|income)\))?)$/i, names: ['operating income', 'operating profit', 'income from operations', 'ebit'] },
  { match: /^(?:total )?cost of (?:revenues?|sales|goods sold)$/i, names: ['cost of sales', 'cost of revenue', 'cost of goods sold'] },
  { match: BOTTOM_LINE, names: ['net income', 'net profit', 'profit', 'earnings', 'bottom line', 'net earnings', 'net result', 'npat', 'profit after tax', 'net profit after tax'] },
  { match: /^underlying (?:npat|net profit after tax|profit after tax|net (?:income|profit|earnings))$/i, names: ['underlying net income', 'underlying net profit', 'underlying profit', 'underlying earnings', 'underlying npat', 'underlying profit after tax'] },
];
