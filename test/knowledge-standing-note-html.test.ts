// An HTML release whose unit is stated only in its opening paragraph ("All amounts are in thousands of Canadian
// dollars, except per Unit amounts and unless otherwise noted."): its tables that state no scale of their own are
// read at it (they were skipped: "no unit note states the scale"); a table with its own unit keeps its own.
// Synthetic issuer, made-up figures.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const DOC = [
  '<html><body>',
  '<p>TORONTO, Nov. 4, 2026 - Birchfield Logistics REIT today reported its results for the three months ended September 30, 2026. All amounts are in thousands of Canadian dollars, except per Unit amounts and unless otherwise noted.</p>',
  '<p><b>Selected Financial Information</b></p>',
  '<table>',
  '<tr><td></td><td><b>Q3 2026</b></td><td><b>Q3 2025</b></td></tr>',
  '<tr><td>Rental revenue</td><td>$81,250</td><td>$77,904</td></tr>',
  '<tr><td>Net operating income (NOI)</td><td>52,118</td><td>49,377</td></tr>',
  '<tr><td>FFO per Unit - diluted</td><td>$0.212</td><td>$0.204</td></tr>',
  '</table>',
  '<p><b>Development Pipeline</b></p>',
  '<p>(in millions of Canadian dollars)</p>',
  '<table>',
  '<tr><td></td><td><b>September 30, 2026</b></td><td><b>December 31, 2025</b></td></tr>',
  '<tr><td>Properties under development</td><td>412.6</td><td>388.1</td></tr>',
  '</table>',
  '</body></html>',
];
const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

describe('an HTML release stating its unit only in its opening paragraph', () => {
  const r = inlineRelease(DOC, 'birchfield.html');
  it('reads the table with no unit of its own in thousands of Canadian dollars', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'net_operating_income_noi', '2026Q3')?.unit).toEqual(expect.objectContaining({ kind: 'money', currency: 'CAD', scale: 1e3 }));
    // (An amount per Unit is no amount at the note's scale: C$0.212, never C$212.)
    expect(fact(r, 'ffo_per_unit_diluted', '2026Q3')?.unit).toEqual(expect.objectContaining({ currency: 'CAD', scale: 1 }));
  });
  it('keeps a table\'s own unit ("in millions") over the paragraph\'s', () => {
    expect(fact(r, 'properties_under_development', '2026-09-30')?.unit).toEqual(expect.objectContaining({ kind: 'money', scale: 1e6 }));
  });
  it('answers NOI in Canadian dollars', () => {
    const a = inlineEngine(DOC, 'birchfield.html').ask('NOI 3Q26', 'birchfield');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('C$52.1 million');
  });
});
