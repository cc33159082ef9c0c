// Whose forecast a forward-looking figure is (src/knowledge/prose/forecaster.ts): test/corpus/forecasters.jsonl holds
// the words before figures the bot once took for the issuer's guidance ("The Singapore Ministry of Trade and Industry
// forecasts GDP growth of"), and the issuer's own forecasts that name another party beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { othersForecast } from '../src/knowledge/prose/forecaster.js';

interface Example {
  before: string;
  rule: string | null;
  why: string;
}

const examples = readFileSync('test/corpus/forecasters.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe("another party's forecast is never the issuer's guidance", () => {
  it('the corpus holds both kinds', () => {
    expect(examples.filter((e) => e.rule).length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((e) => !e.rule).length).toBeGreaterThanOrEqual(5);
  });
  it.each(examples.map((e) => [e.before, e.rule, e.why] as const))('%s → %s', (before, rule, why) => {
    expect(othersForecast(before), why).toBe(rule);
  });
});
