// A standard name asked ("net income", "profit", "earnings", "operating income", "cost of sales") is answered with
// the line issuers print for it ("Profit after tax", "Profit for the period", "Profit attributable to owners of the
// parent", "Statutory NPAT", "Net loss", "Loss from operations", "Cost of revenue": catalog.ts), never with a line
// whose label names another measure ("Other income", "Income tax expense", "Operating profit", "Gross profit",
// "Underlying profit before tax": refiners/standard-names.ts). Where no line is the one asked, the bot declines
// naming the other lines; where two lines could be it, it asks which.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

const ask = (doc: string, q: string) => sharedEngine(doc).ask(q, `sn-${q}`);
const SITARA = 'eval/hl24/docs/sitara-q2fy27.html';
const YARRABEE = 'eval/hl25/docs/yarrabee-fy26.txt';
const KANAZAWA = 'eval/hl21/docs/kanazawa-fy2025-9m.txt';
const HARBORLIGHT = 'eval/hl21/docs/harborlight-2026q3.html';
const BRIGHTWELL = 'eval/hl20/docs/brightwell-q1-2026.md';

/** An invented release whose income statement prints these rows (label, Q2 2026, Q2 2025), $ in millions. */
const release = (rows: [string, string, string][]) =>
  inlineEngine([
    '# Synthetic Wren Industries Reports Second Quarter 2026 Results',
    '',
    'Synthetic Wren Industries today reported results for the second quarter ended June 30, 2026.',
    '',
    '| ($ in millions) | Q2 2026 | Q2 2025 |',
    '|---|---|---|',
    ...rows.map(([l, a, b]) => `| ${l} | ${a} | ${b} |`),
  ]);

describe('the bottom line is the line issuers print for it', () => {
  it('Sitara: Profit after tax, not Other income', () => {
    for (const q of ['net income?', 'what was net income', 'net earnings?']) {
      const a = ask(SITARA, q);
      expect(a.text).toContain('Profit after tax was ₹271.9 crore');
      expect(a.text).not.toMatch(/Other income/);
    }
  });
  it('Yarrabee: Statutory NPAT, not the tax expense or profit before tax; underlying only when asked', () => {
    for (const q of ['net income?', 'profit?', 'net profit?', 'npat?']) {
      const a = ask(YARRABEE, q);
      expect(a.text).toContain('Statutory NPAT was A$544.6 million');
      expect(a.text).not.toMatch(/Income tax expense|before tax|Underlying/);
    }
    expect(ask(YARRABEE, 'underlying net profit?').text).toContain('Underlying NPAT was A$640.6 million');
  });
  it('Kanazawa: profit attributable to owners of the parent, not operating profit', () => {
    const a = ask(KANAZAWA, 'net income?');
    expect(a.text).toContain('Profit attributable to owners of the parent was ¥33,208.0 million');
    expect(a.text).not.toMatch(/Operating profit|before tax/);
  });
  it('Harborlight: profit is the net loss, operating income the loss from operations, each as a loss under its label', () => {
    for (const q of ['profit?', 'net income?']) expect(ask(HARBORLIGHT, q).text).toContain('Net loss was $13.9 million in Q3 2026');
    const op = ask(HARBORLIGHT, 'operating income?');
    expect(op.text).toContain('Loss from operations was $15.7 million in Q3 2026');
    expect(op.text).not.toMatch(/Non-GAAP|Gross profit/);
    expect(ask(HARBORLIGHT, 'cost of sales?').text).toContain('Cost of revenue was $28.6 million');
  });
});

describe('invented layouts', () => {
  it('IFRS: "Profit for the period" is net income and earnings', () => {
    const e = release([['Revenue', '500.0', '450.0'], ['Gross profit', '200.0', '180.0'], ['Operating profit', '80.0', '70.0'], ['Profit before tax', '75.0', '66.0'], ['Income tax expense', '(20.0)', '(18.0)'], ['Profit for the period', '55.0', '48.0']]);
    for (const q of ['net income?', 'earnings?', 'profit?']) expect(e.ask(q, `ifrs-${q}`).text).toContain('Profit for the period was $55.0 million');
    expect(e.ask('tax?', 'ifrs-tax').text).toContain('Income tax expense was $20.0 million');
  });
  it('no bottom line printed: net income and profit decline naming the other lines, no figure', () => {
    const e = release([['Revenue', '500.0', '450.0'], ['Gross profit', '200.0', '180.0'], ['Other income', '12.0', '9.0'], ['Profit before tax', '75.0', '66.0']]);
    for (const q of ['net income?', 'profit?']) {
      const a = e.ask(q, `none-${q}`);
      expect(a.status).toBe('unknown');
      expect(a.text).toMatch(/doesn't give/);
      expect(a.text).not.toMatch(/\$\d/);
    }
  });
  it('statutory and underlying NPAT: the statutory line unless underlying is asked', () => {
    const e = release([['Revenue', '900.0', '800.0'], ['Underlying profit before tax', '150.0', '120.0'], ['Income tax expense (underlying)', '(45.0)', '(36.0)'], ['Underlying NPAT', '105.0', '84.0'], ['Significant items after tax', '(15.0)', '(4.0)'], ['Statutory NPAT', '90.0', '80.0']]);
    for (const q of ['net income?', 'net profit?', 'profit?']) expect(e.ask(q, `au-${q}`).text).toContain('Statutory NPAT was $90.0 million');
    expect(e.ask('underlying profit?', 'au-u').text).toContain('Underlying NPAT was $105.0 million');
  });
  it('two bottom lines (the period\'s and the owners\' share): asked which, never one guessed', () => {
    const e = release([['Revenue', '500.0', '450.0'], ['Profit for the period', '55.0', '48.0'], ['Profit attributable to owners of the parent', '50.0', '44.0']]);
    const a = e.ask('net income?', 'two-ni');
    expect(a.status).toBe('clarify');
    expect(a.text).toContain('Profit for the period');
    expect(a.text).toContain('Profit attributable to owners of the parent');
  });
  it('a loss: "profit" and "operating income" are the loss lines, each said as a loss', () => {
    const e = release([['Revenue', '90.0', '80.0'], ['Gross profit', '60.0', '50.0'], ['Loss from operations', '(12.0)', '(10.0)'], ['Net loss', '(11.0)', '(9.5)']]);
    expect(e.ask('profit?', 'loss-p').text).toContain('Net loss was $11.0 million');
    expect(e.ask('operating income?', 'loss-o').text).toContain('Loss from operations was $12.0 million');
  });
  it('"sales" is never the expense "Sales and marketing": the bare Revenue line, else declined', () => {
    const e = release([['Revenue', '300.0', '270.0'], ['Sales and marketing', '(40.0)', '(35.0)'], ['Operating income', '30.0', '25.0']]);
    expect(e.ask('sales?', 'sm-s').text).toContain('Revenue was $300.0 million');
    for (const q of ['sales?', 'net sales last quarter?']) {
      const a = ask(BRIGHTWELL, q);
      expect(a.text).not.toMatch(/Sales & marketing was/);
      expect(a.status).toBe('unknown');
    }
  });
});
