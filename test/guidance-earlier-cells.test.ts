// The earlier outlook of a guidance table with Low / High column pairs under "Current guidance" and "Prior
// guidance": read back from the row's quote ("5.50% 6.25% 5.00% 6.00%"), whose cells stand side by side with no
// "to" between them, the prior range was its low end alone ("It replaces the earlier forecast of 5.00%"), and a
// lowered range read as unchanged at its midpoint. Synthetic releases, in HTML and markdown, either column first.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const OPENING = [
  '<html><body><h1>Synthetic Quarry Realty Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Quarry Realty today announced results for the third quarter ended September 30, 2026.</p>',
  '<p>Portfolio occupancy was 96.8% at September 30, 2026.</p>',
  '<h2>2026 Guidance</h2>',
  '<p>The Company is updating its full-year 2026 guidance as follows:</p>',
];
const ROWS: [string, string, string][] = [
  ['Same-property NOI growth', '3.25% | 4.00%', '2.75% | 3.50%'],
  ['Average occupancy', '95.50% | 96.00%', '96.00% | 96.75%'],
];
const cells = (pair: string) => pair.split(' | ').map((c) => `<td>${c}</td>`).join('');
const html = (now: string, before: string, nowFirst: boolean) => [
  ...OPENING,
  '<table>',
  nowFirst ? `<tr><th></th><th colspan="2">${now}</th><th colspan="2">${before}</th></tr>` : `<tr><th></th><th colspan="2">${before}</th><th colspan="2">${now}</th></tr>`,
  '<tr><th></th><th>Low</th><th>High</th><th>Low</th><th>High</th></tr>',
  ...ROWS.map(([l, c, p]) => `<tr><td>${l}</td>${nowFirst ? cells(c) + cells(p) : cells(p) + cells(c)}</tr>`),
  '</table></body></html>',
];
const MARKDOWN = [
  '# Synthetic Quarry Realty Reports Third Quarter 2026 Results',
  '',
  'Synthetic Quarry Realty today announced results for the third quarter ended September 30, 2026.',
  '',
  '## 2026 Guidance',
  '',
  '| | Current guidance Low | Current guidance High | Prior guidance Low | Prior guidance High |',
  '|---|---|---|---|---|',
  ...ROWS.map(([l, c, p]) => `| ${l} | ${c} | ${p} |`),
];
const RELEASES: [string, string[], string][] = [
  ['HTML, current first', html('Current guidance', 'Prior guidance', true), 'synthetic.html'],
  ['HTML, previous first', html('Updated outlook', 'Previous outlook', false), 'synthetic.html'],
  ['markdown', MARKDOWN, 'synthetic.md'],
];

describe('the prior range of Low / High guidance columns', () => {
  it.each(RELEASES)('%s: is both ends of the prior range, never its low end alone', (_, lines, name) => {
    const a = inlineEngine(lines, name).ask('same-property NOI growth guidance vs prior', 'cells-1');
    expect(a.text).toContain('between 3.25% and 4.00%');
    expect(a.text).toContain('earlier forecast of 2.75%–3.50%');
  });
  it.each(RELEASES)('%s: a range lowered is said to be lowered, by its midpoints', (_, lines, name) => {
    const a = inlineEngine(lines, name).ask('did they cut occupancy guidance?', 'cells-2');
    expect(a.text).toContain('The forecast was lowered: that is 0.625 percentage points below the earlier forecast of 96.00%–96.75%');
    expect(a.text).not.toContain('unchanged');
  });
});
