// A table of counts or physical measures under the document's money note ("expressed in millions of Mexican
// pesos ... unless otherwise stated"): the note is the scale of the release's amounts, not of stores, square
// metres, employees, branches or TEU. Lines that name their unit ("Sales floor (m2)", "Number of employees",
// "Capacity (TEU)"), lines that add into a count ("Tiendas" into "Total stores") and lines of a table headed as a
// count ("STORE COUNT", "Headcount", "Branches") are counts of that noun, unscaled; a table headed as a count
// with a line that may be an amount ("Net sales") is not read, named by its line. (An examiner's release answered
// "farmacias net adds qoq" with "MXN 17 million".) Synthetic releases, made-up figures.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const PESOS = [
  'GRUPO SINTETICO CERRO AZUL, S.A.B. DE C.V.',
  'SECOND QUARTER 2026 RESULTS (2Q26)',
  '',
  'Guadalajara, Jalisco, Mexico, July 22, 2026 - Grupo Sintetico Cerro Azul, S.A.B. de C.V.',
  'announced its results for the second quarter of 2026. Figures are unaudited and expressed in',
  'millions of Mexican pesos (millones de pesos, MXN) unless otherwise stated.',
  '',
  'CONSOLIDATED INCOME STATEMENT (MXN millions)',
  '                                      2Q26        2Q25',
  'Total revenues                    21,410.2    19,880.5',
  'Net income                         1,102.4       987.3',
  '',
];
const storeTable = (title: string) => [
  title,
  'Format          Jun 30, 2026   Mar 31, 2026   Jun 30, 2025',
  'Hipermercados            214            211            205',
  'Tiendas                  690            662            618',
  'Total stores             904            873            823',
  'Sales floor (m2)   1,412,500      1,398,200      1,350,900',
];

describe('a table of stores and floor space under a pesos note', () => {
  const ask = (lines: string[], q: string) => inlineEngine(lines, 'cerro-azul-2026q2.txt').ask(q, q).text;
  it('headed "STORE COUNT": a format\'s net adds are stores, never pesos', () => {
    const text = ask([...PESOS, ...storeTable('STORE COUNT AND SALES FLOOR')], 'tiendas net adds qoq');
    expect(text).toContain('690 stores');
    expect(text).toContain('28 stores');
    expect(text).not.toMatch(/MXN|Ps\.|million/);
  });
  it('the floor space is square metres, its change too', () => {
    const text = ask([...PESOS, ...storeTable('STORE COUNT AND SALES FLOOR')], 'sales floor growth yoy');
    expect(text).toContain('1,412,500 m²');
    expect(text).toContain('61,600 m²');
    expect(text).toContain('4.6%');
    expect(text).not.toMatch(/MXN|Ps\.|million/);
  });
  it('with a heading naming no count, the formats adding into "Total stores" are stores', () => {
    const text = ask([...PESOS, ...storeTable('STORE NETWORK')], 'hipermercados?');
    expect(text).toContain('214 stores');
    expect(text).not.toMatch(/MXN|Ps\.|million/);
  });
});

const DOLLARS = [
  '# Synthetic Brightwater Software Inc. Reports Second Quarter 2026 Results',
  '',
  'Brightwater Software Inc. today reported results for the second quarter ended June 30, 2026. All amounts are in thousands of US$ unless otherwise stated.',
  '',
  '## Summary results',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Revenue | 120,500 | 110,300 |',
  '',
  '## Operating data',
  '',
  '| | June 30, 2026 | June 30, 2025 |',
  '|---|---:|---:|',
  '| Number of employees | 3,410 | 3,250 |',
  '| Annual recurring revenue | 452,100 | 401,800 |',
  '',
  '## Headcount',
  '',
  '| | June 30, 2026 | June 30, 2025 |',
  '|---|---:|---:|',
  '| Engineering | 1,200 | 1,100 |',
  '| Sales and marketing | 800 | 760 |',
  '| Total | 2,000 | 1,860 |',
];

describe('employees under an "in thousands of US$" note (markdown)', () => {
  const ask = (q: string) => inlineEngine(DOLLARS, 'brightwater-2026q2.md').ask(q, q).text;
  it('"Number of employees" is employees, not thousands of dollars; the amounts beside it stay amounts', () => {
    const text = ask('number of employees?');
    expect(text).toContain('3,410');
    expect(text).not.toMatch(/\$|thousand|million/);
    expect(ask('revenue in Q2 2026?')).toContain('$120.5 million');
  });
  it('a table headed "Headcount" counts employees, its "Sales and marketing" line too', () => {
    expect(ask('engineering?')).toContain('1,200 employees');
    const text = ask('sales and marketing yoy');
    expect(text).toContain('800 employees');
    expect(text).not.toMatch(/\$/);
  });
});

const YUAN = [
  '<html><body>',
  '<h1>Synthetic Huaxin Bank Announces Third Quarter 2026 Results</h1>',
  '<p>Huaxin Bank today announced results for the third quarter ended September 30, 2026.</p>',
  '<p>(RMB million, unless otherwise stated)</p>',
  '<table>',
  '<tr><td></td><td>3Q 2026</td><td>3Q 2025</td></tr>',
  '<tr><td>Net profit</td><td>1,520.3</td><td>1,410.8</td></tr>',
  '</table>',
  '<p><b>Branches</b></p>',
  '<table>',
  '<tr><td></td><td>September 30, 2026</td><td>September 30, 2025</td></tr>',
  '<tr><td>Beijing</td><td>120</td><td>112</td></tr>',
  '<tr><td>Shanghai</td><td>98</td><td>95</td></tr>',
  '<tr><td>Total</td><td>218</td><td>207</td></tr>',
  '</table>',
  '<table>',
  '<tr><td>RMB million</td><td>September 30, 2026</td><td>September 30, 2025</td></tr>',
  '<tr><td>Total loans</td><td>412,300</td><td>388,100</td></tr>',
  '<tr><td>Number of branches</td><td>218</td><td>207</td></tr>',
  '</table>',
  '</body></html>',
];

describe('branches in an HTML release of RMB millions', () => {
  const ask = (q: string) => inlineEngine(YUAN, 'huaxin-2026q3.html').ask(q, q).text;
  it('a table headed "Branches" counts branches', () => {
    const text = ask('how many branches in shanghai');
    expect(text).toContain('98 branches');
    expect(text).not.toMatch(/RMB/);
  });
  it('"Number of branches" in a table of RMB millions is branches', () => {
    const text = ask('number of branches?');
    expect(text).toContain('218');
    expect(text).not.toMatch(/RMB/);
  });
});

const FLEET = [
  'OCEANIC SYNTHETIC LINES LTD.',
  'SECOND QUARTER 2026 RESULTS',
  '',
  'Oceanic Synthetic Lines Ltd. announced results for the second quarter ended June 30, 2026. Figures are',
  'expressed in US$ millions unless otherwise stated.',
  '',
  'INCOME STATEMENT (US$ millions)',
  '                              2Q26        2Q25',
  'Revenue                      812.4       760.1',
  '',
  'FLEET',
  '                        Jun 30, 2026   Jun 30, 2025',
  'Vessels                           42             40',
  'Capacity (TEU)               310,000        295,000',
];

describe('a fleet table under a US$ millions note', () => {
  const ask = (q: string) => inlineEngine(FLEET, 'oceanic-2026q2.txt').ask(q, q).text;
  it('capacity is TEU, its change too', () => {
    const text = ask('capacity yoy');
    expect(text).toContain('310,000 TEU');
    expect(text).toContain('15,000 TEU');
    expect(text).not.toMatch(/\$|million/);
  });
  it('vessels are vessels', () => expect(ask('vessels?')).toContain('42 vessels'));
});

const MIXED = [
  'NORTHGATE SYNTHETIC RETAIL PLC',
  'FIRST QUARTER 2026 TRADING UPDATE',
  '',
  'Northgate Synthetic Retail plc announced results for the first quarter ended March 31, 2026. All figures',
  'are in GBP millions unless otherwise stated.',
  '',
  'SUMMARY (GBP millions)',
  '                              Q1 2026      Q1 2025',
  'Revenue                        1,204.5      1,150.2',
  '',
  'NUMBER OF STORES AND SALES',
  '                        Mar 31, 2026   Mar 31, 2025',
  'Superstores                      210            205',
  'Convenience                      640            610',
  'Net sales                      1,180          1,120',
];

describe('a table headed as a count with a line that may be an amount', () => {
  it('is not read, named by that line; none of its figures is given in pounds', () => {
    const r = inlineRelease(MIXED, 'northgate-2026q1.txt');
    expect(r.skipped.map((s) => s.reason).join(' ')).toMatch(/line 15 \("Net sales"\).*headed as a count/);
    const text = inlineEngine(MIXED, 'northgate-2026q1.txt').ask('convenience?', 'mixed').text;
    expect(text).not.toMatch(/640|£|GBP/);
  });
});
