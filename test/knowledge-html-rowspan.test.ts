// An HTML table whose first header cell stands in two rows (rowspan="2"): the header row below it starts one
// column right. It was read one column left, so the prior year's figures came under this year's header (and
// "What was total revenue?" answered last year's quarter). Synthetic issuers, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const value = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value')?.value.toString();

describe('a unit note in a rowspan="2" header cell over span headers and their years', () => {
  it('puts each year over its own figures', () => {
    const r = inlineRelease([
      '<html><body>',
      '<p>Tsubame Devices Co., Ltd. announced results for the third quarter ended December 31, 2025.</p>',
      '<h2>Segment Information</h2>',
      '<table border="1">',
      '<thead>',
      '<tr><th rowspan="2">(Millions of yen)</th><th colspan="2">Revenue, three months ended Dec. 31</th><th colspan="2">Segment profit, three months ended Dec. 31</th><th colspan="2">Revenue, nine months ended Dec. 31</th></tr>',
      '<tr><th>2025</th><th>2024</th><th>2025</th><th>2024</th><th>2025</th><th>2024</th></tr>',
      '</thead>',
      '<tbody>',
      '<tr><td>Sensors</td><td>12,410</td><td>10,980</td><td>2,150</td><td>1,870</td><td>35,220</td><td>31,870</td></tr>',
      '<tr><td>Actuators</td><td>8,305</td><td>7,940</td><td>940</td><td>1,020</td><td>24,115</td><td>23,060</td></tr>',
      '<tr><td>Total</td><td>20,715</td><td>18,920</td><td>3,090</td><td>2,890</td><td>59,335</td><td>54,930</td></tr>',
      '</tbody>',
      '</table>',
      '</body></html>',
    ], 'tsubame.html');
    expect([value(r, 'revenue.total', '2025Q4'), value(r, 'revenue.total', '2024Q4')]).toEqual(['20715', '18920']);
    expect(r.facts.some((f) => f.metric === 'revenue.total' && f.period.kind === 'duration' && f.period.months === 9 && f.period.end === '2024-12-31' && f.value.toString() === '54930')).toBe(true);
  });

  it('a second layout: a "Segment" header in two rows beside pairs of years under two measures', () => {
    const r = inlineRelease([
      '<html><body>',
      '<p>Kestrel Tools Inc. reported results for the second quarter ended June 30, 2026.</p>',
      '<h2>Results by segment</h2>',
      '<p>(In thousands of dollars)</p>',
      '<table>',
      '<tr><th rowspan="2">Segment</th><th colspan="2">Net sales, three months ended June 30</th><th colspan="2">Operating income, three months ended June 30</th></tr>',
      '<tr><th>2026</th><th>2025</th><th>2026</th><th>2025</th></tr>',
      '<tr><td>Power tools</td><td>84,200</td><td>79,150</td><td>11,340</td><td>10,020</td></tr>',
      '<tr><td>Hand tools</td><td>41,700</td><td>43,900</td><td>5,210</td><td>6,080</td></tr>',
      '</table>',
      '</body></html>',
    ], 'kestrel.html');
    const sales = r.facts.filter((f) => f.source === 'table' && f.role === 'value' && /power_tools/.test(f.metric) && /net_sales/.test(f.metric));
    expect(sales.map((f) => `${periodKey(f.period)}=${f.value.toString()}`).sort()).toEqual(['2025Q2=79150', '2026Q2=84200']);
  });
});
