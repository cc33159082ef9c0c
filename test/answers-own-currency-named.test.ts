// A question naming the release's own currency ("in euros", "in EUR") of a line printed in another one
// ("Average realised oil price (US$/bbl)"): the own currency's name was stripped as "as the figures stand", so the
// dollar figure was answered, unlabelled as not the currency asked (hl55 h55-131: rand per ounce asked, US$2,890
// given). The currency named is now asked: the line in another currency is declined naming both, while a figure in
// the currency asked, or its minor unit ("cents"), is answered. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const lines = [
  '<html><body><h1>Synthetic Norvalle Energie SE Reports First Half 2026 Results</h1>',
  '<p>Synthetic Norvalle Energie SE today announced results for the six months ended June 30, 2026. All figures in euros (€) unless otherwise stated.</p>',
  '<table>',
  '<tr><th></th><th>H1 2026</th><th>H1 2025</th></tr>',
  '<tr><td>Revenue (€ million)</td><td>2,418.6</td><td>2,203.1</td></tr>',
  '<tr><td>Average realised oil price (US$/bbl)</td><td>71.40</td><td>78.15</td></tr>',
  '<tr><td>Basic earnings per share (euro cents)</td><td>84.2</td><td>77.9</td></tr>',
  '</table>',
  '</body></html>',
];

describe('a line in another currency asked in the release\'s own', () => {
  const e = inlineEngine(lines, 'synthetic.html');
  it('declines the dollar figure, naming the currency asked', () => {
    for (const q of ['average realised oil price in euros?', 'What was the average realised oil price in EUR per barrel in H1 2026?']) {
      const a = e.ask(q, q);
      expect(a.text, q).not.toContain('71.40');
      expect(a.text, q).toMatch(/EUR/);
    }
  });
  it('answers a figure printed in the currency named, or in its cents', () => {
    expect(e.ask('revenue in euros?', 'rev').text).toContain('2,418.6');
    expect(e.ask('basic EPS in euros?', 'eps').text).toContain('84.2');
  });
  it('answers the dollar line asked in no currency as printed', () => {
    expect(e.ask('average realised oil price?', 'oil').text).toContain('71.40');
  });
});
