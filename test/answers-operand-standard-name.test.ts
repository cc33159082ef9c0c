// An operand of a sum or a difference named by a standard name ("opex") is resolved as a lookup of it is: a line that
// only shares its words and names another measure ("Other operating income (expenses), net") is never it. "gross profit
// minus opex" subtracted that R$8.3 million residual line while "opex" alone was declined; now both decline naming
// operating expenses, and a release printing its operating expenses still answers the difference.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

let n = 0;
const release = (rows: string[]) =>
  inlineEngine([
    '# Synthetic Tapajos Logistics Reports Third Quarter 2026 Results',
    '',
    'Synthetic Tapajos Logistics today reported results for the third quarter ended September 30, 2026.',
    '',
    '| R$ million | 3Q26 | 3Q25 |',
    '|---|---|---|',
    '| Net revenue | 1,482.6 | 1,318.9 |',
    '| Cost of services | (1,098.4) | (995.7) |',
    '| Gross profit | 384.2 | 323.2 |',
    ...rows,
    '| Net income | 111.1 | 60.4 |',
  ]);
const residual = release(['| Selling, general and administrative expenses | (121.5) | (112.8) |', '| Other operating income (expenses), net | 8.3 | (4.1) |', '| EBIT | 271.0 | 206.3 |']);
const ask = (q: string) => residual.ask(q, `operand-${n++}`);

describe('an operand named by a standard name', () => {
  it.each(['gross profit minus opex', 'gross profit less operating expenses', 'opex plus gross profit', 'net revenue minus opex', 'gross profit and opex'])(
    'is never a line that only shares its words: %s',
    (q) => {
      const a = ask(q);
      expect(a.status).toBe('unknown');
      expect(a.text).toContain('"operating expenses"');
      expect(a.text).not.toMatch(/\b8\.3\b|375\.9|392\.5/);
    },
  );

  it('declines as the lookup of it does', () => {
    expect(ask('opex').text).toBe(ask('gross profit minus opex').text);
  });

  it('is the operating expenses where the release prints them', () => {
    const printed = release(['| Total operating expenses | (113.2) | (116.9) |', '| Operating income | 271.0 | 206.3 |']);
    const a = printed.ask('gross profit minus opex', `operand-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('R$271.0 million');
  });
});
