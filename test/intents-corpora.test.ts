// The intent pipeline's corpora (test/corpus/*.jsonl), each a list of positive and negative examples
// for one stage: entities (which company), modifiers (by name), refiners (names qualified, grouped,
// paired, settled), clauses (a question of two asks split), dialogue (conversations: how a follow-up merges with its thread), instructions,
// the text search's coverage bar and the definition cues. Every example
// runs against the real engine and releases (expressions: arithmetic between lines, signs and exclusions); the period grammar's corpus is test/periods.test.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { Lexicon } from '../src/intents/lexicon.js';
import { recognise } from '../src/intents/recognisers/index.js';
import { modifiersOf } from '../src/intents/recognisers/modifiers.js';
import type { Operation } from '../src/intents/recognisers/operations.js';
import { QUESTION_TYPE_RULES } from '../src/intents/recognisers/question-types.js';
import { clausesOf } from '../src/intents/recognisers/clauses.js';
import { normalise } from '../src/intents/text.js';

const corpus = <T>(name: string): T[] =>
  readFileSync(`test/corpus/${name}.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);

let engine: Engine;
let lex: Lexicon;
beforeAll(() => {
  const bot = sharedBot();
  engine = bot.engine;
  lex = new Lexicon(bot.kb);
});
let n = 0;

describe('entities: the issuer from the releases; any other company declines', () => {
  it.each(corpus<{ q: string; foreign: string | null }>('entities').map((c) => [c.q, c]))('%s', (_q, c) => {
    expect(recognise(c.q, lex).foreign).toBe(c.foreign);
    if (c.foreign) expect(engine.ask(c.q, `e${n++}`).status).toBe('unknown');
  });
});

describe('modifiers: named rules over the question', () => {
  // (A case naming an operation also runs that operation's topic rules: "at what price" of a buyback.)
  it.each(corpus<{ q: string; op?: Operation; has: string[]; not?: string[] }>('modifiers').map((c) => [c.q, c]))('%s', (_q, c) => {
    const found = modifiersOf(normalise(c.q), c.op);
    for (const m of c.has) expect([...found]).toContain(m);
    for (const m of c.not ?? []) expect([...found]).not.toContain(m);
  });
});

describe('question types: named rules over the words besides the names; a definition or reason is never answered with a bare figure', () => {
  it.each(corpus<{ q: string; type: string | null }>('question-types').map((c) => [c.q, c]))('%s', (_q, c) => {
    const { rest } = recognise(c.q, lex);
    const types = new Set(QUESTION_TYPE_RULES.filter((r) => r.pattern.test(rest)).map((r) => r.type));
    expect([...types]).toEqual(c.type ? [c.type] : []);
    const a = engine.ask(c.q, `t${n++}`);
    if (c.type) expect(a.status === 'unknown' || a.text.includes('“'), a.text).toBe(true);
    else expect(a.status, a.text).toBe('answer');
  });
});

describe('clauses: a question asking two things of two lines, split where its second clause opens as a question', () => {
  it.each(corpus<{ q: string; parts: [string, string] | null }>('clauses').map((c) => [c.q, c]))('%s', (_q, c) => {
    expect(clausesOf(c.q, lex)).toEqual(c.parts);
  });
});

type Refined = { name: string; q: string; figure?: string; status?: string; absent?: string };
describe('refiners: qualifiers, grouping, pairing, ambiguity', () => {
  it.each(corpus<Refined>('refiners').map((c) => [c.name, c]))('%s', (_name, c) => {
    const a = engine.ask(c.q, `r${n++}`);
    expect(a.status, a.text).toBe(c.status ?? 'answer');
    if (c.figure) expect(a.text).toContain(c.figure);
    if (c.absent) expect(a.text).not.toContain(c.absent);
  });
});

type Asked = { name: string; q: string; status: string; reason?: string; has?: string; absent?: string };
// Single questions with the status, the reason of a non-answer and words the reply must (not) hold:
// the instruction recogniser, the text search's coverage bar, the definition cues, negation, the
// coverage rule, the shorthand the normaliser expands (abbreviations.ts ABBREVIATIONS), and how an answer names a line and what it leaves unsaid (said: names people say, no
// add-ons, suggestions near in meaning), and the respellings the corrector reads (spelling.ts: "nett", "lite").
describe.each(['instructions', 'search', 'definitions', 'negation', 'coverage', 'said', 'expressions', 'shorthand', 'spelling'])('%s', (file) => {
  it.each(corpus<Asked>(file).map((c) => [c.name, c]))('%s', (_name, c) => {
    const a = engine.ask(c.q, `a${n++}`);
    expect(a.status, `${c.q} → ${a.text}`).toBe(c.status);
    if (c.reason) expect(a.reason).toBe(c.reason);
    if (a.status !== 'answer') expect(a.reason, 'every non-answer has a reason').toBeDefined();
    if (c.has) expect(a.text).toContain(c.has);
    if (c.absent) expect(a.text).not.toContain(c.absent);
  });
});

describe('dialogue: conversations', () => {
  it.each(corpus<{ name: string; turns: [string, string][] }>('dialogue').map((c) => [c.name, c]))('%s', (_name, c) => {
    const thread = `d${n++}`;
    for (const [q, want] of c.turns) {
      const a = engine.ask(q, thread);
      if (want === 'unknown') expect(a.status, `${q} → ${a.text}`).toBe('unknown');
      else expect(a.text, q).toContain(want);
    }
  });
});
