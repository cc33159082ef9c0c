// An amount a Brazilian release prints with its scale in Portuguese ("R$ 248,6 bi") was answered "R$248.6", a
// billion times too small (hl43 serrano 070/080). Read, it is R$248.6 billion; a scale word the reader does not
// know is never answered as a bare amount. The issuer and figures below are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (word: string) => [
  '# Banco Synthetico S.A. - Earnings Release 3Q26',
  '',
  'São Paulo, November 4, 2026 - Banco Synthetico S.A. announces its results for the third quarter of 2026 (3Q26).',
  'Figures are in Brazilian reais (R$) and use Brazilian number formatting (decimal comma).',
  '',
  '## Highlights',
  '',
  `- **Recurring net income** of R$ 1.661,0 million in 3Q26, up 5,4% quarter on quarter.`,
  `- Total deposits were R$ 231,5 ${word} at the end of September, and the loan-to-deposit ratio was 107,4%.`,
];

describe('a scale word of another language after an amount', () => {
  it.each([
    ['bi', 'R$231.5 billion'],
    ['bilhões', 'R$231.5 billion'],
    ['mi', 'R$231.5 million'],
  ])('"R$ 231,5 %s" is %s', (word, want) => {
    const a = inlineEngine(release(word), 'synthetico-3t26.md').ask('total deposits end of sept', 'c');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(want);
  });

  it.each(['xq', 'miliardi', 'T'])('"R$ 231,5 %s" is never answered as a bare R$231.5: the decline names the word and line', (word) => {
    const a = inlineEngine(release(word), 'synthetico-3t26.md').ask('total deposits end of sept', 'c');
    expect(a.status).not.toBe('answer');
    expect(a.text).toContain(`Line 9 reads "Total deposits were R$ 231.5 ${word}", with a scale "${word}" I can't read`);
  });

  it('a decline with no unread scale on a line of its words says nothing of one', () => {
    const a = inlineEngine(release('xq'), 'synthetico-3t26.md').ask('goodwill 3Q26', 'c');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain("can't read");
  });
});
