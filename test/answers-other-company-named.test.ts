// A question about another company that otherwise names a printed line ("Delta's load factor", "Progressive's
// combined ratio") declines naming that company, never answering with the issuer's own figure; the issuer's names,
// the names its release prints (a project, a mine) and words capitalised by habit are no other company (hl48).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const engines = new Map<string, Engine>();
let n = 0;
function ask(doc: string, q: string) {
  if (!engines.has(doc)) engines.set(doc, sharedEngine(doc.includes('/') ? doc : `eval/hl48/docs/${doc}`));
  return engines.get(doc)!.ask(q, `o${n++}`);
}

describe("another company named as an owner, after 'at', 'for' or 'vs', or as a subject declines by name", () => {
  it.each([
    ['harrowgate-3q26.html', "what was Delta's load factor in Q3?", 'Delta', '85.0%'],
    ['harrowgate-3q26.html', 'load factor at Delta', 'Delta', '85.0%'],
    ['harrowgate-3q26.html', 'Harrowgate vs Delta load factor', 'Delta', '85.0%'],
    ['harrowgate-3q26.html', 'how did Delta do in Q3', 'Delta', '85.0%'],
    ['ardent-harbor-3q26.md', "Progressive's combined ratio this quarter", 'Progressive', '96.8%'],
    ['ardent-harbor-3q26.md', 'combined ratio for Progressive', 'Progressive', '96.8%'],
    ['ardent-harbor-3q26.md', 'Progressive combined ratio this quarter', 'Progressive', '96.8%'],
    // (The name is the capitalised words it runs over, the release's own words among them.)
    ['eval/hl22/docs/kestrel-bank-fy26.txt', "Capital One's net interest margin", 'Capital One', '1.96%'],
    ['../shared/releases/filed/bke-2024q3.html', 'gross margin vs Delta', 'Delta', '47.7%'],
  ])('%s: %s', (doc, q, name, figure) => {
    const a = ask(doc, q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`it says nothing about "${name}"`);
    expect(a.text).not.toContain(figure);
  });
});

describe("the issuer's names and words capitalised by habit are answered", () => {
  it.each([
    ['harrowgate-3q26.html', "what was Harrowgate's load factor in Q3", '85.0%'],
    ['harrowgate-3q26.html', "what was HRGA's load factor in Q3", '85.0%'],
    ['harrowgate-3q26.html', 'What was Load Factor in Q3?', '85.0%'],
    // (The consolidated ratio: the segments' own, 98.7% of Personal Lines first, are named by their corner cells.)
    ['ardent-harbor-3q26.md', "what was Ardent's combined ratio?", '96.8%'],
    ['ardent-harbor-3q26.md', 'What was Net Investment Income in Q3', '$148.9 million'],
    ['tallowmere-h1fy27.txt', "Tallowmere's underlying NPAT", 'A$714.9 million'],
  ])('%s: %s', (doc, q, figure) => {
    const a = ask(doc, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
  });
});

describe("a name the release prints (the issuer's own project) is no other company", () => {
  it('what the release says of it is answered; a figure of it, which no line gives, is declined as the release\'s name', () => {
    const said = ask('tallowmere-h1fy27.txt', 'what did the release say about Corella?');
    expect(said.status, said.text).toBe('answer');
    expect(said.text).toContain('Corella nickel project');
    const figure = ask('tallowmere-h1fy27.txt', 'Corella revenue');
    expect(figure.status).toBe('unknown');
    // (Declined as the release's name, or as a line the release does not give: its impairment is a line of its own.)
    expect(figure.text).toMatch(/"Corella" is a name that|doesn't give "corella revenue"/);
    expect(figure.text).not.toContain('says nothing about');
  });

  it('a person the release quotes is asked for their words', () => {
    const a = ask('../shared/releases/filed/aapl-2024q1.htm', 'what did Tim Cook say');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('Chief Executive Officer');
  });
});
