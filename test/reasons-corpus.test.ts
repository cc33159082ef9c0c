// Stated reasons by named cue rules, and the lines each is filed under (knowledge/reasons.ts): only the lines
// the clause before the cue names, the sentence before's where it points back, or a paragraph's one line;
// never another line's (test/corpus/reasons.jsonl: sentences of several issuers' wordings, positive and negative).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelIndex } from '../src/knowledge/label-index.js';
import { REASON_CUES, reasonCue, reasonLines } from '../src/knowledge/reasons.js';
import type { Metric } from '../src/knowledge/release.js';

interface Example {
  name: string;
  labels: string[];
  text: string;
  rule?: string;
  lines: string[];
  previous?: string[];
  /** Lines whose figures the paragraph prints (after this sentence, so none before its cue). */
  figures?: string[];
}

describe('reasons corpus', () => {
  let examples: Example[] = [];
  beforeAll(() => {
    examples = readFileSync('test/corpus/reasons.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  });

  it('files each sentence under the lines it ties its cause to, and no other', () => {
    for (const ex of examples) {
      const metrics = new Map<string, Metric>(ex.labels.map((l) => [l, { id: l, label: l, labels: [l], statement: '', children: [], source: 'table' }]));
      const figures = (ex.figures ?? []).map((metric) => ({ metric, offset: ex.text.length + 10 }));
      expect(reasonLines(ex.text, 0, figures, labelIndex(metrics), ex.previous ?? []), ex.name).toEqual(ex.lines);
      if (ex.rule) expect(reasonCue(ex.text)?.rule, ex.name).toBe(ex.rule);
    }
  });

  it('every cue rule is pinned by an example', () => {
    for (const r of REASON_CUES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
