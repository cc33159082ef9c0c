// The kind of figure a question's words ask for (intents/kinds-asked.ts), pinned by test/corpus/kinds-asked.jsonl:
// a figure asked in a currency is an amount ("net charge-offs in dollars" had answered the charge-off rate).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindAsked } from '../src/intents/kinds-asked.js';

interface KindCase {
  q: string;
  currencyNamed: boolean;
  rule: string | null;
  why: string;
}
const cases = readFileSync('test/corpus/kinds-asked.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as KindCase);

describe('the kind a question asks (corpus)', () => {
  for (const k of cases) {
    it(`${k.q} → ${k.rule ?? 'no kind'} (${k.why})`, () => {
      expect(kindAsked({ text: k.q, currencyNamed: k.currencyNamed }, 1)?.name ?? null).toBe(k.rule);
    });
  }
});
