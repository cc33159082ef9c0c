// Units printed in a table's cells rather than its row labels (synthetic issuers, made-up figures): a column
// headed "Unit" ("Mn", "€", "%", "GB") in HTML and markdown, and a leverage multiple written onto each figure
// ("2.1x"). One such row or column made the reader skip the whole table; each unit is now the row's own, and
// a unit it does not know leaves that row out by name, never read as the table's amounts. An HTML heading that
// ends with its table's unit ("Revenue (EUR million)") states it, as a markdown heading does.
import { describe, expect, it } from 'vitest';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric.startsWith(metric) && periodKey(f.period) === period);

describe('a leverage multiple on each figure ("2.1x") under the net debt it is of', () => {
  const r = inlineRelease([
    '# Synthetic Harbour Brewing Reports Fourth Quarter 2026 Results',
    '',
    'Synthetic Harbour Brewing reported results for the fourth quarter ended December 31, 2026.',
    '',
    '## Net debt (EUR millions)',
    '',
    '| | December 31, 2026 | September 30, 2026 |',
    '|---|---|---|',
    '| Borrowings | 2,460.1 | 2,598.3 |',
    '| Cash | (319.6) | (296.4) |',
    '| Net debt | 2,140.5 | 2,301.9 |',
    '| Leverage | 2.1x | 2.4x |',
  ]);
  it('loads the table: net debt in millions, the multiple as times', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'net_debt', '2026-12-31')!.value.toString()).toBe('2140.5');
    expect(fact(r, 'leverage', '2026-12-31')).toMatchObject({ unit: { kind: 'count', noun: 'times' } });
    expect(fact(r, 'leverage', '2026-09-30')!.value.toString()).toBe('2.4');
  });
});

const KPI = (head: string[], rows: string[][]) => [
  '<html><body><h1>Synthetic Fjord Mobile Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Fjord Mobile reported results for the third quarter ended September 30, 2026.</p>',
  '<h3>Revenue (EUR million)</h3>',
  '<table><tr><th></th><th>Q3 2026</th><th>Q3 2025</th></tr><tr><td>Service revenue</td><td>812.4</td><td>790.1</td></tr><tr><td>Equipment revenue</td><td>101.9</td><td>96.0</td></tr><tr><td>Total revenue</td><td>914.3</td><td>886.1</td></tr></table>',
  '<h3>Operating indicators</h3>',
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>`,
  ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
  '</table></body></html>',
];

describe('a column headed "Unit" beside the period columns (HTML)', () => {
  const r = inlineRelease(
    KPI(['Indicator', 'Unit', 'Q3 2026', 'Q3 2025'], [
      ['Mobile subscribers', 'Mn', '12.4', '11.9'],
      ['ARPU', 'EUR per month', '18.6', '18.1'],
      ['Monthly churn', '%', '1.3', '1.5'],
      ['Data per user', 'GB', '14.2', '12.8'],
      ['Retail stores', 'Nos', '412', '398'],
    ]),
    'synthetic.html',
  );
  it('loads the table, each row in its own unit (and the table above it in the unit its heading ends with)', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'service_revenue', '2026Q3')).toMatchObject({ unit: { kind: 'money', currency: 'EUR', scale: 1e6 } });
    expect(fact(r, 'mobile_subscribers', '2026Q3')).toMatchObject({ unit: { kind: 'count', scale: 1e6 } });
    expect(fact(r, 'mobile_subscribers', '2026Q3')!.value.toString()).toBe('12.4');
    expect(fact(r, 'arpu', '2026Q3')).toMatchObject({ unit: { kind: 'money', currency: 'EUR', scale: 1 } });
    expect(fact(r, 'monthly_churn', '2025Q3')).toMatchObject({ unit: { kind: 'percent' } });
    expect(fact(r, 'data_per_user', '2026Q3')).toMatchObject({ unit: { kind: 'count', noun: 'GB' } });
    expect(fact(r, 'retail_stores', '2026Q3')!.value.toString()).toBe('412');
  });
  it('never reads a row of a unit it does not know as the table\'s amounts', () => {
    const odd = inlineRelease(KPI(['Indicator', 'Unit', 'Q3 2026', 'Q3 2025'], [['Mobile subscribers', 'Mn', '12.4', '11.9'], ['Spectrum held', 'MHz', '340', '300'], ['Monthly churn', '%', '1.3', '1.5']]), 'synthetic.html');
    expect(odd.facts.filter((f) => f.metric.startsWith('spectrum')).every((f) => f.unit.kind !== 'money')).toBe(true);
  });
});
