// The words around tax read by meaning (src/intents/naming/tax-measures.ts): test/corpus/tax-measures.jsonl holds
// labels that are (or are not) the tax charge or the pre-tax profit, and questions whose tax words name one of them,
// or name no tax line ("after tax", "tax rate"). The bot once answered "income tax expense" with "Income before taxes".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMeasure, readTaxWords, TAX_MEASURES, TAX_READINGS } from '../src/intents/naming/tax-measures.js';
import { normalise } from '../src/intents/text.js';

interface Example {
  label?: string;
  measure?: string | null;
  question?: string;
  rules?: string[];
  why: string;
}

const examples = readFileSync('test/corpus/tax-measures.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('tax measures', () => {
  it('a label is the measure its words mean, or none', () => {
    const labels = examples.filter((e) => e.label !== undefined);
    expect(labels.filter((e) => e.measure).length).toBeGreaterThanOrEqual(10);
    expect(labels.filter((e) => !e.measure).length).toBeGreaterThanOrEqual(8);
    for (const e of labels) expect(TAX_MEASURES.find((m) => isMeasure(m, e.label!))?.name ?? null, `${e.label}: ${e.why}`).toBe(e.measure);
  });
  it("a question's tax words are read by the rule that names what they mean", () => {
    for (const e of examples.filter((x) => x.question !== undefined)) expect(readTaxWords(normalise(e.question!)).map((t) => t.rule.name), `${e.question}: ${e.why}`).toEqual(e.rules);
  });
  it('every reading rule and every measure is pinned by an example', () => {
    const text = readFileSync('test/corpus/tax-measures.jsonl', 'utf8');
    for (const r of TAX_READINGS) expect(text, r.name).toContain(`"${r.name}"`);
    for (const m of TAX_MEASURES) expect(text, m.name).toContain(`"measure": "${m.name}"`);
  });
});
