// A definition led by its term (a heading, a line in capitals or a bold lead-in under a section of definitions, or
// a term spelled out with its abbreviation) is that term's definition: "how do they define ARR" quotes it, citing
// the paragraph's line. A paragraph under a heading outside such a section is no definition of the heading.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const TABLE = ['| (in millions) | Q2 2026 | Q2 2025 |', '|---|---|---|', '| Revenue | 120.0 | 100.0 |', '| Annual recurring revenue | 410.0 | 350.0 |', '| AFFO | 45.0 | 40.0 |', ''];
const HEAD = ['# Synthetic Quillmark Reports Second Quarter 2026 Results', '', 'Synthetic Quillmark today reported results for the second quarter ended June 30, 2026.', ''];

let n = 0;
const ask = (engine: Engine, q: string) => engine.ask(q, `term-leads-${n++}`);

function expectDefined(engine: Engine, q: string, words: string, line: number) {
  const a = ask(engine, q);
  expect(a.status, `${q}: ${a.text}`).toBe('answer');
  expect(a.text).toContain(words);
  expect(a.citations.map((c) => c.line)).toContain(line);
}

describe('definitions led by their term', () => {
  it('markdown: a subheading under a non-GAAP section, its paragraph', () => {
    const engine = inlineEngine([...HEAD, ...TABLE, '## Non-GAAP Measures', '', '### Annual Recurring Revenue (ARR)', '', 'The annualized value of subscription contracts in force at the end of a period.', '', '### AFFO', '', 'FFO less straight-line rent and recurring capital expenditures.', ''], 'quillmark-2026q2.md');
    expectDefined(engine, 'how do they define ARR', 'annualized value of subscription contracts', 15);
    expectDefined(engine, "what's AFFO?", 'straight-line rent', 19);
    expectDefined(engine, 'what does ARR mean', 'annualized value', 15);
  });

  it('markdown: a bold lead-in under a definitions heading', () => {
    const engine = inlineEngine([...HEAD, ...TABLE, '## Definitions', '', '**Annual Recurring Revenue (ARR)** – the annualized value of subscription contracts in force at period end.', '', '**AFFO.** FFO less straight-line rent and recurring capital expenditures.', ''], 'quillmark-2026q2.md');
    expectDefined(engine, 'how is ARR defined', 'annualized value', 13);
    expectDefined(engine, 'define AFFO', 'straight-line rent', 15);
  });

  it('HTML: a <b>/<strong> lead-in and an <h3> under a section of key metrics', () => {
    const html = [
      '<html><body><h1>Synthetic Quillmark Reports Second Quarter 2026 Results</h1>',
      '<p>Synthetic Quillmark today reported results for the second quarter ended June 30, 2026.</p>',
      '<table><tr><th>(in millions)</th><th>Q2 2026</th><th>Q2 2025</th></tr><tr><td>Revenue</td><td>120.0</td><td>100.0</td></tr><tr><td>Annual recurring revenue</td><td>410.0</td><td>350.0</td></tr><tr><td>AFFO</td><td>45.0</td><td>40.0</td></tr></table>',
      '<h2>Key Metrics and Non-GAAP Measures</h2>',
      '<p><strong>AFFO:</strong> FFO less straight-line rent and recurring capital expenditures.</p>',
      '<h3>Annual Recurring Revenue (ARR)</h3>',
      '<p>The annualized value of subscription contracts in force at the end of a period.</p>',
      '</body></html>',
    ];
    const engine = inlineEngine(html, 'quillmark-2026q2.html');
    expectDefined(engine, "what's AFFO", 'straight-line rent', 5);
    expectDefined(engine, 'how do they define ARR?', 'annualized value', 7);
  });

  it('text: a line in capitals naming the term under a line in capitals naming the section', () => {
    const text = ['SYNTHETIC QUILLMARK REPORTS SECOND QUARTER 2026 RESULTS', '', 'Synthetic Quillmark today reported results for the second quarter ended June 30, 2026.', '', ...TABLE, 'NON-GAAP MEASURES', '', 'ANNUAL RECURRING REVENUE (ARR)', 'The annualized value of subscription contracts in force at the end of a period.', ''];
    expectDefined(inlineEngine(text, 'quillmark-2026q2.md'), 'how do they define ARR', 'annualized value', 14);
  });

  it('a term spelled out with its abbreviation, then what it is, in a paragraph of several definitions', () => {
    const engine = inlineEngine([...HEAD, ...TABLE, 'This release includes non-GAAP measures. Annual recurring revenue (ARR) is the annualized value of subscription contracts in force at period end. Adjusted funds from operations (AFFO) is FFO less straight-line rent and recurring capital expenditures.', ''], 'quillmark-2026q2.md');
    expectDefined(engine, 'how do they define ARR', 'annualized value', 11);
    expectDefined(engine, 'define AFFO', 'straight-line rent', 11);
  });

  it('a section in capitals after the definitions is no term: its sentences stay statements', () => {
    const text = ['SYNTHETIC QUILLMARK REPORTS SECOND QUARTER 2026 RESULTS', '', 'Synthetic Quillmark today reported results for the second quarter ended June 30, 2026.', '', ...TABLE, 'NON-GAAP MEASURES', '', 'AFFO is FFO less straight-line rent.', '', 'CAPITAL MANAGEMENT', '', 'The Board declared a dividend of $0.31 per share.', ''];
    const a = ask(inlineEngine(text, 'quillmark-2026q2.md'), 'how do they define capital management');
    expect(a.text).not.toContain('declared a dividend');
  });

  it('a paragraph under a heading outside a section of definitions defines nothing', () => {
    const engine = inlineEngine([...HEAD, ...TABLE, '## Annual Recurring Revenue', '', 'The company added new enterprise customers in the quarter.', ''], 'quillmark-2026q2.md');
    const a = ask(engine, 'how do they define ARR');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('enterprise customers');
  });
});

// hunt40 nvs-14: "How does Northvale define ARR?" quoted a highlight bullet ("**Annual recurring revenue (ARR)** of $206.4
// million at ...") as the definition, and the sentence that defines it ("ARR is the annualized value of ...") was read as none.
describe('a highlight that uses a term is no definition of it', () => {
  const engine = inlineEngine([
    ...HEAD, '## Highlights', '',
    '- **Net revenue retention (NRR)** rose to 116% from 112% a year ago.',
    '- **Committed monthly revenue (CMR)** of $38.2 million at June 30, 2026, up 19% year over year.', '',
    ...TABLE,
    'CMR is the monthly value of subscription contracts signed and not yet cancelled at the end of the period. NRR is the ratio of CMR from customers of twelve months ago to their current CMR.', '',
  ], 'quillmark-2026q2.md');
  it.each([
    ['how does Quillmark define CMR?', 'monthly value of subscription contracts', 16],
    ['what does committed monthly revenue mean', 'monthly value of subscription contracts', 16],
    ['NRR definition', 'ratio of CMR from customers', 16],
  ])('%s → the sentence that defines it, never the highlight', (q, words, line) => {
    expectDefined(engine, q, words, line);
    const a = ask(engine, q);
    expect(a.text).not.toMatch(/\$38\.2|116%/);
  });
});
