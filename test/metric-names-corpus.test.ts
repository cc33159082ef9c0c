// Whether a metric phrase the prose reader cut from a sentence names a line (src/knowledge/prose/names.ts):
// test/corpus/metric-names.jsonl holds phrases the reader once filed figures under ("including", "up from the
// prior range", "We") and names of lines that must stay names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unnamed } from '../src/knowledge/prose/names.js';

interface Example {
  label: string;
  named: boolean;
  why: string;
}

describe('a metric phrase names a line, or its figure stays a statement', () => {
  it('tells names from function words and fragments', () => {
    const examples = readFileSync('test/corpus/metric-names.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
    expect(examples.filter((e) => e.named).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((e) => !e.named).length).toBeGreaterThanOrEqual(5);
    for (const e of examples) expect(unnamed(e.label) === null, `${e.label}: ${e.why}`).toBe(e.named);
  });
});
