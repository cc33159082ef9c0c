// The period a guidance sentence guides, of any issuer: a list's items take it from the sentence that
// introduces them ("For the fourth quarter of fiscal 2027, ... expects:"); a fiscal quarter named in prose
// ("the first quarter of fiscal 2027" of a July–June year) is dated as the release dates its own quarter, so
// a later release's actual meets it; an outlook named with its year ("its fiscal 2027 outlook of net sales
// growth") keeps the metric's own name. Synthetic releases, written inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/intents/engine.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LISTED = (lead: string) => [
  '# Brindle Systems Announces Second Quarter Fiscal 2026 Financial Results',
  '',
  "SEATTLE, Sept. 3, 2025 -- Brindle Systems, Inc. today announced results for its second quarter of fiscal 2026, ended July 31, 2025. Brindle's fiscal year ends on January 31.",
  '',
  '- Total sales were $118.4 million, an increase of 14.2% year over year.',
  '',
  '## Looking Ahead',
  '',
  lead,
  '- Total sales of $121.0 million to $125.0 million',
  '- Adjusted operating income of $9.5 million to $10.5 million',
];

describe('a list of guided figures under the sentence that introduces it', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LISTED('For the third quarter of fiscal 2026, ending October 31, 2025, Brindle expects:'), 'brindle-q2fy26.md');
  });
  it('guides the period that sentence names, asked by the quarter alone', () => {
    const a = engine.ask('midpoint of the Q3 total sales guide', 'listed-guidance');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('fiscal Q3 2026');
    expect(a.text).toContain('$123.0 million');
    expect(a.citations.map((c) => c.line)).toEqual([10]);
  });
  it('are results, not guidance, where that sentence does not look ahead', () => {
    const r = inlineRelease(LISTED('For the third quarter of fiscal 2026, ending October 31, 2025, the Board approved:'), 'brindle-q2fy26.md');
    expect(r.facts.some((f) => f.role === 'low' || f.role === 'high')).toBe(false);
  });
});

const GUIDES = [
  'HALDEN PANTRY FOODS REPORTS FOURTH QUARTER FISCAL 2026 RESULTS',
  '',
  'OMAHA, Aug. 6, 2026 -- Halden Pantry Foods, Inc. today reported results for its',
  'fiscal 2026 fourth quarter ended June 27, 2026. Its fiscal year ends in June.',
  '',
  '  * Net sales of $612.0 million increased 3.1% from $593.6 million.',
  '  * Diluted EPS of $0.97 compared with $0.88 in the prior-year quarter.',
  '',
  'OUTLOOK',
  'For the first quarter of fiscal 2027, the Company expects diluted EPS of $0.90 to $0.95. The',
  'Company reaffirmed its fiscal 2027 outlook of net sales growth of 2% to 4%.',
];
const REPORTS = [
  'HALDEN PANTRY FOODS REPORTS FIRST QUARTER FISCAL 2027 RESULTS',
  '',
  'OMAHA, Nov. 3, 2026 -- Halden Pantry Foods, Inc. today reported results for its',
  'fiscal 2027 first quarter ended September 26, 2026.',
  '',
  '  * Net sales of $630.5 million increased 4.0% from $606.3 million.',
  '  * Diluted EPS of $0.99 compared with $0.86 in the prior-year quarter.',
];

describe('a fiscal quarter guided in prose, and the later release that reports it', () => {
  let guides: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    guides = inlineRelease(GUIDES, 'hpf-fy26q4.txt');
  });
  it('guides the quarter after the release, as the release dates its quarters', () => {
    const low = guides.facts.find((f) => f.role === 'low' && f.unit.kind === 'per_share')!;
    expect(low.period).toMatchObject({ months: 3, end: '2026-09-30', fiscal: { year: 2027, quarter: 1 } });
  });
  it('names the outlook by its metric, not by the word "outlook"', () => {
    expect(guides.facts.filter((f) => f.role !== 'value').map((f) => f.label)).toContain('net sales growth');
    expect(guides.facts.some((f) => /outlook/i.test(f.label))).toBe(false);
  });
  it('sets the reported EPS against the guided range', () => {
    const engine = createEngine(new KnowledgeBase([guides, inlineRelease(REPORTS, 'hpf-fy27q1.txt')]));
    const a = engine.ask('Did Halden Pantry beat its Q1 fiscal 2027 EPS guidance?', 'eps-versus');
    expect(a.text).toContain('beat it');
    expect(a.text).toContain('$0.99');
    expect(a.citations.map((c) => `${c.document}:${c.line}`)).toEqual(expect.arrayContaining(['hpf-fy26q4.txt:10', 'hpf-fy27q1.txt:7']));
  });
});
