// An amount asked by a name a ratio line shares ("net charge-offs", no "ratio", "rate" or "%") is the amount's line:
// "Net charge-offs were 0.19% of average loans" states the charge-offs' share of the loans, never the charge-offs, and
// had answered "net charge-offs in Q3?" with 0.19%. A ratio asked still gets the ratio. Synthetic bank, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const BANK = [
  '<html><body>',
  '<h1>Synthetic Prairie Bancorp Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Prairie Bancorp today reported results for the third quarter ended September 30, 2026.</p>',
  '<ul>',
  '<li>Net charge-offs were 0.19% of average loans, annualized, compared with 0.17% in the linked quarter.</li>',
  '</ul>',
  '<table>',
  '<caption>(dollars in thousands)</caption>',
  '<thead><tr><th></th><th>Three months ended Sep. 30, 2026</th><th>Three months ended Jun. 30, 2026</th></tr></thead>',
  '<tbody>',
  '<tr><td>Net interest income</td><td>188,512</td><td>181,004</td></tr>',
  '<tr><td>Provision for credit losses</td><td>14,250</td><td>11,800</td></tr>',
  '</tbody></table>',
  '<table>',
  '<caption>(dollars in thousands)</caption>',
  '<thead><tr><th></th><th>Sep. 30, 2026</th><th>Jun. 30, 2026</th></tr></thead>',
  '<tbody>',
  '<tr><td>Total loans</td><td>20,618,442</td><td>20,301,775</td></tr>',
  '<tr><td>Net charge-offs (quarter)</td><td>9,874</td><td>8,412</td></tr>',
  '<tr><td>Net charge-offs to average loans (annualized)</td><td>0.19%</td><td>0.17%</td></tr>',
  '</tbody></table>',
  '</body></html>',
];

describe('an amount asked beside its ratio to a whole', () => {
  const engine = inlineEngine(BANK, 'synthetic.html');
  let n = 0;
  it.each(['net charge-offs in Q3?', 'what were net charge-offs in the third quarter', 'NCOs Q3 2026'])('%s: the amount', (q) => {
    const a = engine.ask(q, `nco-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$9.9 million');
    expect(a.text).not.toContain('0.19%');
    expect(a.citations[0]?.line).toBe(19);
  });

  it.each(['NCO ratio in Q3', 'net charge-offs to average loans in Q3'])('%s: the ratio', (q) => {
    const a = engine.ask(q, `nco-${n++}`);
    expect(a.text).toContain('0.19%');
  });

  it('a difference with another amount never takes the ratio', () => {
    const a = engine.ask('provision for credit losses less net charge-offs in Q3', `nco-${n++}`);
    expect(a.text).not.toContain('0.19');
  });
});
