// What a line standing alone is a unit note by: the rules of src/knowledge/numbers.ts, each pinned by the
// lines of test/corpus/unit-notes.jsonl (the first rule that matches, or none), and a release whose
// first table's note, in the scale-then-currency order, runs long: its table is read at that scale.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNIT_NOTE, UNIT_NOTE_RULES } from '../src/knowledge/numbers.js';
import { periodKey } from '../src/knowledge/period.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

interface Example {
  rule: string | null;
  text: string;
}
const examples = readFileSync('test/corpus/unit-notes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('unit notes', () => {
  it.each(examples)('$text → $rule', (ex) => {
    const first = UNIT_NOTE_RULES.find((r) => new RegExp(r.pattern, 'i').test(ex.text));
    expect(first?.name ?? null).toBe(ex.rule);
    expect(UNIT_NOTE.test(ex.text)).toBe(ex.rule !== null);
  });

  it('every rule is pinned by an example', () => {
    for (const r of UNIT_NOTE_RULES) expect(examples.some((e) => e.rule === r.name), r.name).toBe(true);
  });
});

const fact = (r: Release, metric: string, period: string) => r.facts.find((f) => f.source === 'table' && f.metric === metric && periodKey(f.period) === period && f.role === 'value');

// Synthetic issuer, made-up figures: a long note in the scale-then-currency order, a blank line and a
// caption between it and its table. Its table was skipped ("no unit note states the scale").
describe.each([
  ['markdown', 'kasumi.md', ['| | 2Q FY2025 | 2Q FY2024 |', '|---|---:|---:|', '| Revenue | 97,935 | 89,120 |', '| Operating profit | 13,318 | 10,652 |', '| Profit before tax | 14,001 | 11,310 |']],
  ['text', 'kasumi.txt', ['                               2Q FY2025   2Q FY2024', '  Revenue                         97,935      89,120', '  Operating profit                13,318      10,652', '  Profit before tax               14,001      11,310']],
])('a note "(Millions of yen, except ...; amounts less than one million yen are rounded down)" two lines above its %s table', (_, name, table) => {
  let r: Release;
  beforeAll(() => {
    r = inlineRelease([
      'Kasumi Optics Co., Ltd. Announces Results for the Second Quarter of the Fiscal Year Ending March 31, 2026',
      '',
      'Kasumi Optics Co., Ltd. today announced its results for the three months ended September 30, 2025 (2Q FY2025).',
      '',
      '(Millions of yen, except per share amounts; amounts less than one million yen are rounded down)',
      '',
      'Consolidated operating results',
      '',
      ...table,
    ], name);
  });
  it('reads the table in millions of yen', () => {
    expect(r.skipped).toEqual([]);
    expect(fact(r, 'revenue', 'FY2025Q2')?.unit).toEqual({ kind: 'money', currency: 'JPY', scale: 1e6 });
    expect(fact(r, 'operating_profit', 'FY2024Q2')?.value.toString()).toBe('10652');
  });
});
