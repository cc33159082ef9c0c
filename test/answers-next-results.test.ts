// A results date asked ("next earnings date", "when do they report next?") is an event, not a figure: the
// release's own sentence giving a later results date is quoted, else the bot declines naming the date. It had
// read "earnings" as net income and dropped "date", answering the quarter's net income (hunt30 class K).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { eventAsked } from '../src/intents/recognisers/events.js';
import { inlineEngine } from './support/inline.js';
import { LARCHFIELD_Q3 } from './support/larchfield.js';

const BODY = [...LARCHFIELD_Q3, 'Management will host a conference call today at 5:00 p.m. ET; the call will discuss results on November 4, 2026.'];
let dated: Engine;
let undated: Engine;
beforeAll(() => {
  dated = inlineEngine(['# Larchfield Tools Reports Third Quarter 2026 Results', '', ...BODY, '', 'Financial calendar', '', 'Fourth quarter 2026 results: 11 February 2027'], 'larchfield-next-2026q3.md');
  undated = inlineEngine(['# Larchfield Tools Reports Third Quarter 2026 Results', '', ...BODY], 'larchfield-none-2026q3.md');
});
let n = 0;
const ask = (e: Engine, q: string) => e.ask(q, `next-results-${n++}`);

describe('a results date asked', () => {
  it('quotes the sentence giving the later results date, with its line', () => {
    for (const q of ['next earnings date', 'when do they report next?', 'results date?', 'financial calendar']) {
      const a = ask(dated, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('Fourth quarter 2026 results: 11 February 2027');
      expect(a.text, q).not.toMatch(/41\.2|Net income was/);
      expect(a.citations.map((c) => c.line), q).toEqual([16]);
    }
  });

  it('declines naming the date where the release gives none: never the quarter net income, nor the call for these results', () => {
    for (const q of ['next earnings date', 'when is the next earnings release?', 'next earnings?']) {
      const a = ask(undated, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toContain('no date for the company');
      expect(a.text, q).not.toContain('41.2');
    }
  });

  it('leaves a plain earnings question its figure', () => {
    expect(ask(undated, 'earnings').text).toContain('41.2');
  });
});

describe('the event rules, pinned by their corpus', () => {
  it('reads each example as the corpus says', () => {
    const rows = readFileSync('test/corpus/events.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; event: string | null });
    for (const r of rows) expect(eventAsked(r.text), r.text).toBe(r.event);
  });
});
