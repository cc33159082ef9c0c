// Guidance asked by words of a guided line's name. "loan growth" names no line whole, but every word is a
// word of "Loan portfolio growth": that row is the answer. Words that no single guided line holds ("loan
// income") pick no row: the guidance of every other line is no answer to them (it was given, all rows).
// A guided "profit before tax" asked as "pre-tax profit" is that line (naming rule before-tax), never the
// income tax line whose name shares "tax". Synthetic releases, written inline.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const BANK = [
  '<html><body><h1>Banco Exemplo Reports Third Quarter 2026 Results</h1>',
  '<p>Banco Exemplo announced results for the third quarter ended September 30, 2026.</p>',
  '<table><tr><th>R$ million</th><th>3Q26</th><th>2Q26</th><th>3Q25</th></tr>',
  '<tr><td>Net interest income</td><td>2,410</td><td>2,300</td><td>2,150</td></tr>',
  '<tr><td>Recurring net income</td><td>810</td><td>790</td><td>700</td></tr>',
  '</table>',
  '<h2>2026 Guidance</h2>',
  '<table><tr><th></th><th>2026 Guidance</th></tr>',
  '<tr><td>Recurring net income</td><td>R$ 3.1 billion to R$ 3.4 billion</td></tr>',
  '<tr><td>Loan portfolio growth</td><td>8% to 11%</td></tr>',
  '</table>',
  '</body></html>',
];

const AIRLINE = [
  '# Example Air Reports Second Quarter 2026 Results',
  '',
  'Example Air today reported results for the quarter ended June 30, 2026.',
  '',
  '| A$ million | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Revenue | 3,120 | 2,980 |',
  '| Underlying profit before taxation | 412 | 388 |',
  '| Income tax expense | (120) | (110) |',
  '',
  '## Outlook',
  '',
  '| | Full Year 2026 |',
  '|---|---|',
  '| Underlying profit before taxation | A$1,500 million to A$1,600 million |',
  '| Fuel cost growth | Up 2% to 4% |',
  '| Capacity growth | 5% to 6% |',
];

const ask = (lines: string[], q: string, name?: string) => inlineEngine(lines, name).ask(q, q);

describe('guidance asked by words of one guided line', () => {
  it('answers the row whose name holds every word', () => {
    const a = ask(BANK, 'loan growth guidance?', 'bank.html');
    expect(a.text).toContain('Loan portfolio growth between 8% and 11%');
    expect(a.text).not.toContain('Recurring');
    const b = ask(AIRLINE, 'what is the fuel growth outlook?');
    expect(b.text).toContain('Fuel cost growth');
    expect(b.text).not.toMatch(/Capacity|Underlying/);
  });
  it('declines words no single guided line holds, rather than give every row', () => {
    for (const [lines, q, name] of [[BANK, 'loan income guidance?', 'bank.html'], [AIRLINE, 'capacity cost guidance?', undefined]] as const) {
      const a = ask([...lines], q, name);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toMatch(/\d/);
    }
  });
  it('still gives every row when no line is named', () => expect(ask(BANK, 'what is the guidance?', 'bank.html').text).toMatch(/Recurring net income[\s\S]*Loan portfolio growth/));
});

describe('a pre-tax profit guided as "profit before tax"', () => {
  it('is that line, with its qualifier, not the income tax line', () => {
    const a = ask(AIRLINE, 'underlying pre-tax profit guidance?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Underlying profit before taxation between A$1,500 million and A$1,600 million');
    const b = ask(AIRLINE, 'underlying pretax profit in Q2 2026?');
    expect(b.text).toContain('412');
  });
});

// A word of the name asked that no guided line holds ("operating" of "operating profit", a figure of its own) is
// never dropped so that another guided line ("Underlying profit before taxation") answers: a decline naming what is guided.
describe('a name asked whose word no guided line holds', () => {
  it('declines naming the lines guided, current or prior outlook', () => {
    for (const q of ['operating profit forecast for the full year', 'operating profit guidance?', 'what is the full-year outlook for operating profit?']) {
      const a = ask(AIRLINE, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain('it guides Underlying profit before taxation');
      expect(a.text, q).not.toMatch(/1,500/);
    }
    const era = sharedEngine('eval/hl26/docs/era-2026h1.md');
    const prior = era.ask('what was the prior forecast for operating profit?', 'era-prior');
    expect(prior.status).toBe('unknown');
    expect(prior.text).not.toContain('1.70');
  });
  it('still answers the guided line by the words it holds', () => {
    expect(ask(AIRLINE, 'underlying profit guidance?').text).toContain('A$1,500 million');
    const era = sharedEngine('eval/hl26/docs/era-2026h1.md');
    expect(era.ask('what was the previous guidance for recurring net income?', 'era-prior-rni').text).toContain('Recurring net income group share: the earlier outlook for FY2026 was between €1.70 billion and €1.80 billion');
  });
});
