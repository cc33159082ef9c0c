// Whether a line's label names another measure than a standard name asked (src/intents/naming/other-measure.ts):
// test/corpus/standard-names.jsonl holds labels the bot once answered for "net income", "profit" or "sales" ("Other
// income", "Gross profit", "Income tax expense (underlying)", "Sales and marketing") and labels that are the line asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OTHER_MEASURE_RULES, otherMeasure } from '../src/intents/naming/other-measure.js';

interface Example {
  label: string;
  asked: string;
  rule: string | null;
  why: string;
}

describe('a label naming another measure is never the standard line', () => {
  it('names the rule that sets each line apart, and none for the line asked', () => {
    const examples = readFileSync('test/corpus/standard-names.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
    expect(examples.filter((e) => e.rule).length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => !e.rule).length).toBeGreaterThanOrEqual(5);
    for (const e of examples) expect(otherMeasure(e.label, e.asked)?.name ?? null, `${e.label} / ${e.asked}: ${e.why}`).toBe(e.rule);
  });
  it('every rule is pinned by an example', () => {
    const examples = readFileSync('test/corpus/standard-names.jsonl', 'utf8');
    for (const r of OTHER_MEASURE_RULES) expect(examples, r.name).toContain(`"rule": "${r.name}"`);
  });
});
