// "income tax expense", "income tax", "tax" name the tax charge; "profit before tax", "pretax profit", "EBT" the profit
// before it (refiners/tax-measures.ts). The bot answered "income tax expense" with "Income before taxes" (the tax line
// printed "Income taxes"), "income tax" with "Profit after tax", "pretax profit" with "Interest and other income, net",
// and "profit before tax" with net income where the release prints no pre-tax line: each is the tax line, or declined.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const statement = (rows: string[]) => [
  '# Synthetic Ostwald Retail Reports Third Quarter 2026 Results',
  '',
  'Synthetic Ostwald Retail today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in millions of euros) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Revenue | 4,810.0 | 4,520.0 |',
  ...rows,
];

const us = inlineEngine(statement(['| Operating income | 250.0 | 230.0 |', '| Interest and other income, net | 2.7 | 1.9 |', '| Income (loss) before income taxes | 252.7 | 231.9 |', '| Provision for income taxes | 61.0 | 55.0 |', '| Net income (loss) | 191.7 | 176.9 |']));
const ifrs = inlineEngine(statement(['| Net financial cost | (18.0) | (16.0) |', '| Income before taxes | 270.8 | 235.5 |', '| Income taxes | 78.6 | 68.3 |', '| Net income | 192.2 | 167.2 |']));
const indian = inlineEngine(statement(['| Other income | 12.0 | 10.0 |', '| Profit before tax | 364.0 | 279.9 |', '| Tax expense | 92.1 | 71.0 |', '| Profit after tax | 271.9 | 208.9 |']));
const noTax = inlineEngine(statement(['| Operating profit | 250.0 | 230.0 |', '| Net earnings | 158.3 | 171.9 |']));

const first = (e: typeof us, q: string) => e.ask(q, q);

describe('the tax charge and the pre-tax profit, by meaning', () => {
  it('"income tax expense" is the tax line, never the pre-tax line', () => {
    for (const [e, figure] of [[ifrs, '78.6'], [indian, '92.1'], [us, '61.0']] as const) {
      const a = first(e, 'income tax expense');
      expect(a.status).toBe('answer');
      expect(a.text).toContain(figure);
    }
  });
  it('"income tax", "tax" and "taxes" are the tax line, never profit after tax', () => {
    for (const q of ['income tax', 'tax', 'taxes', 'tax charge']) {
      const a = first(indian, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('92.1');
    }
  });
  it('"pretax profit", "EBT" and "income before taxes" are the pre-tax line, never other income', () => {
    for (const q of ['pretax profit', 'EBT', 'income before taxes', 'profit before tax']) {
      const a = first(us, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('252.7');
    }
  });
  it('"profit before tax" is never the tax line, nor "profit after tax" the tax', () => {
    expect(first(indian, 'profit before tax').text).toContain('364.0');
    expect(first(indian, 'profit after tax').text).toContain('271.9');
  });
  it('a release with no tax or pre-tax line declines, naming what it lacks, never a neighbour', () => {
    for (const [q, name] of [['profit before tax', 'profit before tax'], ['pretax profit', 'profit before tax'], ['income tax', 'income tax'], ['tax', 'income tax']] as const) {
      const a = first(noTax, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain(name);
      expect(a.text, q).not.toMatch(/158\.3|250\.0/);
    }
  });
  it('the effective tax rate is still the tax over the pre-tax line', () => {
    expect(first(ifrs, 'effective tax rate').text).toContain('29.0%');
  });
});
