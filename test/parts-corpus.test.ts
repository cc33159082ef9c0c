// A question asking for a list of things one frame cannot hold (recognisers/parts.ts PART_RULES): each part asked
// with the words the items share and answered in one reply (clauses.ts answerInParts), the whole kept where it
// already says all the parts say. test/corpus/parts.jsonl: questions on the seed and on eval releases, positive and
// negative (a head shared, a name's own "and", a sum's "+"), with the rule that splits each (or none) and the reply.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { Lexicon } from '../src/intents/lexicon.js';
import { PART_RULES, partsOf } from '../src/intents/recognisers/parts.js';

interface Example {
  name: string;
  q: string;
  /** The release loaded (the seed's releases where none). */
  release?: string;
  /** The rule that splits the question, or null where none may. */
  rule: string | null;
  /** The parts it is split into, where pinned. */
  parts?: string[];
  status: string;
  has?: string[];
}

let examples: Example[] = [];
const bots = new Map<string, { engine: Engine; lex: Lexicon }>();
beforeAll(() => {
  examples = readFileSync('test/corpus/parts.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  for (const release of new Set(examples.map((e) => e.release ?? ''))) {
    const bot = sharedBot(...(release ? [release] : []));
    bots.set(release, { engine: bot.engine, lex: new Lexicon(bot.kb) });
  }
});

describe('a list of things asked, each part answered', () => {
  it('splits each question by its rule, or not at all, and the reply answers or declines as it says', () => {
    for (const ex of examples) {
      const { engine, lex } = bots.get(ex.release ?? '')!;
      const split = partsOf(ex.q, lex);
      expect(split?.rule ?? null, ex.name).toBe(ex.rule);
      if (ex.parts) expect(split?.parts, ex.name).toEqual(ex.parts);
      const a = engine.ask(ex.q, `parts-${ex.name}`);
      expect(a.status, `${ex.q} → ${a.text}`).toBe(ex.status);
      for (const figure of ex.has ?? []) expect(a.text, `${ex.name}: ${a.text}`).toContain(figure);
    }
  });

  it("each part's figures are cited, and a figure two parts print is said once", () => {
    const { engine } = bots.get('eval/hl29/docs/condor-2q26.md')!;
    const a = engine.ask('2Q26 NI in soles and usd', 'parts-cited');
    expect(a.text).toMatch(/S\/256\.1 million[\s\S]*US\$68\.8 million/);
    expect(a.citations.some((c) => c.quote.includes('256.1'))).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('68.8'))).toBe(true);
    const seed = bots.get('')!.engine.ask('revenue in RMB and USD', 'parts-once');
    expect(seed.text.match(/575\.2/g)).toHaveLength(1);
  });

  it('every rule is pinned by an example', () => {
    for (const r of PART_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
