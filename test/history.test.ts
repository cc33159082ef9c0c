// Histories (issue 10) over synthetic releases (test/fixtures/history/, each marked synthetic in its first
// line): five consecutive quarters of Aurora Lending (Q1 2023–Q1 2024; Q1 2023 restated in the Q1 2024
// release, whose table is a markdown pipe table with an "(As restated)" column; "Total net revenues" and
// "Net income (1)" in some quarters; each release guiding the next quarter's net income) and two quarters
// of Borealis Credit, loaded together.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { readHistory } from '../src/intents/recognisers/history.js';
import type { Company } from '../src/knowledge/companies.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const DIR = 'test/fixtures/history';
const files = readdirSync(DIR).map((f) => `${DIR}/${f}`);
// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let companies: Company[];
let aurora: Engine;
let both: Engine;
beforeAll(() => {
  ({ companies } = loadKnowledge(files, () => {}));
  aurora = buildEngine(companies.filter((c) => c.key === 'AURL'));
  both = buildEngine(companies);
});
let n = 0;
const ask = (q: string, thread = `h${n++}`, engine = aurora) => engine.ask(q, thread);
const documents = (a: Answer) => [...new Set(a.citations.map((c) => c.document.replace(`${DIR}/`, '')))].sort();
const AURORA = ['aurora-2023q1.md', 'aurora-2023q2.md', 'aurora-2023q3.md', 'aurora-2023q4.md', 'aurora-2024q1.md'];

describe('the history recogniser: named rules pinned by test/corpus/history.jsonl', () => {
  const current = { kind: 'duration', end: '2024-03-31', months: 3 } as const;
  it.each(readFileSync('test/corpus/history.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { q: string; op: string | null; span?: string; n?: number; chart?: boolean; rest?: string; thread?: boolean }).map((c) => [c.q, c]))('%s', (_q, c) => {
    const h = readHistory(c.q.toLowerCase(), current, c.thread);
    expect(h?.op ?? null).toBe(c.op);
    if (c.span) expect(h?.span?.kind).toBe(c.span);
    if (c.n) expect(h?.span).toMatchObject({ n: c.n });
    if (c.chart !== undefined) expect(h?.chart).toBe(c.chart);
    if (c.rest !== undefined) expect(h?.rest).toBe(c.rest);
  });
});

describe('one history per metric: five consecutive quarters', () => {
  it('keeps one line across releases whatever its wording or footnote marks', () => {
    const kb = companies.find((c) => c.key === 'AURL')!.kb;
    expect([...kb.metrics.keys()].filter((id) => /revenue/.test(id))).toEqual(['total_net_revenue']);
    expect(ask('total net revenue Q3 2023').text).toBe('Total net revenue was RMB1,140.0 million in Q3 2023.');
  });

  it('answers every quarter, oldest first, citing each release it draws on', () => {
    const a = ask('net income since Q1 2023');
    expect(a.text).toContain('Net income, Q1 2023–Q1 2024 (5 quarters): Q1 2023 RMB297.5 million');
    expect(a.text).toMatch(/Q2 2023 RMB340\.0 million; Q3 2023 RMB357\.0 million; Q4 2023 RMB354\.0 million; Q1 2024 RMB374\.0 million\.$/m);
    expect(documents(a)).toEqual(AURORA);
    expect(a.chart).toBeUndefined();
  });

  it('answers a restated figure from the latest release and mentions the first one, both cited', () => {
    const a = ask('net income in Q1 2023');
    expect(a.text).toBe('Net income was RMB297.5 million in Q1 2023 (as restated in the Q1 2024 release; first reported as RMB306.0 million in the Q1 2023 release).');
    expect(documents(a)).toEqual(['aurora-2023q1.md', 'aurora-2024q1.md']);
    const first = ask('net income in Q1 2023 as first reported');
    expect(first.text).toBe('Net income was RMB306.0 million in Q1 2023 (as first reported in the Q1 2023 release; restated to RMB297.5 million in the Q1 2024 release).');
    expect(documents(first)).toEqual(['aurora-2023q1.md', 'aurora-2024q1.md']);
    // A figure no later release restates is the same figure however it is asked.
    expect(ask('net income in Q2 2023 as originally reported').text).toBe('Net income was RMB340.0 million in Q2 2023.');
  });

  it('highest, lowest, average, compound growth, trend, sequential changes and sums over spans', () => {
    expect(ask('which quarter had the highest net income').text).toContain('Net income was highest in Q1 2024, at RMB374.0 million');
    expect(ask('lowest quarter for net income since Q2 2023').text).toContain('lowest in Q2 2023, at RMB340.0 million');
    expect(ask('average net income over the last 4 quarters').text).toContain('was RMB356.3 million');
    expect(ask('compound quarterly growth of total net revenue since Q1 2023').text).toContain('compound 4.5% a quarter (19.4% a year) over the 4 quarters');
    expect(ask('is net income trending up?').text).toContain('Net income is trending up');
    expect(ask('QoQ changes in net income over the last 4 quarters').text).toContain('Q4 2023 RMB354.0 million, down 0.8% from Q3 2023');
    const ttm = ask('net income TTM');
    expect(ttm.text).toContain('added up to RMB1,425.0 million');
    // Worked from the figures as printed (thousands), so the formula adds up to the sum it shows.
    expect(ttm.derivations[0]!.formula).toBe('340,000 + 357,000 + 354,000 + 374,000');
    expect(documents(ttm)).toEqual(AURORA.slice(1));
  });

  it('finds the quarter a superlative asks for wherever the words stand, and reads "quarter" there as no period', () => {
    expect(ask('in what quarter was Aurora net income at its lowest?', 'pick', both).text).toMatch(/^Aurora Lending Holdings: Net income was lowest in Q1 2022, at RMB255\.0 million, of Q1 2022–Q1 2024/);
    expect(ask('weakest total net revenue quarter since Q3 2023').text).toContain('Total net revenue was lowest in Q3 2023, at RMB1,140.0 million, of Q3 2023–Q1 2024 (3 quarters)');
    expect(ask('when did net income bottom out in 2023?').text).toContain('Net income was lowest in Q1 2023');
  });

  it('year-on-year changes along a span compare each quarter with the same quarter a year earlier, never the one before', () => {
    const a = ask('net income growth year over year for each of the last 3 quarters');
    expect(a.text).toBe('Net income, change from the same quarter a year earlier: Q3 2023 RMB357.0 million, up 27.3% from RMB280.5 million in Q3 2022; Q4 2023 RMB354.0 million, up 22.5% from RMB289.0 million in Q4 2022; Q1 2024 RMB374.0 million, up 25.7% from RMB297.5 million (as restated in the Q1 2024 release; first reported as RMB306.0 million in the Q1 2023 release) in Q1 2023.');
    expect(a.text).not.toContain('from Q3 2023');
    expect(documents(a)).toEqual([AURORA[0]!, ...AURORA.slice(2)]);
  });

  it('reads a year\'s quarters asked "which quarter of 2023", quarterly figures "for 2023", and TTM to a named quarter', () => {
    expect(ask('which quarter of 2023 had the lowest net income?').text).toContain('Net income was lowest in Q1 2023, at RMB297.5 million, of Q1 2023–Q4 2023 (4 quarters)');
    expect(ask('average quarterly net income for 2023').text).toContain('The average of net income over Q1 2023–Q4 2023 (4 quarters) was RMB337.1 million');
    const ttm = ask('LTM net income ended Q4 2023');
    expect(ttm.text).toContain('Net income over Q1 2023–Q4 2023 (4 quarters) added up to RMB1,348.5 million');
    expect(documents(ttm)).toEqual(AURORA);
  });

  it('takes the extreme, average or trend of the changes asked, not of the figures, each change\'s inputs shown', () => {
    const a = ask('in which 2023 quarter did net income growth yoy peak?');
    expect(a.text).toMatch(/^Net income growth year over year was highest in Q3 2023, at 27\.3%, of Q1 2023–Q4 2023 \(4 quarters\): 16\.7% in Q1 2023; 25\.0% in Q2 2023; 27\.3% in Q3 2023; 22\.5% in Q4 2023\./);
    expect(a.derivations[0]!.formula).toBe('RMB297.5 million (as restated in the Q1 2024 release; first reported as RMB306.0 million in the Q1 2023 release) ÷ RMB255.0 million − 1');
    expect(documents(a)).toEqual(AURORA);
    // A change with no basis named is not guessed.
    expect(ask('which quarter had the highest net income growth').status).toBe('unknown');
  });

  it('computes a ratio no line prints quarter by quarter from its two lines, each cited, with each computation', () => {
    const a = ask('net income margin each quarter of 2023');
    expect(a.text).toMatch(/^Net income margin, Q1 2023–Q4 2023 \(4 quarters\): Q1 2023 28\.9%; Q2 2023 30\.9%; Q3 2023 31\.3%; Q4 2023 30\.0%\./);
    expect(a.derivations.map((d) => d.formula)).toContain('354,000 ÷ 1,180,000 × 100');
    // Q1 2023's two lines from the release that restates them (Q1 2024), the others from their own.
    expect(documents(a)).toEqual(AURORA.slice(1));
    expect(ask('in which quarter was net margin lowest since Q2 2023?').text).toContain('Net income margin was lowest in Q4 2023, at 30.0%');
  });

  it('answers every period of a list, and names those the releases lack', () => {
    const a = ask('net income in Q2 2023, Q3 2023, Q4 2023 and Q3 2024');
    expect(a.text).toContain('Q2 2023 RMB340.0 million; Q3 2023 RMB357.0 million; Q4 2023 RMB354.0 million');
    expect(a.text).toContain("The releases loaded don't give Net income for Q3 2024.");
  });

  it('follows up along the thread\'s span: average, add them up, another line', () => {
    ask('net income over the last 4 quarters', 'span');
    expect(ask('average?', 'span').text).toContain('The average of net income over Q2 2023–Q1 2024 (4 quarters) was RMB356.3 million');
    expect(ask('add them up', 'span').text).toContain('added up to RMB1,425.0 million');
    expect(ask('and total net revenue?', 'span').text).toContain('Total net revenue, Q2 2023–Q1 2024 (4 quarters)');
  });

  it('a change asked after two quarters shown runs between those two, never to the latest quarter loaded', () => {
    ask('Aurora net income Q4 2023', 'pair', both);
    expect(ask('and Q2 2023?', 'pair', both).text).toContain('RMB340.0 million in Q2 2023');
    const a = ask('percent change?', 'pair', both);
    expect(a.text).toContain('RMB354.0 million in Q4 2023, up 4.1%, from RMB340.0 million in Q2 2023');
    expect(a.text).not.toContain('374.0');
    expect(documents(a)).toEqual(['aurora-2023q2.md', 'aurora-2023q4.md']);
  });

  it('fills the chart for a chart or trend question, with the company, metric, unit, periods and sources', () => {
    const a = ask('chart net income since Q1 2023');
    expect(a.chart).toEqual({
      kind: 'line',
      title: 'Aurora Lending Holdings Ltd.: net income (RMB thousands), Q1 2023 to Q1 2024',
      unit: 'RMB thousands',
      categories: ['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024'],
      series: [{ name: 'Net income', values: [297500, 340000, 357000, 354000, 374000] }],
      sources: expect.arrayContaining(['test/fixtures/history/aurora-2024q1.md:36', 'test/fixtures/history/aurora-2023q2.md:35']),
    });
    expect(a.chart!.sources).toHaveLength(4); // Q1 2023 (restated) and Q1 2024 stand on one line of the Q1 2024 release
    expect(ask('is total net revenue trending up').chart?.categories).toHaveLength(9);
  });
});

describe('guidance against the actual', () => {
  it('beat, within and missed, by how much against the range and its midpoint, both releases cited', () => {
    const beat = ask('did they beat Q1 2024 guidance?');
    expect(beat.text).toContain('The Q4 2023 release guided net income for Q1 2024 between RMB360 million and RMB370 million; the Q1 2024 release reports RMB374.0 million, so the company beat it, RMB4.0 million above the top of the range: RMB9.0 million (2.5%) above the midpoint of RMB365 million.');
    expect(documents(beat)).toEqual(['aurora-2023q4.md', 'aurora-2024q1.md']);
    expect(ask('Q2 2023 net income vs guidance').text).toContain('came in within it: RMB5.0 million (1.5%) above the midpoint');
    expect(ask('did net income beat the Q3 2023 outlook').text).toContain('missed it, RMB3.0 million below the bottom of the range');
  });

  it('never answers a guided period no release reports with its range', () => {
    const a = ask('did they beat Q2 2024 guidance');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('No release loaded reports the actual net income for Q2 2024');
  });

  it('works as a follow-up in a thread about the company', () => {
    ask('Aurora net income Q4 2023', 'g', both);
    const a = ask('did they beat guidance?', 'g', both);
    expect(a.text).toMatch(/^Aurora Lending Holdings: The Q3 2023 release guided net income for Q4 2023 between RMB340 million and RMB350 million; the Q4 2023 release reports RMB354.0 million, so the company beat it/);
  });
});

describe('two companies with histories', () => {
  it('asks which company a history is of, and answers the one named with its releases only', () => {
    expect(ask('net income each quarter', 'two', both).status).toBe('clarify');
    const a = ask('Borealis net income each quarter', 'b', both);
    expect(a.text).toMatch(/^Borealis Credit: Net income, Q4 2022–Q1 2024/);
    expect(documents(a)).toEqual(['borealis-2023q4.md', 'borealis-2024q1.md']);
    expect(a.text).not.toContain('374.0');
  });

  it("reads an abbreviation one company's release defines as the same line of another that prints only the long form", () => {
    const dir = mkdtempSync(join(tmpdir(), 'qfin-abbr-'));
    try {
      const aurora = readFileSync(`${DIR}/aurora-2024q1.md`, 'utf8').replace('Loan origination volume was', 'Loan origination volume (LOV) was');
      writeFileSync(join(dir, 'aurora-2024q1.md'), aurora);
      copyFileSync(`${DIR}/borealis-2024q1.md`, join(dir, 'borealis-2024q1.md'));
      const two = buildEngine(loadKnowledge(readdirSync(dir).map((f) => join(dir, f)), () => {}).companies);
      expect(two.ask('Borealis LOV Q1 2024', 'lov').text).toBe('Borealis Credit: Loan origination volume was RMB5,600 million in Q1 2024.');
      expect(two.ask('aurora LOV in Q1 2024', 'lov2').text).toContain('RMB12,300 million');
      // Without the release that defines it, the letters are still the label's initials (naming/short-forms.ts).
      expect(buildEngine(companies).ask('Borealis LOV Q1 2024', 'lov3').text).toContain('RMB5,600 million');
      // Letters that are no line's initials nor defined anywhere name nothing.
      expect(buildEngine(companies).ask('Borealis LVX Q1 2024', 'lov4').status).toBe('unknown');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('takes no line name for a company ("EPS"), and declines a company not loaded', () => {
    expect(ask('What was EPS in Q1 2024?', 'eps', both).status).toBe('clarify');
    expect(ask('Lufax net income each quarter', 'lufax', both).reason).toBe('unknown-company');
  });
});
