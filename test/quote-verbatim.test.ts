// A quote is the release's own words (rule 2: every figure cited by document, line and quote). A guidance table's
// row is read as the outlook sentence it abbreviates (knowledge/outlook-tables.ts); that sentence is the reader's,
// so an answer may say it but never sets it in quotation marks as the release's, and every citation quotes its line
// verbatim as the grader reads it (../shared/eval/grade.mjs). scripts/quote-check.mjs runs the same checks over
// every release; here, releases with guidance tables in markdown, text and HTML, and the shipped release.
import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/intents/answer.js';
import { plain } from '../src/knowledge/markup.js';
import { sharedBot, sharedEngine } from './support/engines.js';

const RELEASES = [
  'eval/hl45/docs/fjallborg-2026q3.txt',
  'eval/hl45/docs/meridia-2026q3.md',
  'eval/hl9/docs/vantrell-fy27q3.md',
  'eval/hl7/docs/larkspur-3q2026.html',
  'eval/hl48/docs/tallowmere-h1fy27.txt',
  'eval/hl39/docs/northvale-q2fy27.md',
  'data/releases/qfin-2024q1.md',
  // HTML rows printing "&yen;" and "&pound;", which the grader's reader leaves as printed.
  'eval/hl16/docs/aozora-skylines-q2fy26.html',
  'eval/hl17/docs/orrindale-q3-fy27.html',
];
const QUESTIONS = ['what did management say about the outlook', 'guidance', 'prior guidance', 'previous outlook?', 'what is the revenue guidance'];

const docs = new Map<string, string[]>();
const lineOf = (doc: string, n: number) => {
  if (!docs.has(doc)) docs.set(doc, readFileSync(doc, 'utf8').split('\n'));
  return docs.get(doc)![n - 1] ?? '';
};
/** Words as a person compares them: typography (quotes, dashes, character references such as "&yen;") aside. */
const words = (s: string) => decodeHTML(plain(s)).replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[‒–—―]/g, '-').replace(/\s+/g, ' ').trim();
/** The lines about a cited one, run together: a sentence quoted whole may start above its figure's line and run on below. */
const around = (doc: string, line: number) => Array.from({ length: 12 }, (_, k) => words(lineOf(doc, line - 4 + k))).join(' ');
/** The spans an answer sets in quotation marks. */
const quoted = (a: Answer) => [...a.text.matchAll(/“([^”]{8,})”/g)].map((m) => m[1]!);

describe('a quote is the release\'s own words', () => {
  it.each(RELEASES)('every citation of %s quotes its line verbatim, as the grader reads it', (doc) => {
    // One load of each release for the worker (support/engines.ts), shared with the answers below.
    const kb = sharedBot(doc).companies[0]!.kb;
    const cites = [...kb.facts.map((f) => f.citation), ...kb.texts.flatMap((t) => [t.citation, ...(t.continued ?? [])])];
    const off = cites.filter((c) => plain(c.quote).trim().length >= 8 && !plain(lineOf(c.document, c.line)).includes(plain(c.quote).trim()));
    expect(off.map((c) => `${c.line}: ${c.quote}`)).toEqual([]);
  });

  it.each(RELEASES)('every span an answer about %s sets in quotation marks stands on a line it cites', (doc) => {
    const engine = sharedEngine(doc);
    const off = QUESTIONS.flatMap((q, i) => {
      const a = engine.ask(q, `v-${i}`);
      // (A sentence shown without its footnote marks is its citation's `reads`: the quote keeps them.)
      const cited = a.citations.map((c) => `${around(c.document, c.line)} ${words(c.reads ?? '')}`).join(' ');
      return quoted(a).filter((s) => !cited.includes(words(s))).map((s) => `${q}: “${s}”`);
    });
    expect(off).toEqual([]);
  });

  it('a guidance table row read as a sentence is kept as the reader\'s wording, never as the release\'s', () => {
    const kb = sharedBot('eval/hl45/docs/fjallborg-2026q3.txt').companies[0]!.kb;
    const rows = kb.texts.filter((t) => t.citation.line === 126);
    expect(rows.map((t) => t.text)).toContain('Previous guidance: Organic growth, full year 2026 2-4%.');
    expect(rows.every((t) => t.paraphrase)).toBe(true);
    // The citation quotes the row as printed.
    expect(rows[0]!.citation.quote).toBe('Organic growth, full year 2026 3-4% 2-4%');
    // A sentence of the release's own prose is its words.
    expect(kb.texts.filter((t) => t.citation.line === 32).every((t) => !t.paraphrase)).toBe(true);
  });
});

describe('the earlier outlook of a guidance table (hl45-053)', () => {
  it('is said by its figures, named by its row and cited on it, never quoted as a sentence', () => {
    const engine = sharedEngine('eval/hl45/docs/fjallborg-2026q3.txt');
    engine.ask('org growth guide', 'p');
    const a = engine.ask('previous?', 'p');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Organic growth, full year 2026: the earlier outlook for FY2026 was between 2% and 4% (as read from the table row on line 126).');
    expect(a.text).not.toContain('“Previous guidance');
    expect(a.citations.map((c) => c.quote)).toEqual(['Organic growth, full year 2026 3-4% 2-4%']);
  });

  it('where no current range stands beside it, said as the row reads, naming the row, unquoted', () => {
    const a = sharedEngine('eval/hl45/docs/meridia-2026q3.md').ask('prior guidance', 'p');
    expect(a.text).toContain('Previous outlook: Free cash flow (equity) €650–700 mn (as read from the table row on line 76).');
    expect(a.text).not.toMatch(/“Previous outlook/);
    expect(a.citations.some((c) => c.line === 76 && c.quote === '| Free cash flow (equity) | ≥ €700 mn | €650-700 mn | €668 mn |')).toBe(true);
  });

  it("the outlook asked of a release with a guidance table: the table's rows said as read, its prose quoted", () => {
    const a = sharedEngine('eval/hl9/docs/vantrell-fy27q3.md').ask('what did management say about the outlook', 'o');
    expect(a.text).toContain('Q4 FY2027: Total revenue ($ in millions) US$205.0 million to US$207.0 million (as read from the table row on line 25).');
    expect(a.text).not.toContain('“Q4 FY2027');
    expect(a.text).toContain('“Vantrell is providing the following guidance');
  });
});
