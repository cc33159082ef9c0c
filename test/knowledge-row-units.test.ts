// A row's own unit outranks the table's scale note: the rules of src/knowledge/row-units.ts, each pinned by
// the labels of test/corpus/row-units.jsonl, and a release whose "in crore" table holds volumes and amounts
// per tonne, answered in the units the rows print.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROW_UNIT_RULES, rowUnit } from '../src/knowledge/row-units.js';
import { inlineEngine } from './support/inline.js';

interface Example {
  rule?: string;
  label: string;
  currency?: string;
  unit: unknown;
}
const examples = readFileSync('test/corpus/row-units.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('row units', () => {
  it.each(examples)('$label → $unit', (ex) => {
    expect(rowUnit(ex.label, ex.currency ?? 'USD')).toEqual(ex.unit);
    if (ex.rule) {
      // The rule named is the first to fire.
      const first = ROW_UNIT_RULES.find((r) => r.unit(ex.label, ex.currency ?? 'USD'));
      expect(first?.name).toBe(ex.rule);
    }
  });

  it('every rule is pinned by an example', () => {
    for (const r of ROW_UNIT_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});

const release = [
  'SYNTHETIC — Godavari Clinker Works Limited announces results for the quarter ended 31 December 2025',
  '',
  'Godavari Clinker Works Limited reported results for the third quarter (Q3 FY26) ended 31 December 2025.',
  '',
  '| (₹ in crore) | Q3 FY26 | Q3 FY25 |',
  '|---|---|---|',
  '| Revenue from operations | 2,140.5 | 1,987.2 |',
  '| Clinker despatched (mn tonnes) | 3.76 | 3.41 |',
  '| Net realisation (₹ per tonne) | 5,693 | 5,828 |',
  '| Operating profit per tonne (₹) | 745 | 698 |',
  '| Operating profit | 280.1 | 238.0 |',
  '',
];

describe('a crore table with volumes and amounts per tonne', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(release);
  });
  const ask = (q: string) => engine.ask(q, `row-units-${q}`).text;

  it('gives amounts at the table scale', () => {
    expect(ask('revenue from operations in Q3 FY26?')).toMatch(/₹2,140\.5 crore/);
  });
  it('gives a volume in its own unit, never in rupees', () => {
    const text = ask('clinker despatched in Q3 FY26?');
    expect(text).toMatch(/3\.76 million tonnes/);
    expect(text).not.toMatch(/₹|crore/);
  });
  it('gives an amount per tonne in rupees, not crore', () => {
    expect(ask('operating profit per tonne in Q3 FY26?')).toMatch(/₹745(?!\d| crore)/);
    expect(ask('net realisation in Q3 FY26?')).toMatch(/₹5,693(?!\d| crore)/);
  });
});

// A count row's own scale "(000)" in a table with no unit note: 6,214 there is 6.214 million subscribers.
const operating = [
  'SYNTHETIC — Wren Telecom Limited half-year results for the six months ended 31 December 2025',
  '',
  'Wren Telecom Limited reported results for the half-year ended 31 December 2025.',
  '',
  '| Operating metrics | Half-year ended 31 Dec 2025 | Half-year ended 31 Dec 2024 |',
  '|---|---|---|',
  '| Postpaid mobile subscribers (000) | 6,214 | 6,010 |',
  '| Fixed broadband connections (000) | 2,402 | 2,488 |',
  '',
];

describe('a count row that states its scale in thousands', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(operating);
  });
  it('gives the count at the row scale, never the printed figure as units', () => {
    const text = engine.ask('postpaid mobile subscribers for the half-year ended 31 Dec 2025?', 'row-scale-000').text;
    expect(text).toMatch(/6\.214 million|6,214 thousand|6,214,000/);
    expect(text).not.toMatch(/6,214 subscribers/);
  });
});
