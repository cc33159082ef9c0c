// A share of a line its table breaks down in rows that say they are its parts ("of which Americas", "thereof
// Life/Health"): the part is that row, never a line of the same name from another table of another measure (nordalis
// nor-08 class: Life/Health's operating result taken over the premiums). Each such row is named under its whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Osterwald Maschinenbau SE: Third Quarter 2026',
  '',
  'Osterwald Maschinenbau SE today reported results for the third quarter ended 30 September 2026.',
  '',
  '## Key figures',
  '',
  '| € million | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Order intake | 1,000.0 | 950.0 |',
  '| of which Europe | 600.0 | 590.0 |',
  '| of which Americas | 250.0 | 230.0 |',
  '| Revenue | 980.0 | 940.0 |',
  '',
  '## EBIT by region',
  '',
  '| € million | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Europe | 70.0 | 66.0 |',
  '| Americas | 31.0 | 28.0 |',
  '| Asia | 12.0 | 11.0 |',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(LINES);
});
let n = 0;
const ask = (q: string) => engine.ask(q, `thereof-share-${n++}`);

describe('a share of a line broken down by "of which" rows', () => {
  it('takes the part from the whole\'s own rows', () => {
    const a = ask('What percentage of order intake came from Americas in Q3 2026?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('25.0%');
    expect(a.text).not.toContain('3.1%');
    expect(a.citations.map((c) => c.line)).toEqual(expect.arrayContaining([9, 11]));
  });

  it('files each row under its whole, a part of it', () => {
    const r = inlineRelease(LINES);
    const part = r.facts.find((f) => f.value.eq(250) && f.role === 'value')!;
    expect(r.metrics.get(part.metric)?.partOf).toBe(r.facts.find((f) => f.value.eq(1000))!.metric);
  });

  it("the region's line of the other table is still its EBIT", () => {
    const a = ask('Americas EBIT in Q3 2026?');
    expect(a.text).toContain('31.0');
  });
});
