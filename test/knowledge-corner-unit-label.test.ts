// A table whose unit is stated in its label column's header ("Sales volume (tonnes)") and nowhere else: the
// lines under it are of that unit, and a line labelled by a generic word alone ("Total") is the corner's
// name's total. The HTML reader took that header for a title and unit note only, so the table was skipped for
// want of a scale and its figures were lost; the markdown reader loaded it as a metric named "Total". A table
// of amounts with no unit stays skipped. Synthetic releases, HTML, markdown and tab-separated text.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const html = (corner: string, label = 'Total') => [
  '<html><body>',
  '<h1>Synthetic Tamsin Polymers reports second quarter 2026 results</h1>',
  '<p>Synthetic Tamsin Polymers today reported results for the second quarter ended June 30, 2026.</p>',
  '<p>Revenue was $318.4 million, up 6% from $300.4 million a year ago.</p>',
  '<table>',
  `<tr><th>${corner}</th><th>Q2 2026</th><th>Q1 2026</th><th>Q2 2025</th></tr>`,
  `<tr><td>${label}</td><td>148,600</td><td>139,200</td><td>137,700</td></tr>`,
  '</table>',
  '</body></html>',
];
const prose = [
  '# Synthetic Tamsin Polymers Reports Second Quarter 2026 Results',
  '',
  'Synthetic Tamsin Polymers today reported results for the second quarter ended June 30, 2026.',
  '',
  'Revenue was $318.4 million, up 6% from $300.4 million a year ago.',
  '',
];
const markdown = (corner: string) => [...prose, `| ${corner} | Q2 2026 | Q1 2026 | Q2 2025 |`, '|---|---:|---:|---:|', '| Total | 148,600 | 139,200 | 137,700 |'];
const tabbed = (corner: string) => [...prose, `${corner}\tQ2 2026\tQ1 2026\tQ2 2025`, 'Total\t148,600\t139,200\t137,700'];

describe("a unit in the label column's header", () => {
  it.each([
    ['HTML', html('Sales volume (tonnes)'), 'sales volume growth qoq?', /148,600 tonnes in Q2 2026, up 6\.8% quarter over quarter, from 139,200 tonnes/],
    ['HTML, a scale before the noun', html("Shipments ('000 units)"), 'total shipments in Q2 2026?', /148,600 thousand units/],
    ['markdown', markdown('Sales volume (tonnes)'), 'sales volume in Q1 2026?', /139,200 tonnes/],
    ['tab-separated text', tabbed('Deliveries (units)'), 'total deliveries q2 2026 vs q2 2025', /148,600 units/],
  ])('%s: the lines are of that unit, a "Total" is its name\'s', (_, lines, question, want) => {
    const doc = lines[0]!.startsWith('<html') ? 'synthetic.html' : lines.some((l) => l.includes('\t')) ? 'synthetic.txt' : 'synthetic.md';
    const r = inlineRelease(lines, doc);
    expect(r.skipped ?? []).toEqual([]);
    const reply = inlineEngine(lines, doc).ask(question, 'q');
    expect(reply.status).toBe('answer');
    expect(reply.text).toMatch(want);
  });

  it('a table of amounts whose header states no unit stays skipped, naming its line: no scale is guessed', () => {
    const lines = html('Segment revenue', 'Packaging');
    const r = inlineRelease(lines, 'synthetic.html');
    expect(r.facts.some((f) => f.citation.line === 7)).toBe(false);
    expect(r.skipped?.[0]?.reason).toMatch(/no unit note states the scale/);
  });
});
