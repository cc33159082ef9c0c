// A head shared from the right, "A and B X" (recognisers/shared-head.ts RIGHT_HEAD_RULES): each qualifier with the
// head names a line of its own ("GAAP and adjusted diluted EPS", "basic and diluted net income per share",
// "weighted avg basic and diluted ADS"); names of their own ("opex and capex", "net income and diluted EPS") are not
// split. test/corpus/shared-head.jsonl: questions on the seed and on eval releases, positive and negative, with the
// rule that reads each, the two lines and what the reply says.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { Lexicon } from '../src/intents/lexicon.js';
import { recognise } from '../src/intents/recognisers/index.js';
import { headsFromRight, RIGHT_HEAD_RULES } from '../src/intents/recognisers/shared-head.js';

interface Example {
  name: string;
  q: string;
  /** The release loaded (the seed's releases where none). */
  release?: string;
  /** The rule that splits the question, or null where none may. */
  rule: string | null;
  /** The labels of the lines A's side and B's name. */
  lines?: [string, string];
  status: string;
  has?: string[];
  absent?: string;
}

let examples: Example[] = [];
const bots = new Map<string, { engine: Engine; lex: Lexicon }>();
beforeAll(() => {
  examples = readFileSync('test/corpus/shared-head.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  for (const release of new Set(examples.map((e) => e.release ?? ''))) {
    const bot = sharedBot(...(release ? [release] : []));
    bots.set(release, { engine: bot.engine, lex: new Lexicon(bot.kb) });
  }
});

describe('a head shared from the right', () => {
  it('splits each question by its rule into the lines named, and the reply answers or declines as it says', () => {
    for (const ex of examples) {
      const { engine, lex } = bots.get(ex.release ?? '')!;
      const { bare } = recognise(ex.q, lex);
      const split = headsFromRight(lex, bare, lex.matcher.match(bare));
      expect(split.map((s) => s.rule), ex.name).toEqual(ex.rule ? [ex.rule] : []);
      if (ex.lines) expect(split[0]!.sides.map((s) => lex.matcher.label(s.ids[0]!)), ex.name).toEqual(ex.lines);
      const a = engine.ask(ex.q, `shared-head-${ex.name}`);
      expect(a.status, `${ex.q} → ${a.text}`).toBe(ex.status);
      for (const figure of ex.has ?? []) expect(a.text, ex.name).toContain(figure);
      if (ex.absent) expect(a.text, ex.name).not.toContain(ex.absent);
    }
  });

  it('every rule is pinned by an example', () => {
    for (const r of RIGHT_HEAD_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
