// How a question's words find one line where a release prints several alike (session 16, #9):
// - a name that fits a line and its qualified parts ("Common shares repurchased" beside "Financial
//   Products common shares repurchased") is the unqualified line, not a question;
// - "EPS" names any earnings-per-share line, whatever qualifies it ("non-GAAP EPS");
// - two lines printing the same figures (a statement's and a summary's label) are one line to a basis
//   switch ("and GAAP?") and to "GAAP and non-GAAP ...";
// - "per share" after a per-share line's name is its unit, never a family of share lines to ask about.
// Each on a release as filed (../shared/releases/filed, read in place) and on a release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const DIR = '../shared/releases/filed';
const filed = new Map<string, Engine>();
let n = 0;
function askFiled(file: string, ...qs: string[]): Answer[] {
  if (!filed.has(file)) filed.set(file, sharedEngine(`${DIR}/${file}`));
  const thread = `filed-${n++}`;
  return qs.map((q) => filed.get(file)!.ask(q, thread));
}

let own: Engine;
beforeAll(() => {
  own = inlineEngine([
    '# Larchfield Tools Reports Third Quarter 2026 Results',
    '',
    'Larchfield Tools today reported results for the third quarter ended September 30, 2026, under U.S. GAAP; non-GAAP measures are reconciled in its filings.',
    '',
    '- Non-GAAP diluted earnings per share was $0.80, compared with $0.70 a year earlier.',
    '- The board declared a quarterly dividend of $0.15 per share.',
    '',
    '## Highlights',
    '',
    '| ($ in thousands, except per share) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Earnings per share, diluted | 0.52 | 0.61 |',
    '',
    '## Condensed statements of operations',
    '',
    '| ($ in thousands, except per share) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Net sales | 410,000 | 455,000 |',
    '| Net income | 52,000 | 61,000 |',
    '| Diluted earnings per share | 0.52 | 0.61 |',
    '| Shares used in computing earnings per share, basic | 98,000 | 99,000 |',
    '| Shares used in computing earnings per share, diluted | 100,000 | 100,000 |',
    '',
    '## Condensed statements of cash flows',
    '',
    '| ($ in thousands) | Q3 2025 | Q3 2026 |',
    '|---|---|---|',
    '| Purchases of property and equipment | (20,000) | (25,000) |',
    '| Purchases of property and equipment, retail stores | (12,000) | (16,000) |',
    '| Purchases of property and equipment, distribution centres | (8,000) | (9,000) |',
  ], 'larchfield-2026q3.md');
});
const askOwn = (...qs: string[]): Answer[] => {
  const thread = `own-${n++}`;
  return qs.map((q) => own.ask(q, thread));
};

describe('a name that fits a line and its qualified parts', () => {
  it('is the unqualified line: the consolidated repurchases, not a choice among the segment columns', () => {
    const [a] = askFiled('cat-2022q1.htm', 'share repurchases in Q1 2022');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Common shares repurchased');
    expect(a!.text).toContain('820.0 million');
    expect(a!.text).not.toContain('Financial Products');
  });
  it('is the unqualified line on a release of our own (the whole, not its retail or distribution part)', () => {
    const [a] = askOwn('purchases of equipment in Q3 2026');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('25.0 million');
  });
  it('a line and its non-current twin are no whole and part: both are answered', () => {
    const seed = sharedEngine('data/releases/qfin-2024q1.md');
    const a = seed.ask('What were amounts due from related parties at March 31, 2024?', 'twins');
    expect(a.text).toContain('25.3 million');
    expect(a.text).toContain('1.68 million');
  });
  // ("Total" is a neutral word: "Total Sales" is the segment's sales, "External Sales" a part of it;
  // test/segment-total-unqualified.test.ts has lines each qualified its own way, which stay a question.)
  it("a segment's total and its external part: the total", () => {
    const [a] = askFiled('cat-2022q1.htm', 'Construction Industries sales in Q1 2022');
    expect(a!.status).toBe('answer');
    expect(a!.text).toContain('Total Sales');
  });
});

describe('"EPS" for any earnings-per-share line', () => {
  it('"non-GAAP EPS" is the non-GAAP earnings per share', () => {
    expect(askFiled('orcl-2022q4.htm', 'q4 non-gaap eps')[0]!.text).toContain('$1.54');
    expect(askOwn('non-gaap eps in Q3 2026')[0]!.text).toContain('$0.80');
  });
});

describe('two labels printing the same figures are one line', () => {
  it('"and GAAP?" after non-GAAP EPS is the GAAP line, though a summary prints it under another label', () => {
    const [, g] = askFiled('orcl-2022q4.htm', 'q4 non-gaap eps', 'and GAAP?');
    expect(g!.status, g!.text).toBe('answer');
    expect(g!.text).toContain('$1.16');
    const [, o] = askOwn('non-gaap eps in Q3 2026', 'and GAAP?');
    expect(o!.status, o!.text).toBe('answer');
    expect(o!.text).toContain('$0.61');
  });
  it('"GAAP and non-GAAP diluted EPS" answers both', () => {
    const [a] = askFiled('orcl-2022q4.htm', 'orcl q4 GAAP and non-GAAP diluted EPS?');
    expect(a!.text).toContain('$1.16');
    expect(a!.text).toContain('$1.54');
    const [b] = askOwn('GAAP and non-GAAP diluted EPS in Q3 2026');
    expect(b!.text).toContain('$0.61');
    expect(b!.text).toContain('$0.80');
  });
});

describe('"per share" after a per-share line is its unit', () => {
  it('"dividend per share" is the dividend, not a choice among the share-count lines', () => {
    const [a] = askFiled('aapl-2024q1.htm', 'dividend per share');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('$0.24');
    const [b] = askOwn('dividend per share in Q3 2026');
    expect(b!.status, b!.text).toBe('answer');
    expect(b!.text).toContain('$0.15');
  });
});
