// Scale words other languages print after an amount ("R$ 248,6 bi", "Rp 5,2 miliar", "US$ 45 MM"), and the guard
// on a money figure whose scale the reader could not settle ("R$ 231,5 xq"): it is no figure, never a bare amount
// (hl43 serrano 070/080: "R$248.6" answered with no scale). Corpus: test/corpus/scale-words.jsonl.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokens, unsettledScale } from '../src/knowledge/prose/mentions.js';

interface Example { sentence: string; figure: string | null; amount?: string; unsettled?: string }
const examples = readFileSync('test/corpus/scale-words.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
const moneyIn = (s: string) => tokens(s).filter((t) => t.currency && !t.percent);

describe('a money figure and its scale word', () => {
  it.each(examples)('$sentence', (ex) => {
    const money = moneyIn(ex.sentence);
    if (ex.figure === null) {
      expect(money.map((t) => t.text)).toEqual([]);
      const at = ex.sentence.search(/[$€¥₹]|USD|R\$/);
      const m = /^(\S*?\$|USD|€|¥|₹)\s?[\d.,]+(\s?[A-Za-zÀ-ÿ]*)/.exec(ex.sentence.slice(at))!;
      expect(unsettledScale(m[1]!, /^\s?mil$/.test(m[2]!) ? 'mil' : '', ex.sentence.slice(at + m[0].length - m[2]!.length))).toBe(ex.unsettled);
      return;
    }
    const t = money[0]!;
    expect(t.text.trim()).toBe(ex.figure);
    expect(t.value.times(t.scale).toString()).toBe(ex.amount);
  });
});
