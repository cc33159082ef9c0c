// A quarter asked ("total rev this qtr", "net income for the quarter", "last yr qtr") of a release that prints only
// nine-month figures is declined naming the spans it gives (intents/quarter-asked.ts): "this quarter" had been
// read as the release's own nine months and the cumulative figure given (hunt30 class G). A release with quarters
// keeps its quarter's figure.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let nineMonths: Engine;
let quarterly: Engine;
beforeAll(() => {
  const table = (head: string) => ['(in millions of US dollars)', '', `| | ${head} 2026 | ${head} 2025 |`, '|---|---|---|', '| Net sales | 901.5 | 850.0 |', '| Net income | 61.2 | 57.9 |'];
  nineMonths = inlineEngine(['# Larchfield Tools Results for the Nine Months Ended September 30, 2026', '', 'Larchfield Tools today reported results for the nine months ended September 30, 2026.', '', ...table('9M')], 'larchfield-9m-2026q3.md');
  quarterly = inlineEngine(['# Larchfield Tools Reports Third Quarter 2026 Results', '', 'Larchfield Tools today reported results for the third quarter ended September 30, 2026.', '', ...table('Q3')], 'larchfield-q-2026q3.md');
});
let n = 0;
const ask = (e: Engine, q: string) => e.ask(q, `quarter-not-given-${n++}`);

describe('a quarter asked', () => {
  it('of a nine-month release: declined naming the spans it gives, never the nine-month figure', () => {
    for (const q of ['total rev this qtr', 'net income for the quarter', 'net incme last yr qtr', 'net sales last quarter']) {
      const a = ask(nineMonths, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain('no quarter');
      expect(a.text, q).toContain('9 months ended September 30, 2026');
      expect(a.text, q).not.toMatch(/901\.5|61\.2|57\.9/);
    }
  });

  it('the span itself, asked without a quarter word, is still answered', () => {
    expect(ask(nineMonths, 'net income').text).toContain('61.2');
  });

  it('of a quarterly release: its quarter', () => {
    expect(ask(quarterly, 'net income for the quarter').text).toContain('61.2');
  });
});
