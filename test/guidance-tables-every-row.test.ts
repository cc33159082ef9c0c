// An outlook table or sentence read for every line it guides, never for its headline line alone: a fixed-width
// table of worded ranges beside a column of actuals had gone to the figure reader, which kept the actuals and ran
// the ranges into each row's name; a year in a row label of a table not read ("2026 (remainder)") was taken for a
// part of the line asked, so "2026 guidance" was declined; a range whose ends carry a per-unit suffix
// ("US$1,690/oz to US$1,760/oz") was read as two points. Each guided range is given as a range, cited to its row.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const vorland = sharedEngine('eval/hl55/docs/vorland-9m-2026.txt');
const harborline = sharedEngine('eval/hl55/docs/harborline-q3-2026.html');
const mabele = sharedEngine('eval/hl55/docs/mabele-h1-f2027.md');

const TEXT = [
  'KESTREL ROBOTICS PLC - HALF-YEAR RESULTS H1 2026',
  'Results for the six months ended June 30, 2026',
  '',
  'KEY FIGURES',
  'GBP million                    H1 2026    H1 2025',
  'Revenue                          812.4      760.1',
  'Operating profit                  98.2       90.5',
  'Capital expenditure               51.7       48.0',
  '',
  '',
  'FY2026 GUIDANCE',
  '------------------------------------------------------------------',
  '                              FY2026 guidance        FY2025 reported',
  'Revenue growth                6% to 8%               5.4%',
  'Operating margin (%)          11.5% to 12.5%         11.1%',
  'Capital expenditure (GBP m)   around 120             104.3',
  '',
];

const HTML = [
  '<html><body>',
  '<h1>Osprey Storage Trust Reports Third Quarter 2026 Results</h1>',
  '<p>Osprey Storage Trust today reported results for the quarter ended September 30, 2026.</p>',
  '<table>',
  '<tr><th>(in thousands)</th><th>Q3 2026</th><th>Q3 2025</th></tr>',
  '<tr><td>Total revenues</td><td>88,410</td><td>81,220</td></tr>',
  '<tr><td>Net operating income</td><td>61,005</td><td>56,870</td></tr>',
  '</table>',
  '<h2>2026 Outlook</h2>',
  '<table>',
  '<tr><th>Full year 2026</th><th>Current guidance</th><th>Prior guidance</th></tr>',
  '<tr><td>AFFO per diluted share</td><td>$1.52 &#8211; $1.56</td><td>$1.48 &#8211; $1.54</td></tr>',
  '<tr><td>Same-property revenue growth</td><td>2.5% &#8211; 3.0%</td><td>2.0% &#8211; 3.0%</td></tr>',
  '</table>',
  '<h2>Debt Maturities</h2>',
  '<table>',
  '<tr><th>Year (in millions)</th><th>Term loans</th><th>Notes</th><th>Total</th></tr>',
  '<tr><td>2026 (remainder)</td><td>$ 0.0</td><td>$ 12.0</td><td>$ 12.0</td></tr>',
  '<tr><td>2027</td><td>150.0</td><td>0.0</td><td>150.0</td></tr>',
  '<tr><td>Thereafter</td><td>200.0</td><td>450.0</td><td>650.0</td></tr>',
  '</table>',
  '</body></html>',
];

// (A sentence of its own, "guidance ... lowered to": one range, whose two ends each carry "/lb".)
const MD = [
  '# Ridgeback Copper Reports Third Quarter 2026 Results',
  '',
  'Ridgeback Copper Corp. today reported results for the quarter ended September 30, 2026.',
  '',
  '| US$ million | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Revenue | 410.2 | 388.0 |',
  '',
  '## Outlook',
  '',
  'C1 cash cost guidance for full year 2026 was lowered to US$1.85/lb to US$2.05/lb.',
];

describe('an outlook table read for every row', () => {
  it('reads each guided row of a fixed-width table beside its actuals, as a range', () => {
    const eps = vorland.ask('What is the 2026 adjusted EPS guidance?', 'v-1');
    expect(eps.text).toContain('between EUR 8.70 and EUR 9.00');
    expect(eps.citations.map((c) => c.line)).toContain(160);
    expect(vorland.ask('FCF outlook for 2026?', 'v-2').text).toContain('about EUR 950 million');
    const engine = inlineEngine(TEXT, 'kestrel.txt');
    const margin = engine.ask('operating margin guidance for 2026?', 'k-1');
    expect(margin.text).toContain('between 11.5% and 12.5%');
    expect(margin.text).not.toContain('11.1%');
    expect(engine.ask('What capex does Kestrel guide for FY2026?', 'k-2').text).toMatch(/120 million/);
  });

  it('reads a year in a row label of another table as no part of the line asked', () => {
    const noi = harborline.ask("What's the same-store NOI growth guidance for 2026?", 'h-1');
    expect(noi.text).toContain('between 4.25% and 4.75%');
    expect(harborline.ask("What's the midpoint of the 2026 Core FFO per share guidance?", 'h-2').text).toContain('The midpoint is $2.40');
    const osprey = inlineEngine(HTML, 'osprey.html');
    expect(osprey.ask('What is the same-property revenue growth guidance for 2026?', 'o-1').text).toContain('between 2.5% and 3.0%');
    expect(osprey.ask('2026 AFFO per diluted share guidance midpoint?', 'o-2').text).toContain('The midpoint is $1.54');
  });

  it('reads a range whose ends each carry a per-unit suffix as one range, never a point', () => {
    const aisc = mabele.ask("What's the updated F2027 AISC guidance?", 'm-1');
    expect(aisc.text).toContain('between US$1,690 and US$1,760');
    expect(aisc.text).not.toMatch(/of US\$1,690\b/);
    const c1 = inlineEngine(MD, 'ridgeback.md').ask('C1 cash cost guidance for 2026?', 'r-2');
    expect(c1.text).toContain('C1 cash cost between $1.85 and $2.05');
  });
});
