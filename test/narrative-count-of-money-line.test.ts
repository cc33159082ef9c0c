// A count the prose states under a noun a table line of money is named by ("ending the quarter with 1,204
// restaurants" beside the segment line "Restaurants" of a sales table): the count is no figure of that line, so
// "how many restaurants" is never answered with the line's sales (pinewick pin-05 class: a count asked answered
// with a money figure whose label shares the noun). The count stands as a line of its own; the money line keeps
// its sales.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Harbor Grill Group Reports Second Quarter 2026 Results',
  '',
  'Harbor Grill Group today reported results for the second quarter ended June 28, 2026.',
  '',
  '- Total revenue rose 5.2% to $640.0 million.',
  '- We opened 22 restaurants in the quarter, ending it with 1,204 restaurants.',
  '',
  '## Revenue by channel',
  '',
  '*(in millions)*',
  '',
  '| Channel | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Restaurants | 512.0 | 490.0 |',
  '| Franchise royalties | 128.0 | 118.4 |',
  '| **Total revenue** | **640.0** | **608.4** |',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(LINES);
});
let n = 0;
const ask = (q: string) => engine.ask(q, `count-of-money-line-${n++}`);

describe('a count stated under the noun of a money line', () => {
  it('is filed apart from the money line', () => {
    const facts = inlineRelease(LINES).facts;
    const count = facts.find((f) => f.value.eq(1204))!;
    const sales = facts.find((f) => f.value.eq(512))!;
    expect(count.unit.kind).toBe('count');
    expect(count.metric).not.toBe(sales.metric);
  });

  for (const q of ['How many restaurants at quarter end?', 'how many restaurants did they have at the end of the quarter']) {
    it(`"${q}" is never the line's sales`, () => {
      // (The count, or a question offering it beside the sales: the bot asks which where "how many" meets lines of other kinds.)
      const a = ask(q);
      expect(['answer', 'clarify'], a.text).toContain(a.status);
      expect(a.status === 'answer' ? a.text : '', a.text).not.toContain('$');
      expect(a.text).toContain('1,204');
    });
  }
});
