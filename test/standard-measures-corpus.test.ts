// Which lines are a standard measure, and which measures a question names (src/intents/naming/standard-measures.ts):
// test/corpus/standard-measures.jsonl holds labels the bot once answered for a measure they only share a word with
// ("Basic earnings per share" for book value per share, "Debt" for net debt, "Net Interest Income" for interest
// income), labels that are the measure in another wording ("Interest earned"), and questions with the names they say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresAsked, meansMeasure, STANDARD_MEASURES } from '../src/intents/naming/standard-measures.js';

interface Example {
  label?: string;
  measure?: string;
  means?: boolean;
  why?: string;
  question?: string;
  asked?: string[];
}

const examples = readFileSync('test/corpus/standard-measures.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
const labels = examples.filter((e) => e.label !== undefined);

describe('a line is a standard measure only where its label means it', () => {
  it('every label example is read as its corpus line says', () => {
    expect(labels.filter((e) => e.means).length).toBeGreaterThanOrEqual(15);
    expect(labels.filter((e) => !e.means).length).toBeGreaterThanOrEqual(15);
    for (const e of labels) {
      const measure = STANDARD_MEASURES.find((m) => m.name === e.measure);
      expect(measure, e.measure).toBeDefined();
      expect(meansMeasure(measure!, e.label!), `${e.label} / ${e.measure}: ${e.why}`).toBe(e.means);
    }
  });
  it('every measure is pinned by a line that is it', () => {
    for (const m of STANDARD_MEASURES) expect(labels.some((e) => e.measure === m.name && e.means), m.name).toBe(true);
  });
});

describe('the measures a question names, the longest name first', () => {
  it.each(examples.filter((e) => e.question !== undefined).map((e) => [e.question!, e.asked!] as const))('%s', (question, asked) => {
    expect(measuresAsked(question).map((a) => a.said)).toEqual(asked);
  });
});
