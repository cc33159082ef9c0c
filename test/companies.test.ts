// Several companies loaded at once (issue 10): the seed (Qifu Technology) and the synthetic Lumen
// Finance release. The company a question names decides; with none named the thread's company, the
// default company, else the bot asks; an unnamed company is never guessed and an unknown one declines.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/adapters/config.js';
import { buildEngine } from '../src/bot.js';
import type { Engine } from '../src/intents/answer.js';
import { Lexicon } from '../src/intents/lexicon.js';
import { companiesNamed } from '../src/intents/recognisers/companies.js';
import type { Company } from '../src/knowledge/companies.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const SEED = 'data/releases/qfin-2024q1.md';
const LUMEN = 'test/fixtures/lumen-2023q4.md';
// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let companies: Company[];
let lexicons: Lexicon[];
let n = 0;
let engine: Engine;
beforeAll(() => {
  ({ companies } = loadKnowledge([SEED, LUMEN], () => {}));
  lexicons = companies.map((x) => new Lexicon(x.kb));
  engine = buildEngine(companies);
});
const ask = (q: string, thread = `c${n++}`) => engine.ask(q, thread);
const documents = (a: { citations: { document: string }[] }) => [...new Set(a.citations.map((c) => c.document))];

describe('several companies: the company named decides', () => {
  it('groups the releases by issuer, from the documents', () => {
    expect(companies.map((c) => [c.key, c.name])).toEqual([
      ['QFIN', 'Qifu Technology'],
      ['LMFH', 'Lumen Finance Holdings'],
    ]);
  });

  it.each(readFileSync('test/corpus/companies.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { q: string; named: string[]; rule: string }).map((c) => [c.q, c]))('recognises %s', (_q, c) => {
    const named = companiesNamed(c.q, companies, (w) => lexicons.some((l) => l.matcher.knows(w)));
    expect(named.map((x) => x.key), c.rule).toEqual(c.named);
  });

  it('answers for the company named, with its own release only, and names it', () => {
    const lumen = ask("What was Lumen Finance's net income in Q4 2023?");
    expect(lumen.status).toBe('answer');
    expect(lumen.text).toMatch(/^Lumen Finance Holdings: /);
    expect(documents(lumen)).toEqual([LUMEN]);
    const qifu = ask('QFIN net income Q1 2024');
    expect(qifu.text).toBe('Qifu Technology: Net income was RMB1,160.1 million (US$160.7 million) in Q1 2024.');
    expect(documents(qifu)).toEqual([SEED]);
  });

  it('never guesses an unnamed company: it asks which, and the reply picks', () => {
    const a = ask('net income in Q4 2023', 'pick');
    expect(a.status).toBe('clarify');
    expect(a.choices.map((c) => c.label)).toEqual(['Qifu Technology (QFIN)', 'Lumen Finance Holdings (LMFH)']);
    expect(a.citations).toEqual([]);
    const picked = ask('Lumen', 'pick');
    expect(picked.text).toMatch(/^Lumen Finance Holdings: Net income was .* in Q4 2023/);
    expect(documents(picked)).toEqual([LUMEN]);
  });

  it('keeps the company in the thread, and a company named changes it', () => {
    expect(ask('Lumen total net revenue Q4 2023', 't').text).toMatch(/^Lumen Finance Holdings: /);
    const next = ask('and net income?', 't');
    expect(next.text).toMatch(/^Lumen Finance Holdings: Net income/);
    expect(documents(next)).toEqual([LUMEN]);
    const other = ask('what about Qifu?', 't');
    expect(other.text).toMatch(/^Qifu Technology: Net income was RMB/);
    expect(documents(other)).toEqual([SEED]);
  });

  it('declines a company not loaded, naming it', () => {
    const apple = ask("What was Apple's revenue?");
    expect(apple.status).toBe('unknown');
    expect(apple.text).toContain('"Apple"');
    const foreign = ask("Qifu and Lufax's net income");
    expect(foreign.status).toBe('unknown');
  });

  it('answers a question of two companies with each one\'s own figure, named and cited, and never sets one against the other', () => {
    for (const q of ['compare Qifu and Lumen net income in Q4 2023', 'net income of both companies in Q4 2023', 'which one had more net income in Q4 2023, QFIN or LMFH?']) {
      const two = ask(q);
      expect(two.status, q).toBe('answer');
      expect(two.text.split('\n').slice(0, 2)).toEqual(['Qifu Technology: Net income was RMB1,107.7 million in Q4 2023.', 'Lumen Finance Holdings: Net income was RMB450.7 million (US$63.5 million) in Q4 2023.']);
      expect(documents(two).sort()).toEqual([SEED, LUMEN]);
    }
    // Which is larger, where asked, from the figures each leads with.
    expect(ask('which one had more net income in Q4 2023, QFIN or LMFH?').text).toContain('\nQifu Technology has the larger figure in Q4 2023: RMB1,107.7 million, against RMB450.7 million (Lumen Finance Holdings).');
    expect(ask('compare Qifu and Lumen net income in Q4 2023').text).not.toMatch(/larger|smaller/);
    // Every word of the arithmetic is taken out of the question each company is asked ("plus" and "combined").
    expect(ask('Qifu plus Lumen net income in Q4 2023 combined').text).toMatch(/^Net income of Qifu Technology and Lumen Finance Holdings added up to RMB1,558\.4 million/);
    const sum = ask('Qifu plus Lumen net income in Q4 2023');
    expect(sum.text).toMatch(/^Net income of Qifu Technology and Lumen Finance Holdings added up to RMB1,558\.4 million in Q4 2023: RMB1,107\.7 million \(Qifu Technology\) \+ RMB450\.7 million \(Lumen Finance Holdings\)\./);
    expect(documents(sum).sort()).toEqual([SEED, LUMEN]);
    // In the order named, with no sign to misread; a ratio of two companies' figures declines.
    expect(ask('Lumen minus Qifu net income in Q4 2023').text).toMatch(/^Net income of Lumen Finance Holdings is RMB657\.0 million less than that of Qifu Technology in Q4 2023/);
    expect(ask('ratio of Qifu to Lumen net income in Q4 2023').status).toBe('unknown');
    // Two different periods are never added up.
    expect(ask('Qifu plus Lumen net income').status).toBe('unknown');
    // One company unable to answer: neither is given, each one's reply is shown.
    const half = ask('Qifu and Lumen loan origination volume in Q4 2023');
    expect(half.status).toBe('unknown');
    expect(half.text).toMatch(/^I can answer that only for each company on its own/);
    expect(half.citations).toEqual([]);
    expect(half.text).not.toContain('48,312');
    expect(half.text).toContain('Ask about Lumen Finance Holdings (LMFH) alone for its figure.');
  });

  it('answers the default company when none is named (option or QFIN_COMPANY), and refuses an unknown default', () => {
    const e = buildEngine(companies, { company: 'lumen finance' });
    expect(e.ask('net income Q4 2023', 'd').text).toMatch(/^Lumen Finance Holdings: Net income/);
    expect(buildEngine(companies, { company: 'QFIN' }).ask('net income', 'd').text).toMatch(/^Qifu Technology: /);
    expect(() => buildEngine(companies, { company: 'Acme' })).toThrow(ConfigError);
  });

  it('answers "help" without asking which company', () => {
    const help = ask('help');
    expect(help.status).toBe('answer');
    expect(help.text).toMatch(/^I have releases of Qifu Technology \(QFIN\) and Lumen Finance Holdings \(LMFH\)/);
  });
});
