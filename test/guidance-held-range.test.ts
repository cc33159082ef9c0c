// A guidance table printing the current range beside the earlier one, equal for a line the company held
// ("reaffirmed", "maintained"): the answer said "It replaces the earlier forecast of" the same range, a revision
// the release never made (hl55 Mabele production guidance). Equal ranges now say the forecast is unchanged;
// a line whose ranges differ still names what it replaced. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lines = [
  '<html><body><h1>Synthetic Corvale Minerals Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Corvale Minerals today announced results for the third quarter ended September 30, 2026.</p>',
  '<p>Revenue was $612.4 million, up 11% from $551.7 million a year earlier.</p>',
  '<h2>2026 Outlook</h2>',
  '<p>The Company reaffirmed its copper sales outlook and raised its capital expenditure outlook.</p>',
  '<table>',
  '<tr><th></th><th>Current 2026 outlook</th><th>Prior 2026 outlook</th></tr>',
  '<tr><td>Copper sales (tonnes)</td><td>140,000 &ndash; 150,000</td><td>140,000 &ndash; 150,000</td></tr>',
  '<tr><td>Capital expenditures</td><td>$410 &ndash; $440 million</td><td>$380 &ndash; $400 million</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a guided range equal to the earlier one beside it', () => {
  const e = inlineEngine(lines, 'synthetic.html');
  it('is said to be unchanged, never to replace the earlier forecast', () => {
    const a = e.ask('what is the copper sales outlook for 2026?', 'cu');
    expect(a.text).toMatch(/140,000[^\n]*150,000/);
    expect(a.text).toContain('unchanged from the earlier forecast of 140,000');
    expect(a.text).not.toMatch(/replaces/);
  });
  it('still names the earlier range a moved one replaced', () => {
    const a = e.ask('2026 capex guidance?', 'capex');
    expect(a.text).toContain('It replaces the earlier forecast of $380 million–$400 million.');
  });
});
