// An HTML table whose period heading spans too few cells: "Three Months Ended September 30," over
// colspan="2", above "2026 | | 2025" with `$` and `)` in cells of their own. The prior year's column was left
// unread ("a year alone"), so a net loss of (2,155) printed across two cells was answered from the prose,
// rounded. A heading alone in its row heads every year below it; two headings in a row do not. Made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const table = (heading: string) => [
  '<html><body>',
  '<p>Synthetic Flow Inc. announced results for its third quarter ended September 30, 2026.</p>',
  '<p><b>CONDENSED STATEMENTS OF OPERATIONS<br/>(in thousands)</b></p>',
  '<table>',
  heading,
  '<tr><td></td><td>2026</td><td></td><td>2025</td></tr>',
  '<tr><td>Total revenue</td><td>$</td><td>205,643</td><td>$</td><td>176,033</td></tr>',
  '<tr><td>Sales and marketing</td><td></td><td>62,905</td><td></td><td>58,644</td></tr>',
  '<tr><td>Net income (loss)</td><td>$</td><td>11,158</td><td>$</td><td>(2,155</td><td>)</td></tr>',
  '</table>',
  '</body></html>',
];
const SHORT = '<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>';

const values = (r: Release, metric: string) =>
  r.facts.filter((f) => f.source === 'table' && f.role === 'value' && f.metric === metric).map((f) => `${periodKey(f.period)}=${f.value.toString()}`).sort();

describe('a period heading whose colspan falls short of the last year', () => {
  it('heads the prior year too: its figures are read, a negative split over two cells among them', () => {
    const r = inlineRelease(table(SHORT), 'flow.html');
    expect(values(r, 'sales_and_marketing')).toEqual(['2025Q3=58644', '2026Q3=62905']);
    expect(values(r, 'net_income_loss')).toEqual(['2025Q3=-2155', '2026Q3=11158']);
  });

  it('the net loss is answered from the table, as a loss, to the digit printed', () => {
    const a = inlineEngine(table(SHORT), 'flow.html').ask('what was the net loss in 3Q25', 'short-span').text;
    expect(a).toContain('$2.16 million');
    expect(a).toContain('(loss, printed in parentheses');
  });

  it('two headings in the row head only what they span', () => {
    const two = '<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td>Nine Months Ended September 30,</td></tr>';
    const r = inlineRelease(table(two), 'flow.html');
    expect(values(r, 'sales_and_marketing').some((v) => v.startsWith('2025Q3='))).toBe(false);
  });
});
