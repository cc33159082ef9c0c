// The market a section heading's bracket names (prose/parts.ts sectionMarket), pinned by
// test/corpus/section-markets.jsonl: a market or segment qualifies the figures under it; a unit, basis,
// period end or remark in the bracket names none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionMarket } from '../src/knowledge/prose/parts.js';

describe('section markets corpus', () => {
  const examples = () => readFileSync('test/corpus/section-markets.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { heading: string; market: string | null });
  it('reads each heading as the corpus says', () => {
    for (const { heading, market } of examples()) expect([heading, sectionMarket(heading) ?? null]).toEqual([heading, market]);
  });
});
