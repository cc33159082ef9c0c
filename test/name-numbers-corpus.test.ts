// A number that is part of a line's name ("Stage 2", "Tier I", "Level 3", "Phase II", "Class A") is read by the rule
// of its word (src/intents/naming/name-numbers.ts); periods and figures ("Q1", "2026", "M1+", "90 day+", "day-1") are
// none. The bot once answered "stage 2 assets" with the line "Gross Stage 3 assets".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_NUMBER_RULES, nameNumbers, sameNumber } from '../src/intents/naming/name-numbers.js';

interface Example {
  text?: string;
  rules?: string[];
  label?: string;
  said?: string;
  carries?: boolean;
  why: string;
}

const examples = readFileSync('test/corpus/name-numbers.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
const read = (text: string) => nameNumbers(text).map((n) => `${n.rule} ${n.number}`);

describe('name numbers', () => {
  it('a text says the name numbers its words give, and no period or figure', () => {
    const texts = examples.filter((e) => e.text !== undefined);
    expect(texts.filter((e) => e.rules!.length).length).toBeGreaterThanOrEqual(6);
    expect(texts.filter((e) => !e.rules!.length).length).toBeGreaterThanOrEqual(6);
    for (const e of texts) expect(read(e.text!), `${e.text}: ${e.why}`).toEqual(e.rules);
  });
  it('a label carries the number said, or is another line', () => {
    for (const e of examples.filter((x) => x.label !== undefined)) expect(sameNumber(e.label!, nameNumbers(e.said!)[0]!), `${e.label}: ${e.why}`).toBe(e.carries);
  });
  it('every rule is pinned by an example', () => {
    const said = examples.flatMap((e) => e.rules ?? []);
    for (const r of NAME_NUMBER_RULES) expect(said.some((s) => s.startsWith(`${r.name} `)), r.name).toBe(true);
  });
});
