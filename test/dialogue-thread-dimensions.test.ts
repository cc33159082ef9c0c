// A thread's dimensions hold for a question that names a new line but none of them: the period it named (the 39
// weeks, Q1 2023), the segment or basis its lines are of (Sears Canada, non-GAAP) and the currency asked. Where
// the segment has no such line the bot declines naming it, never answering the whole company's figure
// (intents/thread-segment.ts, the dialogue's context). filed3 f3-bke-09 and f3-sears-02; the rest worded apart.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const engines = new Map<string, Engine>();
function thread(file: string, questions: string[]) {
  if (!engines.has(file)) engines.set(file, sharedEngine(file));
  const conversation = `c-${questions.join('|')}`;
  return questions.map((q) => engines.get(file)!.ask(q, conversation));
}
const FILED = '../shared/releases/filed';
const SEED = 'data/releases/qfin-2024q1.md';

describe('a new line asked in a thread keeps its period', () => {
  it('the 39 weeks: diluted EPS and the change in net income are the 39 weeks\', never the quarter\'s', () => {
    const [ni, eps, change] = thread(`${FILED}/bke-2024q3.html`, ['net income for the 39 weeks', 'diluted eps?', 'yoy chg in NI?']);
    expect(ni!.text).toContain('$118.3 million');
    expect(eps!.status).toBe('answer');
    expect(eps!.text).toContain('$2.35');
    expect(eps!.text).not.toContain('$0.88');
    expect(change!.text).toContain('15.7%');
    expect(change!.text).toContain('$140.3 million');
  });

  it('a quarter named earlier: EPS and revenue of Q1 2023, until a question names its own period', () => {
    const [, eps, revenue, own] = thread(SEED, ['net income in Q1 2023', 'diluted EPS?', 'total net revenue?', 'net income in Q1 2024?']);
    expect(eps!.text).toContain('RMB5.64');
    expect(eps!.text).toContain('Q1 2023');
    expect(revenue!.text).toContain('RMB3,599.2 million');
    expect(own!.text).toContain('RMB1,160.1 million');
  });

  it('a change asked of a quarter the release has no year before of declines, never answering this quarter\'s', () => {
    const [, change] = thread(SEED, ['net income in Q1 2023', 'yoy change in net income?']);
    expect(change!.status).toBe('unknown');
    expect(change!.text).toContain('Q1 2022');
  });
});

describe('a new line asked in a thread keeps its segment, basis and currency', () => {
  it("Sears Canada: operating income and its margin are Sears Canada's", () => {
    const [, op, margin] = thread(`${FILED}/sears-2004q2.txt`, ['Sears Canada revenues 13 wks ended July 3 2004', 'op income?', 'margin?']);
    expect(op!.text).toContain('Sears Canada');
    expect(op!.text).toContain('$11.0 million');
    expect(op!.text).not.toContain('$53.0 million');
    expect(margin!.text).toContain('1.0%');
    expect(margin!.text).toContain('11 ÷ 1,108');
  });

  it('a line the segment does not print declines naming the segment; "consolidated" asks the whole', () => {
    const [, eps, whole] = thread(`${FILED}/sears-2004q2.txt`, ['Sears Canada revenues for the second quarter', 'diluted EPS?', 'consolidated operating income?']);
    expect(eps!.status).toBe('unknown');
    expect(eps!.text).toContain('Sears Canada');
    expect(whole!.text).toContain('$53.0 million');
  });

  it("Construction Industries (a segment's section and its line in a table by segment): profit is the segment's, a line it lacks declines", () => {
    const [, profit, op] = thread(`${FILED}/cat-2022q1.htm`, ['Construction Industries sales', 'profit?', 'operating profit?']);
    expect(profit!.text).toContain('Construction Industries');
    expect(profit!.text).toContain('$1.06 billion');
    expect(op!.status).toBe('unknown');
    expect(op!.text).toContain('Construction Industries');
  });

  it('a segment printed only as a row of a table by segment or category (Apple\'s "Greater China", "iPhone"): a line it lacks declines naming it, never the company\'s', () => {
    for (const [part, line] of [['Greater China net sales?', 'operating income?'], ['iPhone sales?', 'net income?'], ['Europe revenue', 'gross margin?']] as const) {
      const [, reply] = thread(`${FILED}/aapl-2024q1.htm`, [part, line]);
      expect(reply!.status, part).toBe('unknown');
      expect(reply!.text, part).toMatch(/This thread is about (?:Greater China|iPhone|Europe); the release gives no/);
      expect(reply!.text, part).not.toMatch(/\$40\.4 billion|\$33\.9 billion/);
    }
    const [, , whole] = thread(`${FILED}/aapl-2024q1.htm`, ['Greater China net sales?', 'operating income?', 'operating income for the whole company?']);
    expect(whole!.text).toContain('$40.4 billion');
  });

  it('the segment and the six months both hold', () => {
    const [, op] = thread(`${FILED}/sears-2004q2.txt`, ['Domestic revenues for the 26 weeks', 'operating income?']);
    expect(op!.text).toContain('Domestic Operating income');
    expect(op!.text).toContain('6 months');
  });

  it("non-GAAP: diluted EPS after non-GAAP operating income is the non-GAAP figure", () => {
    const [, eps] = thread(`${FILED}/orcl-2022q4.htm`, ['non-GAAP operating income for the quarter', 'diluted eps?']);
    expect(eps!.text).toContain('Non-GAAP');
    expect(eps!.text).toContain('$1.54');
  });

  it('adjusted: profit after adjusted profit per share is adjusted profit', () => {
    const [, profit] = thread(`${FILED}/cat-2022q1.htm`, ['adjusted profit per share', 'profit?']);
    expect(profit!.text).toContain('Adjusted Profit');
    expect(profit!.text).toContain('$1.55 billion');
  });

  it('non-GAAP on the seed release: diluted EPS of Q1 2023 on the non-GAAP basis', () => {
    const [, eps] = thread(SEED, ['non-GAAP net income in Q1 2023', 'diluted EPS?']);
    expect(eps!.text).toMatch(/non-GAAP net income per ADS was RMB5\.92 in Q1 2023/i);
  });

  it('a currency asked holds for the next line', () => {
    const [, ni] = thread(SEED, ['total net revenue in USD', 'net income?']);
    expect(ni!.text).toContain('US$160.7 million');
    expect(ni!.text).not.toContain('RMB');
  });
});
