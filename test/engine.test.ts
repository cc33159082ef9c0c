// The engine as a chat user meets it: conversations, clarifying questions, declines, derived figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { loadBot } from '../src/bot.js';
import type { Engine } from '../src/intents/answer.js';
import { ContextStore } from '../src/intents/context.js';
import { createEngine } from '../src/intents/engine.js';
import { readFileSync } from 'node:fs';

let engine: Engine;
let bot: ReturnType<typeof loadBot>;
const lines = readFileSync('data/releases/qfin-2024q1.md', 'utf8').split('\n');

beforeAll(() => {
  bot = sharedBot();
  engine = bot.engine;
});

/** Each conversation in its own id, as a thread would be. */
let n = 0;
const thread = () => `t${n++}`;

describe('conversations', () => {
  it('reuses the thread: a year earlier, QoQ, in USD, another metric', () => {
    const t = thread();
    expect(engine.ask('What was net income in Q1 2024?', t).text).toContain('RMB1,160.1 million');
    const qoq = engine.ask('how about QoQ?', t);
    expect(qoq.text).toMatch(/up 4\.7% quarter over quarter/);
    expect(engine.ask('And a year earlier?', t).text).toContain('RMB929.8 million');
    const usd = engine.ask('what about in US dollars for Q1 2024?', t);
    expect(usd.text).toContain('US$160.7 million');
    expect(engine.ask('and S&M?', t).text).toContain('US$57.6 million');
  });

  it("a follow-up's words turn the last line to its sibling, not back to itself", () => {
    const t = thread();
    expect(engine.ask('operating cash flow', t).text).toContain('RMB1,958.3 million');
    expect(engine.ask('and investing?', t).text).toContain('RMB3,138.2 million');
    const u = thread();
    expect(engine.ask('ICE volume', u).text).toContain('RMB20,994 million');
    expect(engine.ask('what about other technology solutions?', u).text).toContain('RMB22,966 million');
    const v = thread();
    engine.ask('net income in Q1 2024', v);
    expect(engine.ask('and the non-GAAP one?', v).text).toContain('RMB1,204.8 million');
    const w = thread();
    engine.ask('loans receivable', w);
    const current = engine.ask('the current one', w);
    expect(current.text).toContain('RMB27,060.5 million');
    expect(current.text).not.toContain('RMB2,692.0 million');
  });

  it('a period alone repeats a share for it; "vs Q4" is the change from Q4', () => {
    const t = thread();
    engine.ask('S&M as % of revenue', t);
    engine.ask('what about G&A', t);
    expect(engine.ask('last qtr', t).text).toContain('2.4% of total net revenue in Q4 2023');
    const u = thread();
    engine.ask("income from operations Q1'24", u);
    expect(engine.ask('vs Q4', u).text).toMatch(/up 6\.6%, from RMB1,279\.6 million in Q4 2023/);
  });

  it('a change asked after another period was shown runs from that period; a share of "the total" is the one the release states', () => {
    const t = thread();
    engine.ask('net income Q1 2024', t);
    engine.ask('and a year ago?', t);
    expect(engine.ask('% change?', t).text).toMatch(/up 24\.8%, from RMB929\.8 million in Q1 2023/);
    expect(engine.ask('in USD?', t).status).toBe('unknown');
    const u = thread();
    engine.ask('capital-light + ICE + other tech solutions volume this qtr', u);
    expect(engine.ask('what % of total is that', u).text).toContain('61.0%');
    const v = thread();
    engine.ask('ICE volume', v);
    expect(engine.ask('and Total Solutions?', v).text).toContain('RMB513 million');
  });

  it('keeps threads apart', () => {
    const a = thread();
    const b = thread();
    engine.ask('funding costs in Q4 2023', a);
    expect(engine.ask('and a year earlier?', b).status).toBe('unknown');
  });

  it('does not treat an unrelated question as a follow-up', () => {
    const t = thread();
    engine.ask('What was total net revenue in Q1 2024?', t);
    expect(engine.ask('What is the weather in Shanghai?', t).status).toBe('unknown');
  });

  it('asks which line is meant when a name fits two with different figures, showing both, and takes the reply', () => {
    const t = thread();
    const q = engine.ask('What were other services fees in Q1 2024?', t);
    expect(q.status).toBe('clarify');
    expect(q.text).toContain('RMB71.5 million');
    expect(q.text).toContain('RMB85.4 million');
    expect(q.choices.map((c) => c.label)).toEqual(['Other services fees (Credit driven services)', 'Other services fees (Platform services)']);
    const a = engine.ask('the credit driven one', t);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('RMB71.5 million');
    expect(a.citations.map((c) => c.line)).toContain(272);
    // A choice's question answers on its own, as a button click sends it.
    expect(engine.ask(q.choices[1]!.question, thread()).text).toContain('RMB85.4 million');
  });

  it('answers current and non-current lines of one item together, labelled', () => {
    const a = engine.ask('accounts receivable and contract assets at March 31, 2024', thread());
    expect(a.text).toContain('Accounts receivable and contract assets, net was RMB2,777.9 million');
    expect(a.text).toContain('net-noncurrent was RMB79.5 million');
  });
});

describe('declines', () => {
  it.each([
    ['another company', "What was Apple's revenue last quarter?"],
    ['a quarter the release does not cover', 'What was total net revenue in Q2 2024?'],
    ['an older quarter', 'net income Q1 2021'],
    ['a full year', 'revenue for FY2023'],
    ['something it does not report', 'How many employees does Qifu have?'],
    ['the share price', 'what is the share price?'],
    ['a figure it does not print', 'revenue per user'],
    ['empty input', '   '],
  ])('declines %s', (_what, q) => {
    const a = engine.ask(q, thread());
    expect(a.status).toBe('unknown');
    expect(a.citations).toEqual([]);
    expect(a.text.length).toBeGreaterThan(10);
  });

  it('suggests close metrics when it cannot tell which is meant', () => {
    const a = engine.ask('what about the receivable stuff', thread());
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/Closest metrics I know: .*receivable/);
  });

  it('asks which line of a family is meant, and narrows it by the other words', () => {
    const a = engine.ask('provisions in Q1 2024', thread());
    expect(a.status).toBe('clarify');
    expect(a.choices).toHaveLength(4);
    expect(engine.ask('loan provisions', thread()).text).toContain('Provision for loans receivable was RMB847.9 million');
  });
});

describe('derived figures show their inputs', () => {
  it('YoY growth from the table, with its formula and both inputs cited', () => {
    const a = engine.ask('referral fees yoy', thread());
    expect(a.text).toContain('up 405.9% year over year');
    expect(a.derivations[0]?.formula).toBe('(548,824 − 108,476) ÷ 108,476 × 100');
    expect(a.citations).toEqual([
      {
        document: 'data/releases/qfin-2024q1.md',
        line: 275,
        quote: expect.stringContaining('108,476 548,824'),
        row: 'Referral services fees',
        cells: [
          { period: 'Q1 2023', unit: 'RMB thousands', printed: '108,476' },
          { period: 'Q1 2024', unit: 'RMB thousands', printed: '548,824' },
        ],
      },
    ]);
  });

  it('a change the release states is quoted, not recomputed from rounded figures', () => {
    const a = engine.ask('approved users growth year over year', thread());
    expect(a.text).toContain('up 13.8% year over year as the release states it (line 14)');
  });

  it('margin change in percentage points, share of a parent, sum, effective tax rate', () => {
    expect(engine.ask('operating margin change yoy in percentage points', thread()).text).toContain('up 4.8 percentage points');
    expect(engine.ask('what share of platform services revenue was referral services fees?', thread()).text).toContain('48.3% of platform services');
    expect(engine.ask('add up all four provision lines', thread()).text).toContain('RMB1,375.1 million');
    const tax = engine.ask('effective tax rate', thread());
    expect(tax.text).toContain('24.0%');
    expect(tax.citations.map((c) => c.line)).toEqual([293, 294]);
  });

  it('every citation quotes its line', () => {
    for (const q of ['summary', 'break down credit driven services', 'guidance', 'buybacks', 'why did funding costs decrease?', 'what did the CRO say?']) {
      const a = engine.ask(q, thread());
      expect(a.status, q).toBe('answer');
      for (const c of a.citations) {
        const plain = lines[c.line - 1]!.replace(/<[^>]+>/g, ' ').replace(/[*_`\\]/g, '').replace(/\s+/g, ' ');
        expect(plain, `${q} → line ${c.line}`).toContain(c.quote);
      }
    }
  });
});

describe('context store', () => {
  it('forgets the oldest conversations beyond its bound and any older than its age limit', () => {
    let now = 0;
    const store = new ContextStore(2, 1_000, () => now);
    const e = createEngine(bot.kb, { contexts: store });
    e.ask('net income Q1 2024', 'a');
    e.ask('net income Q1 2024', 'b');
    e.ask('net income Q1 2024', 'c');
    expect(store.size).toBe(2);
    expect(e.ask('and a year earlier?', 'a').status).toBe('unknown');
    expect(e.ask('and a year earlier?', 'c').text).toContain('RMB929.8 million');
    now = 5_000;
    expect(e.ask('and a year earlier?', 'c').status).toBe('unknown');
  });
  it('a question answered part by part, at the bound, forgets no other conversation (its working copy is no conversation)', () => {
    const store = new ContextStore(2);
    const e = createEngine(bot.kb, { contexts: store });
    e.ask('net income Q1 2024', 'a');
    e.ask('net income Q1 2024', 'b');
    expect(e.ask('S&M and G&A as % of rev', 'b').text).toMatch(/10\.0%[\s\S]*2\.6%/);
    expect(store.size).toBe(2);
    expect(e.ask('and a year earlier?', 'a').text).toContain('RMB929.8 million');
  });
});
