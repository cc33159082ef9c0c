// What management said is quoted as the words said (#11): without the release's attribution ("Mr. X,
// Chief Executive Officer, commented,") and without a quote mark the sentence does not close (a quote
// runs over several sentences). The citation quotes those words, verbatim; the speaker is still found
// by name (the knowledge base keeps the sentence whole). On the seed release, and on a release of our own with the other forms (a colon, the
// attribution after the words).
import { readFileSync } from 'node:fs';
import { sharedEngine } from './support/engines.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { quoteOf } from '../src/knowledge/markup.js';
import { inlineEngine } from './support/inline.js';

/** Each quoted sentence of an answer ("“…” (line N)"), its inside. */
const quotes = (a: Answer) => [...a.text.matchAll(/^“(.*)” \(lines? [\d–]+\)$/gm)].map((m) => m[1]!);

function expectWordsSaid(a: Answer, lines: (doc: string) => string[]) {
  expect(a.status).toBe('answer');
  const said = quotes(a);
  expect(said.length).toBeGreaterThan(0);
  for (const q of said) {
    expect(q).not.toMatch(/\b(?:commented|added|noted|said)\b[,:]?\s*$|^[^"“”]*\b(?:commented|added|said)\b,/);
    // Quote marks inside come in pairs: none left open or closed alone.
    expect((q.match(/["“”]/g) ?? []).length % 2).toBe(0);
  }
  // Each citation quotes the words, verbatim from its line (as the line reads without markup).
  for (const c of a.citations) expect(quoteOf(lines(c.document)[c.line - 1]!)).toContain(c.quote);
  for (const c of a.citations) expect(said.some((q) => q === (c.reads ?? c.quote))).toBe(true);
}

const seedLines = (doc: string) => readFileSync(doc, 'utf8').split('\n');

let seed: Engine;
let own: Engine;
const OWN = [
  '# Larchfield Tools Reports Third Quarter 2026 Results',
  '',
  'Larchfield Tools today reported results for the third quarter ended September 30, 2026.',
  '',
  'Jane Doe, Chief Executive Officer of Larchfield Tools, said: "Orders rose in every region. We expect the same next year."',
  '',
  '"Margins held at 40% through the quarter," John Roe, Chief Financial Officer, noted.',
  '',
  '| ($ in thousands) | Q3 2025 | Q3 2026 |',
  '|---|---|---|',
  '| Net sales | 410,000 | 455,000 |',
];
beforeAll(() => {
  seed = sharedEngine();
  own = inlineEngine(OWN, 'larchfield-2026q3.md');
});

describe('the words said', () => {
  it('quotes the CEO and the CFO of the seed release without the attribution or an unmatched quote mark', () => {
    const ceo = seed.ask('What did the CEO say?', 'said-1');
    expectWordsSaid(ceo, seedLines);
    expect(quotes(ceo)[0]).toMatch(/^As macro-economic headwind persisted/);
    const cfo = seed.ask('What did the CFO say?', 'said-2');
    expectWordsSaid(cfo, seedLines);
    expect(cfo.text).not.toContain('Mr. Alex Xu');
  });

  it('still finds a speaker by name', () => {
    expect(seed.ask('what did Haisheng Wu say?', 'said-3').text).toMatch(/^Chief Executive Officer, in the release:/);
  });

  it('reads an attribution before a colon, and one after the words', () => {
    const lines = () => OWN;
    const ceo = own.ask('What did the CEO say?', 'said-4');
    expectWordsSaid(ceo, lines);
    expect(quotes(ceo)).toEqual(['Orders rose in every region.', 'We expect the same next year.']);
    const cfo = own.ask('What did the CFO say?', 'said-5');
    expectWordsSaid(cfo, lines);
    expect(quotes(cfo)).toEqual(['Margins held at 40% through the quarter']);
    expect(own.ask('what did John Roe say?', 'said-6').text).toMatch(/^Chief Financial Officer, in the release:/);
  });
});
