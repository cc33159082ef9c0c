// The Brazilian real prints "R$", yet it is no dollar: a bare "$" in a real issuer's prose stays the US dollar
// (only a dollar issuer's own dollars take its currency), and "dollars" in a question about a release in reais
// are not its own figures. Whether a currency is a dollar is read from its words, not its sign.
import { describe, expect, it } from 'vitest';
import { isDollar } from '../src/knowledge/currencies.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const reais = (sales: string, prior: string) => [
  '# Synthetic Serra Alimentos S.A. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Serra Alimentos S.A. today reported results for the third quarter ended September 30, 2026.',
  '',
  '- Repurchased 640,000 common shares for $22.8 million during the quarter.',
  '- Capital expenditures were $45.2 million in the quarter.',
  '',
  '| R$ million | 3Q26 | 3Q25 |',
  '|---|---:|---:|',
  `| Net revenue | ${sales} | ${prior} |`,
  '| Net income | 310.4 | 288.9 |',
];

describe('the real is no dollar', () => {
  it('currencies that are dollars, read from their words', () => {
    expect(['USD', 'CAD', 'HKD', 'TWD'].every(isDollar)).toBe(true);
    expect(['BRL', 'PEN', 'EUR', 'SEK'].some(isDollar)).toBe(false);
  });
  it.each([['4,120.5', '3,870.2'], ['2,210.0', '2,005.3']])('a bare $ in a real issuer\'s prose stays US dollars (%s)', (s, p) => {
    const f = inlineRelease(reais(s, p)).facts.filter((x) => x.source === 'narrative' && x.unit.kind === 'money');
    expect(f.map((x) => x.value.toString()).sort()).toEqual(['22.8', '45.2']);
    for (const x of f) expect(x.unit.kind === 'money' && x.unit.currency).toBe('USD');
  });
  it.each(['by how many dollars did net revenue rise?', 'net revenue change in dollars'])('"dollars" of a release in reais are not its own: %s', (q) => {
    const a = inlineEngine(reais('4,120.5', '3,870.2')).ask(q, 'real-dollars');
    expect(a.text).not.toContain('R$250.3 million');
  });
});
