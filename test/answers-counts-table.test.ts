// A table of counts under a note with a scale and no currency ("in thousands, unless stated"): its counts are
// at the note's scale and never carry the release's currency (subscriptions were summed as "CHF 3.20 million"),
// a line stating whole units ("(FTE, actual)") keeps its own; and "add" said of what the company gained ("how
// many ... did they add", "were added") is a change of that line, never a sum of its neighbours. Synthetic release.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Telekom AG Reports First Quarter 2026 Results',
  '',
  'Synthetic Telekom AG today reported results for the first quarter ended March 31, 2026.',
  '',
  '| CHF million | Q1 2026 | Q1 2025 |',
  '|---|---:|---:|',
  '| Net revenue | 900.0 | 880.0 |',
  '',
  '## Operational KPIs',
  '',
  '| in thousands, unless stated | 31 Mar 2026 | 31 Dec 2025 | 31 Mar 2025 |',
  '|---|---:|---:|---:|',
  '| Mobile postpaid subscriptions | 3,100 | 3,080 | 3,010 |',
  '| Mobile prepaid subscriptions | 700 | 720 | 760 |',
  '| Business customers | 410 | 405 | 398 |',
  '| Fixed voice lines | 900 | 910 | 950 |',
  '| Employees (FTE, actual) | 9,120 | 9,150 | 9,300 |',
];

describe('a table of counts under a scale note with no currency', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `counts-${q}`);
  it('reads its counts at the note scale, in no currency; a line of whole units keeps its own', () => {
    const facts = inlineRelease(LINES).facts;
    const of = (label: RegExp) => facts.find((f) => label.test(f.label) && f.period.kind === 'instant' && f.period.date === '2026-03-31');
    for (const [label, scale] of [[/postpaid/, 1000], [/voice lines/, 1000], [/customers/, 1000], [/Employees/, 1]] as const) {
      const f = of(label)!;
      expect(f.unit.kind, String(label)).toBe('count');
      expect('scale' in f.unit && f.unit.scale, String(label)).toBe(scale);
    }
    expect(facts.find((f) => /Net revenue/.test(f.label))!.unit.kind).toBe('money');
  });
  it('"how many ... did they add": the change of that line, no sum, no currency', () => {
    const a = ask('How many mobile postpaid subs did they add year on year?');
    expect(a.text).toContain('90,000');
    expect(a.text).not.toMatch(/CHF|sum of/i);
    const b = ask('how many business customers were added quarter on quarter?');
    expect(b.text).toContain('5,000');
    expect(b.text).not.toMatch(/CHF|sum of/i);
  });
});
