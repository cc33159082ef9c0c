// An operating-statistics table with no unit note whose lines state their own units, some as a scale before a
// noun of what they count ("(million tonne-km)", "(thousand passengers)"): those lines are counts at that
// scale. Half its lines had been taken for amounts of no scale, and the table was not read. A change column's
// cell printed without "%" where the column's others print one ("+7" locomotives beside "4.2%") is a change in
// units: it had been read as a change of 7%. Synthetic release.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import { inlineRelease } from './support/inline.js';

const lines = [
  '<html><body><h1>Synthetic Northrail Group Reports Second Quarter 2026 Results</h1>',
  '<p>Synthetic Northrail Group today announced results for the second quarter ended June 30, 2026.</p>',
  '<table>',
  '<tr><th>(EUR million)</th><th>Q2 2026</th><th>Q2 2025</th></tr>',
  '<tr><td>Revenue</td><td>812.4</td><td>774.0</td></tr>',
  '<tr><td>Operating profit</td><td>96.1</td><td>88.3</td></tr>',
  '<tr><td>Net profit</td><td>61.0</td><td>55.2</td></tr>',
  '</table>',
  '<h2>Operating Statistics</h2>',
  '<table>',
  '<tr><th></th><th>Q2 2026</th><th>Q2 2025</th><th>Change</th></tr>',
  '<tr><td>Freight &#8212; net tonne-km (million tonne-km)</td><td>9,412</td><td>9,030</td><td>4.2%</td></tr>',
  '<tr><td>Passenger-km (million passenger-km)</td><td>6,215</td><td>5,980</td><td>3.9%</td></tr>',
  '<tr><td>Passengers carried (thousand passengers)</td><td>48,120</td><td>46,905</td><td>2.6%</td></tr>',
  '<tr><td>Seat occupancy</td><td>61.5%</td><td>59.8%</td><td>+1.7 pts</td></tr>',
  '<tr><td>Locomotives at end of period (units)</td><td>412</td><td>405</td><td>+7</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a statistics table whose lines state a scale and a counted noun, no unit note', () => {
  const r = inlineRelease(lines, 'synthetic.html');
  const of = (label: RegExp, role = 'value') => r.facts.filter((f) => f.source === 'table' && label.test(f.label) && f.role === role && periodKey(f.period) === '2026Q2');
  it('is read: each such line a count at its scale', () => {
    expect(r.skipped).toEqual([]);
    const tkm = of(/net tonne-km/);
    expect(tkm.map((f) => [f.value.toString(), f.unit])).toEqual([['9412', { kind: 'count', scale: 1e6, noun: 'tonne-km' }]]);
    expect(of(/Passengers carried/).map((f) => f.unit)).toEqual([{ kind: 'count', scale: 1e3, noun: 'passengers' }]);
    expect(of(/Passengers carried/, 'change').map((f) => f.value.toString())).toEqual(['2.6']);
  });
  it('reads a change printed without "%" beside rates as no rate', () => {
    expect(of(/Locomotives/).map((f) => f.value.toString())).toEqual(['412']);
    expect(of(/Locomotives/, 'change')).toEqual([]);
  });
});
