// An HTML table whose negatives open a bracket that no cell closes ("(9.8" before the next column's empty "$"
// cell): the bracket is the figure's sign. The table was skipped ('non-numeric cell "(9.8"'), so every line of it
// declined. A synthetic release, made-up figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const HTML = [
  '<html><body>',
  '<p><b>Synthetic Larchmont Rail Reports Third Quarter 2026 Results</b></p>',
  '<p>Results for the three months ended September 30, 2026.</p>',
  '<p align="center"><b>RECONCILIATION OF NON-GAAP FINANCIAL MEASURES</b></p>',
  '<p align="center">(Canadian dollars in millions)</p>',
  '<table>',
  '<tr><td></td><td colspan="2">Q3 2026</td><td colspan="2">Q3 2025</td></tr>',
  '<tr><td>Income before income taxes</td><td>$</td><td>297.8</td><td>$</td><td>286.6</td></tr>',
  '<tr><td>Remove: Foreign exchange (gain) loss</td><td></td><td>12.6</td><td></td><td>(9.8</td></tr>',
  '<tr><td><b>Adjusted pre-tax income</b></td><td>$</td><td>310.4</td><td>$</td><td>276.8</td></tr>',
  '<tr><td>Cash flows from operating activities</td><td>$</td><td>412.6</td><td>$</td><td>388.1</td></tr>',
  '<tr><td>Less: Additions to property and equipment, net</td><td></td><td>(298.4</td><td></td><td>(341.7</td></tr>',
  '<tr><td><b>Free cash flow</b></td><td>$</td><td>114.2</td><td>$</td><td>46.4</td></tr>',
  '</table>',
  '</body></html>',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(HTML, 'synthetic-larchmont-3q26.html');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `unclosed-${n++}`);

describe('a bracket no cell closes is the figure\'s sign', () => {
  it.each([
    ['adjusted pre-tax income', '$310.4 million'],
    ['free cash flow a year ago', '$46.4 million'],
    ['additions to property and equipment, net', '298.4'],
  ])('%s', (q, want) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(want);
  });
});
