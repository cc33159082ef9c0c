// An HTML outlook table with a column of actuals beside the guidance ("2026 outlook | YTD 2026 actual"):
// its ranges in words ("10% to 13%") are no figure columns, so the figure reader had kept only the
// actuals and the outlook reader took them for the guidance. The table is read as written, and a column
// of actuals is never guidance. Words said together that name another figure ("net revenue") are not a
// guided line that holds them apart ("net interest revenue growth").
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const HTML = [
  '<html><body>',
  '<h1>Synthetic Bancorp Reports Third Quarter 2026 Results</h1>',
  '<p>Synthetic Bancorp today reported results for the third quarter ended September 30, 2026.</p>',
  '<table>',
  '<tr><th>US$ million</th><th>3Q26</th><th>3Q25</th></tr>',
  '<tr><td>Net interest revenue</td><td>1,240.5</td><td>1,105.2</td></tr>',
  '<tr><td>Recurring net income</td><td>410.3</td><td>380.9</td></tr>',
  '</table>',
  '<h2>2026 Outlook</h2>',
  '<table>',
  '<tr><th>&nbsp;</th><th>2026 outlook</th><th>YTD 2026 actual</th></tr>',
  '<tr><td>Deposit growth</td><td>4% to 6%</td><td>5.2% (nine months)</td></tr>',
  '<tr><td>Net interest revenue growth</td><td>10% to 13%</td><td>12.6%</td></tr>',
  '<tr><td>Operating expenses growth</td><td>3% to 5%</td><td>6.4%</td></tr>',
  '</table>',
  '<p>The Company does not provide an outlook for net income.</p>',
  '</body></html>',
];
const engine = () => inlineEngine(HTML, 'synthetic.html');

describe('an outlook table with a column of actuals', () => {
  it('gives each row its guided range, never the actual beside it', () => {
    const guided = inlineRelease(HTML, 'synthetic.html').facts.filter((f) => f.role === 'low' || f.role === 'high');
    expect(guided.map((f) => `${f.metric} ${f.role} ${f.value}`).sort()).toEqual([
      'deposit_growth high 6',
      'deposit_growth low 4',
      'net_interest_revenue_growth high 13',
      'net_interest_revenue_growth low 10',
      'operating_expenses_growth high 5',
      'operating_expenses_growth low 3',
    ]);
    const a = engine().ask('opex growth guidance 2026', 'g-1');
    expect(a.text).toContain('between 3% and 5%');
    expect(a.text).not.toContain('6.4%');
  });

  it('a guided line holding the words asked only apart is not the figure asked', () => {
    const a = engine().ask("What's the 2026 net revenue guidance?", 'g-2');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/12\.6%|10%/);
    expect(engine().ask('net interest revenue growth outlook for 2026', 'g-3').text).toContain('between 10% and 13%');
  });
});
