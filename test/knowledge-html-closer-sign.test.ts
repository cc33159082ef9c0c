// An HTML statement whose negative figures close in the cell that opens the next figure's "$" (")$",
// one cell): the closer ends the figure before, the sign is the next figure's currency. The table was
// skipped ('")$" stands outside the figure columns'). A synthetic release, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const HTML = [
  '<html><body>',
  '<p><b>Lantern Systems Reports Third Quarter 2026 Results</b></p>',
  '<p><b>Condensed Consolidated Statements of Operations</b><br>(in thousands, except per share amounts; unaudited)</p>',
  '<table>',
  '<tr><td></td><td colspan="4">Three Months Ended September 30,</td><td colspan="4">Nine Months Ended September 30,</td></tr>',
  '<tr><td></td><td colspan="2">2026</td><td colspan="2">2025</td><td colspan="2">2026</td><td colspan="2">2025</td></tr>',
  '<tr><td>Total revenue</td><td>$</td><td>93,800</td><td>$</td><td>82,120</td><td>$</td><td>270,800</td><td>$</td><td>233,520</td></tr>',
  '<tr><td>Net loss</td><td>$</td><td>(13,900</td><td>)$</td><td>(12,564</td><td>)$</td><td>(36,723</td><td>)$</td><td>(41,560)</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a closer and the next sign in one HTML cell', () => {
  it('reads each figure of the row, signed, with its period', () => {
    const r = inlineRelease(HTML, 'lantern.html');
    expect(r.skipped).toEqual([]);
    const loss = (p: string) => r.facts.find((f) => f.metric === 'net_loss' && f.role === 'value' && periodKey(f.period) === p)?.value.toString();
    expect([loss('2026Q3'), loss('2025Q3'), loss('9M-2026-09-30'), loss('9M-2025-09-30')]).toEqual(['-13900', '-12564', '-36723', '-41560']);
  });
});
