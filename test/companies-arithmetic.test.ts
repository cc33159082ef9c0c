// Arithmetic between two companies' figures (intents/across.ts): each company's lead figure, added up or
// one less the other in the order named, both cited and the formula shown; which one is the larger or the
// smaller where asked. The seed (Qifu Technology, Q1 2024 release) and the synthetic Lumen Finance release.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { ACROSS_RULES, acrossCompanies, whichOne } from '../src/intents/across.js';
import type { Company } from '../src/knowledge/companies.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { writeTmp } from './knowledge-helpers.js';

const SEED = 'data/releases/qfin-2024q1.md';
const LUMEN = 'test/fixtures/lumen-2023q4.md';
// Loaded by the first question, inside a test (not in a hook): a load that fails or runs long on a loaded machine is
// that test's failure, which a mutation run counts, where a failing hook would leave the file with no tests run.
let loaded: Company[] | undefined;
const companies = () => (loaded ??= loadKnowledge([SEED, LUMEN], () => {}).companies);
let engine: Engine | undefined;
let n = 0;
const ask = (q: string) => (engine ??= buildEngine(companies())).ask(q, `arith${n++}`);
const cited = (a: Answer) => a.citations.map((c) => `${c.document}:${c.line}`);

describe('two companies added up or set one against the other', () => {
  it('says which is the more, with the difference as a positive amount and its formula in the order named', () => {
    const a = ask('Qifu minus Lumen net income in Q4 2023');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')).toEqual([
      'Net income of Qifu Technology is RMB657.0 million more than that of Lumen Finance Holdings in Q4 2023: RMB1,107.7 million (Qifu Technology) − RMB450.7 million (Lumen Finance Holdings).',
      'How: Difference = RMB1,107.7 million (Qifu Technology) − RMB450.7 million (Lumen Finance Holdings).',
    ]);
    expect(a.period).toBe('Q4 2023');
    expect(cited(a)).toEqual([`${SEED}:125`, `${LUMEN}:216`]);
  });

  it('adds up the lines each company leads with, both cited, the formula shown', () => {
    const a = ask('Qifu and Lumen total operating costs and expenses in Q4 2023 combined');
    expect(a.text.split('\n')).toEqual([
      'Total operating costs and expenses of Qifu Technology and Lumen Finance Holdings added up to RMB4,554.7 million in Q4 2023: RMB3,215.9 million (Qifu Technology) + RMB1,338.8 million (Lumen Finance Holdings).',
      'How: Combined = RMB3,215.9 million (Qifu Technology) + RMB1,338.8 million (Lumen Finance Holdings).',
    ]);
    expect(cited(a)).toEqual([`${SEED}:99`, `${LUMEN}:209`]);
  });

  it('declines figures of two periods, and names the companies to ask one at a time', () => {
    const a = ask('Lumen minus Qifu net income');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("I can add or subtract two companies' figures only where each company answers the question with one amount, in one currency, for the same period: ask about Lumen Finance Holdings and Qifu Technology one at a time.");
    expect(a.citations).toEqual([]);
    expect(a.reason).toBe('out-of-scope');
  });

  it('gives a difference the other way round its sign in the calculation a chat shows beside the answer', () => {
    const a = ask('Lumen minus Qifu net income in Q4 2023');
    expect(a.text.split('\n')[0]).toBe('Net income of Lumen Finance Holdings is RMB657.0 million less than that of Qifu Technology in Q4 2023: RMB450.7 million (Lumen Finance Holdings) − RMB1,107.7 million (Qifu Technology).');
    expect(a.derivations).toEqual([{ label: 'Difference', value: '−RMB657.0 million', formula: 'RMB450.7 million (Lumen Finance Holdings) − RMB1,107.7 million (Qifu Technology)' }]);
    expect(ask('Qifu minus Lumen net income in Q4 2023').derivations[0]?.value).toBe('RMB657.0 million');
  });
});

describe('which company has the larger or smaller figure', () => {
  it('names the smaller where the question asks for the smallest', () => {
    const a = ask('which had the smallest net income in Q4 2023, Qifu or Lumen?');
    expect(a.text.split('\n')[2]).toBe('Lumen Finance Holdings has the smaller figure in Q4 2023: RMB450.7 million, against RMB1,107.7 million (Qifu Technology).');
  });
});

describe('the words that ask for arithmetic between companies (ACROSS_RULES)', () => {
  const corpus = readFileSync('test/corpus/across.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { q: string; op: string | null; words?: string; rule: string });
  it.each(corpus.map((c) => [c.q, c]))('%s', (_q, c) => {
    const rule = ACROSS_RULES.find((r) => r.pattern.test(c.q));
    expect(rule ? rule.op : 'none', c.rule).toBe(c.op);
    // The words the rule takes out of the question each company is asked.
    if (rule) expect(c.q.match(rule.pattern)?.[0], c.rule).toBe(c.words);
  });
});

describe('which company has the larger or smaller figure, from each one\'s own answer', () => {
  // Each company's own answer, asked of that company alone (once, when a test first needs it).
  const asked = new Map<string, { company: Company; answer: Answer }>();
  const own = (key: string, q: string) => {
    const company = companies().find((c) => c.key === key)!;
    if (!asked.has(`${key} ${q}`)) asked.set(`${key} ${q}`, { company, answer: buildEngine([company]).ask(q, 'own') });
    return asked.get(`${key} ${q}`)!;
  };
  const parts = {
    get qifu() { return own('QFIN', 'net income in Q4 2023'); },
    get lumen() { return own('LMFH', 'net income in Q4 2023'); },
    get qifuNow() { return own('QFIN', 'net income in Q1 2024'); },
    get qifuMargin() { return own('QFIN', 'net income margin in Q1 2024'); },
    get lumenUnknown() { return own('LMFH', 'customers in Q4 2023'); },
  };
  const DECLINED = "I can add or subtract two companies' figures only where each company answers the question with one amount, in one currency, for the same period: ask about Qifu Technology and Qifu Technology one at a time.";
  const LARGER = 'Qifu Technology has the larger figure in Q4 2023: RMB1,107.7 million, against RMB450.7 million (Lumen Finance Holdings).';
  const SMALLER = 'Lumen Finance Holdings has the smaller figure in Q4 2023: RMB450.7 million, against RMB1,107.7 million (Qifu Technology).';

  it.each(['more', 'most', 'higher', 'highest', 'larger', 'largest', 'bigger', 'biggest', 'greater', 'greatest'])('"which had %s net income": the larger', (word) => {
    expect(whichOne(`which had ${word} net income in Q4 2023, Qifu or Lumen?`, [parts.qifu, parts.lumen])).toBe(LARGER);
    expect(whichOne(`which had ${word} net income in Q4 2023, Lumen or Qifu?`, [parts.lumen, parts.qifu])).toBe(LARGER);
  });

  it.each(['fewer', 'least', 'lower', 'lowest', 'smaller', 'smallest'])('"which had %s net income": the smaller', (word) => {
    expect(whichOne(`which had ${word} net income in Q4 2023, Qifu or Lumen?`, [parts.qifu, parts.lumen])).toBe(SMALLER);
  });

  it('says nothing where the question asks neither, or by a word that only starts like one', () => {
    expect(whichOne('compare Qifu and Lumen net income in Q4 2023', [parts.qifu, parts.lumen])).toBeNull();
    expect(whichOne('which company lowered its net income in Q4 2023, Qifu or Lumen?', [parts.qifu, parts.lumen])).toBeNull();
    expect(whichOne('Qifu and Lumen net income in Q4 2023, moreover', [parts.qifu, parts.lumen])).toBeNull();
  });

  it('names every other figure against the first, and says where two are equal', () => {
    expect(whichOne('which had the most net income in Q4 2023?', [parts.lumen, parts.qifu, parts.lumen])).toBe(
      'Qifu Technology has the larger figure in Q4 2023: RMB1,107.7 million, against RMB450.7 million (Lumen Finance Holdings), RMB450.7 million (Lumen Finance Holdings).',
    );
    expect(whichOne('which had the most net income in Q4 2023?', [parts.qifu, parts.qifu])).toBe('The two are equal in Q4 2023: RMB1,107.7 million.');
  });

  it('ranks nothing of two periods, a percentage, an answer with no figure, or a single company', () => {
    expect(whichOne('which had more net income?', [parts.qifuNow, parts.lumen])).toBeNull();
    expect(whichOne('which had more net income?', [parts.lumen, parts.qifuNow])).toBeNull();
    expect(parts.qifuMargin.answer.text).toMatch(/%/);
    expect(whichOne('which had the higher margin?', [parts.qifuMargin, parts.qifuMargin])).toBeNull();
    expect(parts.lumenUnknown.answer.status).not.toBe('answer');
    expect(whichOne('which had more?', [parts.qifu, parts.lumenUnknown])).toBeNull();
    expect(whichOne('which had more net income?', [parts.qifu])).toBeNull();
  });

  // An amount per ADS is no amount: never added to one or ranked against one, though both are in renminbi.
  it('adds up and ranks no amount against an amount per ADS, in either order', () => {
    const perAds = own('QFIN', 'diluted net income per ADS in Q1 2024');
    expect(perAds.answer.text).toMatch(/^Diluted net income per ADS was RMB\d/);
    for (const pair of [[parts.qifuNow, perAds], [perAds, parts.qifuNow]]) {
      expect(acrossCompanies('sum', pair).text).toBe(DECLINED);
      expect(whichOne('which had more?', pair)).toBeNull();
    }
  });
});

// Three synthetic companies, each release one quarter: two in renminbi whose figures are equal, one in US dollars.
// Kestrel's net income is the same in both quarters, and a line above it prints the same figure: only the cited line's
// figure for the answer's period is the one it leads with.
const synthetic = (name: string, ticker: string, currency: string, netIncome: string, margin: string, above = '') => `<!-- Synthetic release for tests: an invented company, invented figures. -->

# ${name} Reports Fourth Quarter 2023 Results

**SHANGHAI, February 20, 2024** — ${name} (NASDAQ: ${ticker}) today reported results for the quarter ended December 31, 2023.

## Condensed statements of operations

| ${currency}'000 | Q4 2022 | Q4 2023 |
|---|---|---|
| Total revenues | 900 | 1,000 |
${above}| Net income | ${netIncome} |

## Operating data

| | Q4 2022 | Q4 2023 |
|---|---|---|
| Net income margin (%) | 10.0 | ${margin} |
`;

describe('what is never added up or ranked across companies', () => {
  let three: Engine | undefined;
  const load = () => {
    const files = [synthetic('Kestrel Lending Ltd.', 'KSTL', 'RMB', '120 | 120', '12.0', '| Operating income | 110 | 120 |\n'), synthetic('Osprey Credit Ltd.', 'OSPR', 'RMB', '90 | 120', '12.0'), synthetic('Heron Finance Inc.', 'HRNF', 'US$', '90 | 150', '15.0')];
    return buildEngine(loadKnowledge(files.map((text, i) => writeTmp(`across-${i}.md`, text)), () => {}).companies);
  };
  const asked = (q: string) => (three ??= load()).ask(q, `three${n++}`);

  it('declines figures in two currencies, and ranks none', () => {
    expect(asked('Kestrel plus Heron net income in Q4 2023').text).toBe("I can add or subtract two companies' figures only where each company answers the question with one amount, in one currency, for the same period: ask about Kestrel Lending and Heron Finance one at a time.");
    expect(asked('which had more net income in Q4 2023, Kestrel or Heron?').text.split('\n')).toEqual(['Kestrel Lending: Net income was RMB120 thousand in Q4 2023.', 'Heron Finance: Net income was $150 thousand in Q4 2023.']);
  });

  it('declines adding up percentages', () => {
    expect(asked('Kestrel plus Osprey net income margin in Q4 2023').status).toBe('unknown');
  });

  it('declines adding up three companies: only two at a time', () => {
    expect(asked('Kestrel plus Osprey plus Heron net income in Q4 2023').text).toMatch(/^I can add or subtract two companies' figures only where/);
  });

  it('adds up the figure of the line and quarter each answer cites, not the same digits of another line or quarter', () => {
    const a = asked('Kestrel plus Osprey net income in Q4 2023');
    expect(a.text.split('\n')[0]).toBe('Net income of Kestrel Lending and Osprey Credit added up to RMB240 thousand in Q4 2023: RMB120 thousand (Kestrel Lending) + RMB120 thousand (Osprey Credit).');
  });

  it('says two equal figures are equal, never one more than the other', () => {
    const a = asked('Kestrel minus Osprey net income in Q4 2023');
    expect(a.text.split('\n')[0]).toBe('Net income of Kestrel Lending equals that of Osprey Credit in Q4 2023: RMB120 thousand (Kestrel Lending) − RMB120 thousand (Osprey Credit).');
    expect(asked('which had more net income in Q4 2023, Kestrel or Osprey?').text.split('\n')[2]).toBe('The two are equal in Q4 2023: RMB120 thousand.');
  });
});
