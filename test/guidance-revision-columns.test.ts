// An HTML guidance table whose columns name a revision alone ("Raised | Prior", "Previous | Updated") under a
// heading naming the outlook: its rows had been run together into one sentence of two ranges, the first said as
// what the company expects (the previous one where it came first), the second named "700 million", and each
// low end read without its scale ("$1,650"). Each column is now read as its own guidance, the earlier one kept
// as a statement. Synthetic releases.
import { describe, expect, it } from 'vitest';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const html = (head: [string, string], rows: [string, string, string][]) => [
  '<html><body><h1>Synthetic Tillworth Corp. Reports Second Quarter Fiscal 2026 Results</h1>',
  '<p>Synthetic Tillworth Corp. today announced results for its second quarter of fiscal 2026 ended June 30, 2026.</p>',
  '<p>Net sales were $412.6 million, up 9% from $378.5 million a year earlier.</p>',
  '<h2>Fiscal 2026 Outlook</h2>',
  '<p>The Company is raising its fiscal 2026 outlook:</p>',
  '<table>',
  `<tr><th></th><th>${head[0]}</th><th>${head[1]}</th></tr>`,
  ...rows.map(([l, a, b]) => `<tr><td>${l}</td><td>${a}</td><td>${b}</td></tr>`),
  '</table>',
  '</body></html>',
];
const guided = (r: Release) => r.facts.filter((f) => f.role === 'low' || f.role === 'high').map((f) => `${f.metric} ${f.role} ${f.unit.kind === 'money' ? f.value.times(f.unit.scale).toString() : f.value.toString()}`);

describe('"Raised | Prior" guidance columns', () => {
  const lines = html(['Raised', 'Prior'], [
    ['Net sales', '$1,650 &ndash; $1,700 million', '$1,600 &ndash; $1,650 million'],
    ['Adjusted EBITDA', '$310 to $325 million', '$300 to $315 million'],
  ]);
  it('reads the raised ranges as the guidance, at their scale, and the prior ones as no guidance', () => {
    expect(guided(inlineRelease(lines, 'synthetic.html')).sort()).toEqual(
      ['adjusted_ebitda high 325000000', 'adjusted_ebitda low 310000000', 'net_sales high 1700000000', 'net_sales low 1650000000'],
    );
  });
});

describe('"Previous | Updated" guidance columns, the previous first', () => {
  const lines = html(['Previous', 'Updated'], [
    ['Revenue', '$880 &ndash; $900 million', '$905 &ndash; $925 million'],
    ['Capital expenditures', 'approximately $75 million', 'approximately $70 million'],
  ]);
  it('says the updated range as what the company expects, never the previous one', () => {
    const e = inlineEngine(lines, 'synthetic.html');
    const a = e.ask('FY26 revenue guidance?', 'rev');
    expect(a.text).toContain('$905 million and $925 million');
    // (The previous range is named only as the earlier forecast the updated one replaces.)
    expect(a.text).not.toMatch(/expects[^.\n]*880/);
    expect(a.text).toContain('It replaces the earlier forecast of $880 million–$900 million.');
    expect(e.ask('capital expenditures guidance for fiscal 2026?', 'capex').text).toMatch(/expects Capital expenditures of approximately \$70 million/);
  });
});
