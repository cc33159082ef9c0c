// A word the question carries that the line answered lacks, and another line has, decides or declines (hunt32
// class E): "EBITDAaL margin" was answered with the EBITDA margin (the stemmer cuts "ebitdaal" to "ebitda"),
// "and AFFO?" after a choice of FFO lines picked the line whose heading reads "... FFO and AFFO", and "loan
// growth annualized?" answered the year-over-year change, the release's "5.1% annualized" filed as a line, and
// "brokerage rev yoy?" the change in "Brokerage revenue per load ($)", a rate, not the brokerage revenue.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { inlineEngine } from './support/inline.js';

const engines = new Map<string, Engine>();
const DOCS = { alpen: 'eval/hl15/docs/alpenlink-q1-2026.md', crest: 'eval/hl29/docs/meridian-crest-2q26.md', valley: 'eval/hl15/docs/meridian-valley-3q26.txt', quill: 'eval/hl21/docs/quillfeather-2026q2.md' };
beforeAll(() => {
  for (const [k, doc] of Object.entries(DOCS)) engines.set(k, createEngine(loadKnowledge([doc], () => {}).kb));
});
let n = 0;
const ask = (doc: keyof typeof DOCS, ...qs: string[]) => {
  const c = `swapped-${n++}`;
  return qs.map((q) => engines.get(doc)!.ask(q, c)).at(-1)!;
};

describe('a distinguishing word of the question is never dropped for a line that stems like it', () => {
  it('an acronym the release prints is its own word: EBITDAaL is not EBITDA', () => {
    const a = ask('alpen', 'EBITDAaL margin?');
    expect(a.text).not.toContain('35.9%');
    expect(ask('alpen', 'EBITDAaL?').text).toContain('251.7');
    expect(ask('alpen', 'EBITDA margin?').text).toContain('35.9%');
  });

  it('a reply to a choice that names another line asks for that line', () => {
    expect(ask('crest', 'FFO?').status).toBe('clarify');
    const a = ask('crest', 'FFO?', 'and AFFO?');
    expect(a.text).toContain('91.4');
    expect(a.text).not.toMatch(/gain on sale/i);
    expect(ask('crest', 'FFO?', 'the gain on sale').text).toMatch(/Gain on sale of real estate/);
    expect(ask('crest', 'FFO?', 'nareit').text).toContain('102.4');
  });

  it('"annualized" is how a growth is measured, no line: never answered as another change or a balance', () => {
    const a = ask('valley', 'loan growth annualized?');
    expect(a.text).not.toMatch(/5\.6%|1\.3%/);
    expect(ask('valley', 'buyback size?').text).not.toMatch(/Annualized/i);
  });

  it('a rate per a thing unsaid is no amount: "brokerage revenue" is the brokerage revenue line, not revenue per load', () => {
    const a = ask('quill', 'brokerage rev yoy?');
    expect(a.text).toContain('Freight brokerage');
    expect(a.text).toContain('7.1%');
    expect(ask('quill', 'brokerage revenue per load?').text).toContain('$413');
  });
});

// A label printed all in capitals ("NET INCOME/ (LOSS)") has no acronyms: its capitals are its case, so its words are
// matched as any line's are ("net income/loss for the first 26 weeks" was read as a ratio after the acronym rule, filed2 sears).
describe('a label in capitals is no acronym', () => {
  it('net income/loss named as the capitals print it', () => {
    const e = inlineEngine(['# Synthetic Harrow Stores Second Quarter 2026', '', 'Results for the 13 weeks ended July 4, 2026.', '', '| ($ in millions) | 13 Weeks Ended July 4, 2026 | 13 Weeks Ended June 28, 2025 |', '|---|---|---|', '| REVENUES | 900 | 850 |', '| NET INCOME/ (LOSS) | 53 | (12) |'], 'harrow-2026q2.md');
    const a = e.ask('net income/loss q2 2026', 'caps');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$53.0 million');
  });
});
