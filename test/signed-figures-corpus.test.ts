// The sign a guided figure is printed with (knowledge/prose/signs.ts): a plus or minus sign, accounting brackets; never
// a bracketed aside, a tolerance or a year's figure in brackets (test/corpus/signed-figures.jsonl, positive and negative).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '../src/knowledge/prose/mentions.js';
import { SIGN_RULES, signRule, withSign } from '../src/knowledge/prose/signs.js';

interface Example {
  name: string;
  text: string;
  figure: number;
  rule: string | null;
  value: string;
}

describe('signed figures corpus', () => {
  let examples: Example[] = [];
  beforeAll(() => {
    examples = readFileSync('test/corpus/signed-figures.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  });

  it('signs each figure by its rule, and reads the value it is printed with', () => {
    for (const ex of examples) {
      const t = tokens(ex.text)[ex.figure]!;
      const found = signRule(ex.text, t);
      expect(t.value.isNegative() ? null : (found?.name ?? null), ex.name).toBe(ex.rule);
      expect(withSign(ex.text, t).value.toString(), ex.name).toBe(ex.value);
    }
  });

  it('every rule is pinned by an example', () => {
    for (const r of SIGN_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
