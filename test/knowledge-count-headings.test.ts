// A table heading that names what the table counts ("STORE COUNT AND SALES FLOOR", "Number of branches",
// "Headcount", "Branches"): the rules of src/knowledge/count-headings.ts, each pinned by the headings of
// test/corpus/count-headings.jsonl (the noun counted, or none).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNT_HEADING_RULES, countHeading } from '../src/knowledge/count-headings.js';

interface Example {
  rule?: string;
  heading: string;
  noun: string | null;
}

describe('count headings', () => {
  const examples = readFileSync('test/corpus/count-headings.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  it.each(examples)('$heading → $noun', (ex) => {
    expect(countHeading(ex.heading)).toBe(ex.noun);
    // The rule named is the first to fire.
    if (ex.rule) expect(COUNT_HEADING_RULES.find((r) => r.noun(ex.heading))?.name).toBe(ex.rule);
  });
  it('every rule is pinned by an example', () => {
    for (const r of COUNT_HEADING_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});
