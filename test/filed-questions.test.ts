// Questions about the releases as filed (../shared/releases/filed/, read in place): the issuer as the
// document names itself, US statements' everyday line names, fiscal quarters asked by their end date or
// by the calendar month they end in. Worded apart from eval/filed.jsonl; each asserts what a user reads.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const DIR = '../shared/releases/filed';
const engines = new Map<string, Engine>();
function ask(file: string, q: string) {
  if (!engines.has(file)) engines.set(file, sharedEngine(`${DIR}/${file}`));
  return engines.get(file)!.ask(q, `t-${file}-${q}`);
}


describe('filed releases: questions a user asks', () => {
  it('a brand the release prints only as a name, asked in lower case, is no part of the total ("lands end" is not total revenues)', () => {
    const a = ask('sears-2004q2.txt', 'lands end sales for the second quarter');
    expect(a.status).toBe('unknown');
    // (The release counts Lands' End stores, a line of its own now read: its sales are declined as not given.)
    expect(a.text).toMatch(/lands end|"end sales"/);
    expect(a.text).not.toContain('$8.8 billion');
    expect(ask('sears-2004q2.txt', 'total revenues for the second quarter').text).toContain('$8.8 billion');
  });

  it('the issuer named as the document names itself ("The Buckle, Inc." is Buckle); "the" in a question is no company', () => {
    const a = ask('bke-2024q3.html', "Buckle's net income this quarter");
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$44.2 million');
    expect(ask('bke-2024q3.html', 'net income for the quarter').text).toContain('$44.2 million');
  });

  it('everyday names of US statement lines: EPS, revenue, a product line as its revenue', () => {
    expect(ask('bke-2024q3.html', 'what was diluted EPS in fiscal Q3 2024?').text).toContain('$0.88');
    expect(ask('aapl-2024q1.htm', 'revenue in fiscal Q1 2024').text).toContain('$119.6 billion');
    expect(ask('aapl-2024q1.htm', 'how much did iPad sales come to in fiscal Q1 2024?').text).toContain('$7.0 billion');
    expect(ask('aapl-2024q1.htm', 'Japan revenue fiscal Q1 2024').text).toContain('$7.8 billion');
  });

  it('a cost line under cost of sales is not heard as sales', () => {
    const a = ask('aapl-2024q1.htm', 'Products sales in fiscal Q1 2024');
    expect(a.text).not.toContain('$58.4 billion');
  });

  it('a fiscal quarter asked by its end date, its week count or the month it ends in', () => {
    expect(ask('aapl-2024q1.htm', 'net income for the three months ended December 30, 2023').text).toContain('$33.9 billion');
    expect(ask('aapl-2024q1.htm', 'net income in the dec quarter').text).toContain('$33.9 billion');
    expect(ask('bke-2024q3.html', 'net income for the thirteen weeks ended November 2, 2024').text).toContain('$44.2 million');
    // No quarter of Oracle's calendar ends in December: the phrase is not read as another quarter.
    expect(ask('orcl-2022q4.htm', 'net income in the December quarter').status).not.toBe('answer');
  });
});

describe('one cell a line (Oracle): a figure is cited by the sentence that states it, or declined saying where it stands', () => {
  const F = 'orcl-2022q4.htm';
  it('a table figure a sentence states to within 1% is answered, cited by that sentence', () => {
    const a = ask(F, 'diluted EPS in fiscal Q4 2022');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$1.16');
    expect(a.citations.every((c) => c.quote.length >= 8)).toBe(true);
  });
  it('repurchases printed only in cash-flow cells too short to quote: declined naming the line, never "says nothing"', () => {
    const a = ask(F, 'what did Oracle pay to repurchase stock in fiscal 2022?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/says nothing/);
    expect(a.text).toMatch(/Payments for repurchases of common stock \(line \d+\)/);
  });
  it('a figure printed only in a cell too short to quote is declined, never said to be missing', () => {
    const a = ask(F, 'net income in fiscal Q4 2022');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/table cell \(line \d+\)/);
    // The sentence's "$3.2 billion" is said only as the rounding it is, never given as the figure.
    expect(a.text).not.toMatch(/(?:was|is|of) \$3\.2 billion/);
  });
  it('a margin or a difference is worked from the cells a sentence only rounds, each cited by its row (h28-f02, h28-f03)', () => {
    const m = ask(F, 'net margin?');
    expect(m.text).toContain('26.9%');
    expect(m.text).toContain('3,189 ÷ 11,840');
    expect(m.citations.find((c) => c.quote === 'NET INCOME')?.cells).toEqual([expect.objectContaining({ printed: '3,189', line: expect.any(Number) })]);
    const d = ask(F, 'difference between operating income and net income?');
    expect(d.text).toContain('$1.31 billion');
    expect(d.text).toContain('4,503 − 3,189');
    expect(d.citations.map((c) => c.quote)).toEqual(['OPERATING INCOME', 'NET INCOME']);
  });
  it("a full year's figures keep their period in the sentences after the one that names it", () => {
    expect(ask(F, 'non-GAAP operating income for fiscal 2022').text).toContain('$19.6 billion');
    expect(ask(F, 'non-GAAP operating income in fiscal Q4 2022').text).not.toContain('$19.6 billion');
  });
});

describe("a segment statement (Sears): columns of one period told apart by segment are each segment's lines", () => {
  const F = 'sears-2004q2.txt';
  it("a segment's line is answered for that segment, the consolidated one for the whole", () => {
    expect(ask(F, 'Sears Canada total revenues in Q2 2004').text).toContain('$1.11 billion');
    expect(ask(F, 'consolidated operating income in Q2 2004').text).toContain('$53.0 million');
  });
  it('a count of shares is a count, never money', () => {
    expect(ask(F, 'consolidated average shares outstanding in Q2 2004').text).not.toMatch(/\$216/);
  });
});

describe("a section headed by a segment (Sears' \"Sears Canada\") is the segment's, never the company's", () => {
  const F = 'sears-2004q2.txt';
  it("the section's rate is the segment's, and a rate two segments state is asked which", () => {
    const a = ask(F, 'gross margin rate in Q2 2004');
    expect(a.status).toBe('clarify');
    expect(ask(F, 'Sears Canada gross margin rate in Q2 2004').text).toContain('27.4%');
    expect(ask(F, 'domestic gross margin rate in Q2 2004').text).toContain('27.9%');
  });
});

describe('another company, brand or place the release names is not the issuer', () => {
  it("a brand or company the release prints only as a name declines; the issuer's own line is not given for it", () => {
    // (Lands' End is also a line of the release, its store count: its revenue is declined, never the issuer's nor 16 stores.)
    const brand = ask('sears-2004q2.txt', "What was Lands' End revenue in Q2 2004?");
    expect(brand.status).toBe('unknown');
    expect(brand.text).not.toMatch(/\$8\.8 billion|\b16\b/);
    const a = ask('sears-2004q2.txt', 'How much did Kmart earn in Q2 2004?');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('$8.8 billion');
    expect(a.text).toMatch(/"Kmart" is a name that .* prints \(another company, a brand, project or place\), but none of its lines is about it/);
    // What the release says of the name may be asked: its words, never a figure.
    const said = ask('sears-2004q2.txt', 'what did the release say about Kmart?');
    expect(said.status).toBe('answer');
    expect(said.text).toContain('Kmart');
    // A capitalised word the release never prints is not recognised; it is not called a company.
    const unknownWord = ask('sears-2004q2.txt', 'What was NPL in Q2 2004?');
    expect(unknownWord.status).toBe('unknown');
    expect(unknownWord.text).toContain('I don\'t recognise "NPL"');
    expect(unknownWord.text).not.toContain('another company');
    expect(ask('sears-2004q2.txt', 'What were total revenues in Q2 2004?').text).toContain('$8.8 billion');
  });
});

describe('share repurchases printed as a cash-flow row', () => {
  it('the period asked, else the latest, each figure with its period: never both columns under one name', () => {
    const now = ask('aapl-2024q1.htm', 'how much stock did they buy back in Q1');
    expect(now.text).toContain('$20.1 billion (in fiscal Q1 2024), an outflow printed in parentheses');
    expect(now.text).not.toContain('19.5');
    const before = ask('aapl-2024q1.htm', 'how much stock did they buy back in the year-ago quarter');
    expect(before.text).toContain('$19.5 billion (in fiscal Q1 2023), an outflow printed in parentheses');
    expect(before.text).not.toContain('20.1');
  });
});

describe('a balance a year earlier on a 52/53-week calendar', () => {
  it('"and a year ago?" after a balance date is the prior year\'s column of its own date, and the change says that date', () => {
    const engine = sharedEngine(`${DIR}/bke-2024q3.html`);
    expect(engine.ask('what was inventory as of November 2, 2024?', 'bke-inv').text).toContain('$149.4 million');
    const before = engine.ask('and one year earlier?', 'bke-inv');
    expect(before.status).toBe('answer');
    expect(before.text).toContain('$152.3 million as of October 28, 2023');
    const change = engine.ask('by how much did it change?', 'bke-inv');
    expect(change.text).toContain('from $152.3 million as of October 28, 2023');
    expect(change.text).not.toMatch(/November (?:2|30), 2023/);
  });
});

describe('a bare generic name is the company\'s whole line, never one segment\'s', () => {
  it('"revenue" at Caterpillar is its sales and revenues, not the "Total Revenues" of the Financial Products section', () => {
    for (const q of ['revenue?', 'revenues?', 'what were revenues in Q1 2022?', 'total revenue']) {
      const a = ask('cat-2022q1.htm', q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toMatch(/\$13\.6 billion|\$13,589/);
      expect(a.text, q).not.toContain('783');
    }
    // The segment named asks its lines.
    expect(ask('cat-2022q1.htm', 'Financial Products revenues?').text).toContain('$703.0 million');
  });
});

describe('a balance date the prose names by words is dated as the release dates its own balance columns', () => {
  it('"the prior year quarter end" and "year end" of a 52/53-week year are its columns June 28, 2003 and January 3, 2004, never a calendar count', () => {
    const a = ask('sears-2004q2.txt', 'domestic term debt at quarter end vs a year ago');
    expect(a.text).toContain('$23.9 billion as of June 28, 2003');
    expect(a.text).not.toContain('July 3, 2003');
    expect(ask('sears-2004q2.txt', 'domestic term debt at year end').text).toContain('$5.3 billion as of January 3, 2004');
  });
});

describe('a line set against its twin on the basis said after "vs": both sides, or a decline', () => {
  it('"adjusted profit per share 1Q22 vs the GAAP one" gives the adjusted and the GAAP figure (f4-c06); "vs GAAP" on another release too', () => {
    const a = ask('cat-2022q1.htm', 'adjusted profit per share 1Q22 vs the GAAP one');
    expect(a.text).toContain('$2.88');
    expect(a.text).toContain('$2.86');
    const o = ask('orcl-2022q4.htm', 'non-GAAP EPS q4 vs GAAP');
    expect(o.text).toContain('$1.54');
    expect(o.text).toContain('$1.16');
  });

  it('a release with no line on the other basis declines, never answering the one side alone', () => {
    const a = ask('bke-2024q3.html', 'net income vs the non-GAAP one');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('$44.2 million');
  });
});
