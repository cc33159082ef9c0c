// A markdown table whose one cell carries a footnote mark ("1.2*", "0.9†") is read, the marked figure withheld (its
// note may say it is of another kind, "Q1 growth is quarter on quarter"); a line printed once per currency ("Revenue
// (₹ crore)" and "Revenue (USD million)") is one line in two currencies, its USD change computed, never the rupee
// row's stated change said of it; an HTML guidance grid whose corner names its label column ("Metric") is read by
// its columns, the previous column never as the current outlook. Synthetic releases (made-up issuers and figures).
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';
import { periodKey } from '../src/knowledge/period.js';

const summary = (mark: string, cur: string) => [
  '# Synthetic Infotech Limited',
  '',
  '## Results for the second quarter of FY27 (quarter ended September 30, 2026)',
  '',
  'Synthetic Infotech Limited announced its results for the quarter ended September 30, 2026 (Q2 FY27). Its financial year runs from April 1 to March 31.',
  '',
  '### Summary financials',
  '',
  '| Particulars | Q2 FY27 | Q2 FY26 | Q1 FY27 | YoY | QoQ |',
  '|---|---:|---:|---:|---:|---:|',
  `| Revenue (${cur}) | 12,040 | 11,020 | 11,800 | 9.3% | 2.0% |`,
  '| Revenue (USD million) | 1,355 | 1,290 | 1,335 | 5.0% | 1.5% |',
  `| Revenue growth in CC (%) | 6.1 | 4.4 | 0.9${mark} | | |`,
  '| Operating margin (%) | 19.5 | 19.1 | 19.2 | +40 bps | +30 bps |',
  `| Net profit (${cur}) | 2,010 | 1,850 | 1,930 | 8.6% | 4.1% |`,
  '',
  `${mark === '*' ? '\\*' : mark} Q1 FY27 CC growth is quarter on quarter.`,
];

describe('a markdown table with a footnote-marked cell', () => {
  it.each([['*'], ['†'], ['(1)']])('reads the table around "0.9%s", the marked figure withheld', (mark) => {
    const r = inlineRelease(summary(mark, '₹ crore'));
    expect(r.skipped.map((s) => s.line)).toEqual([]);
    const cc = r.facts.filter((f) => f.metric === 'revenue_growth_in_cc' && f.role === 'value').map((f) => `${periodKey(f.period)} ${f.value}`);
    expect(cc).toEqual(['FY2027Q2 6.1', 'FY2026Q2 4.4']);
    const e = inlineEngine(summary(mark, '₹ crore'));
    expect(e.ask('operating margin q2 fy27', 'm').text).toMatch(/19\.5%/);
    expect(e.ask('revenue growth in cc for Q1 FY27', 'c').text).not.toMatch(/0\.9/);
  });
});

describe('a line printed once per currency', () => {
  const e = inlineEngine(summary('', '₹ crore'));
  it('answers each currency asked with its own row', () => {
    expect(e.ask('revenue in USD for the quarter', 'u').text).toMatch(/US\$1,355(?:\.0)? million/);
    expect(e.ask('Q2 FY27 revenue in rupees', 'r').text).toMatch(/₹12,040 crore/);
    expect(e.ask('net profit in dollars q2', 'n').text).not.toMatch(/2,010/);
  });
  it('says the rupee row\'s stated change as the line\'s, never the dollar row\'s', () => {
    const a = e.ask('revenue growth yoy in Q2 FY27', 'g');
    expect(a.text).not.toMatch(/5\.0%/);
    const r = inlineRelease(summary('', '₹ crore'));
    const changes = r.facts.filter((f) => f.metric === 'revenue' && f.role === 'change').map((f) => f.value.toString());
    expect(changes).toEqual(['9.3', '2']);
  });
});

const grid = (corner: string) => [
  '<html><body>',
  '<h1>Synthetic Bank SA &ndash; Third quarter 2026 results</h1>',
  '<p>Synthetic Bank SA today reports its results for the quarter ended 30 September 2026 (3Q26).</p>',
  '<table>',
  '<tr><th>EUR m</th><th>3Q26</th><th>3Q25</th></tr>',
  '<tr><td>Net interest income</td><td>1,100</td><td>1,020</td></tr>',
  '<tr><td>Profit before tax</td><td>700</td><td>640</td></tr>',
  '</table>',
  '<h2>Outlook for 2026</h2>',
  '<table>',
  `<tr><th>${corner}</th><th>2026 guidance (updated)</th><th>Previous guidance</th></tr>`,
  '<tr><td>Net interest income</td><td>above EUR 4.2 bn</td><td>around EUR 4.1 bn</td></tr>',
  '<tr><td>RoTE</td><td>above 12%</td><td>around 11.5%</td></tr>',
  '</table>',
  '</body></html>',
];

describe('an HTML guidance grid with a word in its corner', () => {
  it.each([['Metric'], ['Guidance item']])('never gives the previous column as the outlook (corner "%s")', (corner) => {
    const e = inlineEngine(grid(corner), 'synthetic.html');
    for (const q of ['RoTE guidance for 2026', 'what is the 2026 NII outlook']) expect(e.ask(q, q).text).not.toMatch(/11\.5|4\.1/);
    expect(e.ask('RoTE guidance', 'q').text).not.toMatch(/expects RoTE above 12% of/);
  });
});
