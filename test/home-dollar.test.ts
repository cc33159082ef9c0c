// A release reported in a dollar other than the US one prints its own with a bare "$": a row's "$" cells, or a
// unit note "($ millions)", had made the table US$ ("maintenance cost" of an Australian airline was US$187.3
// million though the release says its amounts are in A$). The release's own dollar decides; a table headed in
// US$ as such keeps it. Synthetic releases in Canadian and New Zealand dollars.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const canadian = [
  '<html><body><h1>Synthetic Maplecrest Rail Reports Second Quarter 2026 Results</h1>',
  '<p>Synthetic Maplecrest Rail today reported results for the second quarter ended June 30, 2026. All amounts are in Canadian dollars (C$) unless otherwise stated.</p>',
  '<p>Freight revenue was $842.6 million, up 5.2%.</p>',
  '<table><tr><th>C$ millions</th><th></th><th>Q2 2026</th><th></th><th>Q2 2025</th></tr>',
  '<tr><td>Freight revenue</td><td>$</td><td>842.6</td><td>$</td><td>800.9</td></tr>',
  '<tr><td>Fuel</td><td></td><td>(121.4)</td><td></td><td>(130.2)</td></tr>',
  '<tr><td>Operating income</td><td>$</td><td>301.7</td><td>$</td><td>270.3</td></tr>',
  '</table>',
  '<table><tr><th>US$ millions</th><th>Q2 2026</th><th>Q2 2025</th></tr>',
  '<tr><td>US-dollar notes repaid</td><td>50.0</td><td>25.0</td></tr>',
  '</table>',
  '</body></html>',
];

const kiwi = [
  '# Synthetic Tasman Orchards Reports First Quarter 2026 Results',
  '',
  'Synthetic Tasman Orchards today reported results for the first quarter ended March 31, 2026. Figures are expressed in New Zealand dollars.',
  '',
  '($ millions)',
  '',
  '| | Q1 2026 | Q1 2025 |',
  '|---|---|---|',
  '| Revenue | 96.4 | 88.1 |',
  '| Net profit | 12.3 | 10.9 |',
];

const currencies = (lines: string[], name: string) => Object.fromEntries(inlineRelease(lines, name).facts.filter((f) => f.unit.kind === 'money' && f.source === 'table').map((f) => [f.metric, 'currency' in f.unit ? f.unit.currency : '']));

describe("a bare '$' in a release reported in another dollar", () => {
  it("is the release's own dollar in cells beside '$' and in those without", () => {
    const read = currencies(canadian, 'synthetic.html');
    expect(read).toMatchObject({ freight_revenue: 'CAD', fuel: 'CAD', operating_income: 'CAD' });
    const a = inlineEngine(canadian, 'synthetic.html').ask('fuel Q2 2026', 'c').text;
    expect(a).toMatch(/C\$-?121\.4 million/);
    expect(a).not.toContain('US$');
  });

  it("a table headed in US$ as such keeps the US dollar", () => {
    expect(currencies(canadian, 'synthetic.html')).toMatchObject({ us_dollar_notes_repaid: 'USD' });
  });

  it("a unit note's '$ millions' is the dollar the release says it reports in", () => {
    expect(currencies(kiwi, 'synthetic.md')).toMatchObject({ revenue: 'NZD', net_profit: 'NZD' });
    expect(inlineEngine(kiwi).ask('revenue Q1 2026', 'k').text).toContain('NZ$96.4 million');
  });
});

describe("a prose figure with a bare '$' on a line that also prints a US$ figure", () => {
  // (hunt31 h31-019: an airline's fuel guidance "$1.6 billion, assuming jet fuel at US$88 per barrel" was US$1.6 billion.)
  const fuel = [...canadian.slice(0, -1), '<p>For the full year 2026, fuel cost is expected to be approximately $1.6 billion, assuming diesel at US$88 per barrel.</p>', '</body></html>'];
  const prose = (metric: string) => inlineRelease(fuel, 'synthetic.html').facts.filter((f) => f.source === 'narrative' && f.metric.includes(metric)).map((f) => ('currency' in f.unit ? f.unit.currency : ''));
  it("is the release's own dollar; the US$ figure beside it stays US$", () => {
    expect(prose('fuel_cost')).toEqual(expect.arrayContaining(['CAD']));
    expect(prose('fuel_cost')).not.toContain('USD');
    expect(inlineEngine(fuel, 'synthetic.html').ask('fuel cost guidance', 'f').text).not.toContain('US$1.6');
  });
});
