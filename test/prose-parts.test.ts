// Parts a release states in prose of a whole it states ("out of that volume, X was through ...", "of which
// X was for ...", a footnote listing the parts of the figure it is marked on). Questions that need them
// (a sum of parts, a whole "excluding" parts, a part's share with no whole named) had declined: the
// parts were facts with no relation to their whole. Now the reader records the relation (Metric.partOf),
// only between figures of one unit never larger than their whole, and the engine uses it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import type { Release } from '../src/knowledge/release.js';
import { inlineRelease } from './support/inline.js';

const LINES = [
  '# Harbourline Credit Reports Third Quarter 2026 Results',
  '',
  'Harbourline Credit today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Third Quarter 2026 Operating Highlights',
  '',
  '- Total loan volume<sup>1</sup> reached US$48,200 million in the third quarter of 2026, an increase of 8.0% from US$44,630 million in the same period of 2025.',
  '- Out of those loans, US$19,300 million was under the wallet model and merchant lending<sup>2</sup>, representing 40.0% of the total.',
  '- In the third quarter of 2026, lending partners originated 2,500,000 loans<sup>3</sup> through our app.',
  '- Open merchant balance was US$9,800 million as of September 30, 2026, of which US$1,250 million was for instalment plans.',
  '',
  '<sup>1</sup> Refers to the total principal of loans made during the period.',
  '',
  '<sup>2</sup> Loan volume through the wallet model was US$11,000 million in the third quarter of 2026. Loan volume through merchant lending was US$8,300 million in the third quarter of 2026.',
  '',
  '<sup>3</sup> Including 900,000 loans across "Harbour Gold", and 1,600,000 loans across other programs.',
];

let release: Release;
let engine: Engine;
beforeAll(() => {
  release = inlineRelease(LINES, 'harbourline-2026q3.md');
  engine = createEngine(new KnowledgeBase([release]));
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `prose-parts-${n++}`);
const wholeOf = (label: RegExp) => {
  const part = [...release.metrics.values()].find((m) => label.test(m.label));
  return part?.partOf ? release.metrics.get(part.partOf)?.label : undefined;
};

describe('the reader relates a part stated in prose to its whole', () => {
  it('"out of those loans": the figure stated before it', () => {
    expect(wholeOf(/under wallet model and merchant lending$/i)).toMatch(/^total loan volume$/i);
  });
  it('a footnote giving figures for the items its marked phrase names', () => {
    expect(wholeOf(/^loan volume through the wallet model$/i)).toMatch(/under wallet model and merchant lending$/i);
    expect(wholeOf(/^loan volume through merchant lending$/i)).toMatch(/under wallet model and merchant lending$/i);
  });
  it('a footnote that lists the parts of the figure it is marked on ("Including ...")', () => {
    expect(wholeOf(/loans across Harbour Gold/i)).toMatch(/^loans through our app$/i);
    expect(wholeOf(/loans across other programs/i)).toMatch(/^loans through our app$/i);
  });
  it('"of which": the sentence\'s subject', () => {
    expect(wholeOf(/for instalment plans/i)).toMatch(/^open merchant balance$/i);
  });
  it('never a figure of another unit, nor the subject itself', () => {
    for (const m of release.metrics.values()) {
      if (!m.partOf) continue;
      const unit = (id: string) => release.facts.find((f) => f.metric === id && f.role === 'value')!.unit.kind;
      expect(unit(m.id)).toBe(unit(m.partOf));
      expect(m.partOf).not.toBe(m.id);
    }
  });
});

describe('questions over parts stated in prose', () => {
  it('a sum of two parts named with one shared head', () => {
    const a = ask('add up Harbour Gold loans and loans across other programs in Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('2,500,000');
    // (The head shared is the last words of the name after "plus", as few as two: "... loan volume".)
    const c = ask('wallet model plus merchant lending loan volume combined in Q3 2026');
    expect(c.status, c.text).toBe('answer');
    expect(c.text).toContain('$19,300 million');
    expect(c.text).toMatch(/through the wallet model/i);
    const b = ask('combined loan volume through the wallet model and merchant lending in Q3 2026');
    expect(b.status, b.text).toBe('answer');
    expect(b.text).toContain('$19,300 million');
  });
  it('a whole excluding its parts, each taken out (a one-word part too)', () => {
    const a = ask('total loan volume excluding loan volume under wallet model and merchant lending, Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$28,900 million');
    const b = ask('open merchant balance ex instalment plans');
    expect(b.status, b.text).toBe('answer');
    expect(b.text).toContain('$8,550 million');
  });
  it('a part taken out of its sibling, where the stated parts add up to their whole, is taken out of the whole', () => {
    const a = ask('loans across other programs other than Harbour Gold, Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('1,600,000');
    expect(a.text).not.toContain('700,000');
  });
  it('a part taken out together with the line that holds it is declined, not taken out twice', () => {
    const a = ask('total loan volume excluding loan volume under wallet model and merchant lending and loan volume through merchant lending, Q3 2026');
    expect(a.status, a.text).not.toBe('answer');
    expect(a.text).toMatch(/twice/);
  });
  it('a part\'s share with no whole named is of the outermost whole the prose states', () => {
    const a = ask('what share of total loan volume went through merchant lending in Q3 2026?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/17\.2%/);
    expect(a.text).toMatch(/total loan volume/i);
  });
  it('a part added to the line it is a part of is declined, not counted twice', () => {
    const a = ask('loan volume under wallet model and merchant lending plus loan volume through merchant lending');
    expect(a.status, a.text).not.toBe('answer');
    expect(a.text).toMatch(/twice/);
  });
});
