// Which sentences are about the outlook (knowledge/outlook-sentences.ts): by the outlook's heading or a guidance word
// about a period ahead; never boilerplate, results against expectations or an expectation denied
// (test/corpus/outlook-sentences.jsonl: several issuers' wordings, positive and negative). The release reports Q3 2026.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTLOOK_RULES, outlookRule } from '../src/knowledge/outlook-sentences.js';
import type { Period } from '../src/knowledge/period.js';

interface Example {
  name: string;
  section: string;
  text: string;
  rule: string | null;
}

const release: Period = { kind: 'duration', end: '2026-09-30', months: 3 };

describe('outlook sentences corpus', () => {
  let examples: Example[] = [];
  beforeAll(() => {
    examples = readFileSync('test/corpus/outlook-sentences.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  });

  it('finds each sentence by its rule, and no sentence that is not the outlook', () => {
    for (const ex of examples) expect(outlookRule(ex.text, ex.section, release), ex.name).toBe(ex.rule);
  });

  it('every rule is pinned by an example', () => {
    for (const r of OUTLOOK_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
