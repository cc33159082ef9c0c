// A fixed-width guidance table of "Updated | Previous" columns read as prose runs its cells into one name
// ("Guidance Previous guidance Widget sales GBP150m - GBP165m"): which range is current is unknown, so no range
// is said as what the company expects (the previous one was). A table of two rows or more is read as one since
// (worded-tables.ts): its columns then say which range is current. Two synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (sign: string, rows: [string, string, string][], head: [string, string]) => [
  'Synthetic Biosciences plc',
  '05 August 2026',
  '',
  '                 SYNTHETIC BIOSCIENCES PLC',
  '     SECOND QUARTER AND FIRST HALF 2026 FINANCIAL RESULTS',
  '',
  'CAMBRIDGE, UK, 5 August 2026 - Synthetic Biosciences plc today announces unaudited financial results',
  'for the second quarter ended June 30, 2026.',
  '',
  `*  Total revenue of ${sign}44.6 million (Q2 2025: ${sign}34.7 million), up 28.7%.`,
  '',
  '2026 FINANCIAL GUIDANCE',
  '',
  `                                        ${head[0].padEnd(21)}${head[1]}`,
  ...rows.map(([l, a, b]) => `${l.padEnd(40)}${a.padEnd(21)}${b}`),
  '',
  'Dividend. The Company does not expect to pay dividends.',
];

describe('guidance columns run together', () => {
  // (Read since as a table of worded cells, text-table-worded-guidance.test.ts: each column is the guidance it is headed.)
  it('says the updated range as current, the previous one as what it replaced', () => {
    const e = inlineEngine(release('GBP', [['WIDGET net sales', 'GBP150m - GBP165m', 'GBP140m - GBP160m'], ['Operating expense', 'GBP205m - GBP220m', 'GBP205m - GBP220m']], ['Updated guidance', 'Previous guidance']), 'synthetic.txt');
    const a = e.ask("what's the widget guide for FY26 now?", 'g1');
    expect(a.text).toMatch(/expects WIDGET net sales between GBP 150 million and GBP 165 million/);
    expect(a.text).toMatch(/replaces the earlier forecast of GBP 140 million–GBP 160 million/);
    expect(a.text).not.toMatch(/expects[^\n]*140/);
  });
  it('a second release: "Current outlook | Prior outlook", asked for its guidance', () => {
    const e = inlineEngine(release('GBP', [['Product revenue', 'GBP310m - GBP330m', 'GBP290m - GBP310m']], ['Current outlook', 'Prior outlook']), 'synthetic.txt');
    const a = e.ask('what is the guidance?', 'g2');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/expects[^\n]*290/);
  });
});
