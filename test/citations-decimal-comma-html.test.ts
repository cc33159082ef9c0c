// A decimal-comma HTML release's table rows were quoted as read, not as printed: "Revenue 1,482.6 1,401.3" for a
// line that reads "Revenue 1 482,6 1 401,3" (hl44 class A), a quote no reader finds in the release. The row's
// quote is now the printed line's text at the same place, as prose quotes already were.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const HTML = () => [
  '<html><body>',
  '<h1>Synthetic Kornfeld AG reports results for the third quarter of 2026</h1>',
  '<p>Kornfeld AG today reported results for the third quarter ended 30 September 2026. Revenue rose 5,8 % to €1 482,6 million.</p>',
  '<table>',
  '<tr><th>€m</th><th>Q3 2026</th><th>Q3 2025</th></tr>',
  '<tr><td>Revenue</td><td>1 482,6</td><td>1 401,3</td></tr>',
  '<tr><td>Gross profit</td><td>450,8</td><td>412,0</td></tr>',
  '<tr><td>Free cash flow<sup>3</sup></td><td>141,3</td><td>122,5</td></tr>',
  '<tr><td>Equity ratio (%)</td><td>42,0</td><td>41,7</td></tr>',
  '</table>',
  '</body></html>',
];

const quotesOf = (q: string) => inlineEngine(HTML(), 'kornfeld.html').ask(q, q).citations.map((c) => [c.line, c.quote]);

describe('a decimal-comma HTML table row is quoted as printed', () => {
  it('quotes a row of spaced thousands verbatim ("Revenue 1 482,6 1 401,3"), the figure read as 1,482.6', () => {
    const a = inlineEngine(HTML(), 'kornfeld.html').ask('revenue Q3 2026', 'r');
    expect(a.text).toContain('1,482.6');
    expect(a.citations.map((c) => [c.line, c.quote])).toEqual([[6, 'Revenue 1 482,6 1 401,3']]);
  });

  it('quotes each row of a derived figure as printed (gross margin: both inputs)', () => {
    expect(quotesOf('gross margin Q3 2026')).toEqual(expect.arrayContaining([[6, 'Revenue 1 482,6 1 401,3'], [7, 'Gross profit 450,8 412,0']]));
  });

  it('quotes a row whose label carries a footnote mark beside its first figure ("Free cash flow 3 141,3")', () => {
    expect(quotesOf('free cash flow Q3 2026')).toEqual([[8, 'Free cash flow 3 141,3 122,5']]);
    expect(quotesOf('equity ratio Q3 2026')).toEqual([[9, 'Equity ratio (%) 42,0 41,7']]);
  });

  it('quotes only text the printed line holds', () => {
    const r = inlineRelease(HTML(), 'kornfeld.html');
    const printed = HTML().map((l) => l.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
    for (const f of r.facts) expect(printed[f.citation.line - 1]).toContain(f.citation.quote);
  });
});
