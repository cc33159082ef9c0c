// A name without a basis whose only fitting line goes by one: "Clothing & Home sales" where the release states only
// "Clothing & Home like-for-like sales grew 5.9%" was answered with the like-for-like rate, another measure than
// the sales asked (hl22 p01, once the heading above that sentence stopped hiding it). Declined, naming the basis;
// said with the basis (or its short form), it is answered. Synthetic release.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASES } from '../src/intents/refiners/other-measure-asked.js';
import { inlineEngine } from './support/inline.js';

const release = [
  '# Synthetic Hatherleigh Stores plc: Interim results for the 26 weeks to 27 September 2026 (H1 FY27)',
  '',
  'All figures are in pounds sterling.',
  '',
  // (One column: the revenue's growth is no figure of the table, whose half a year back is now found within a week.)
  '| £m | 26 weeks to 27 Sep 2026 |',
  '|---|---:|',
  '| Group revenue | 2,184.6 |',
  '',
  '## Trading',
  '',
  'Clothing & Home like-for-like sales grew 5.9%. Group organic revenue growth was 4.1%.',
];

describe('a basis the question does not say', () => {
  const e = inlineEngine(release);
  it('declines a name whose only line goes by a like-for-like basis, and names the basis', () => {
    const a = e.ask('Clothing & Home sales H1?', 'a');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('like-for-like basis');
    expect(a.text).not.toContain('5.9%');
  });
  it('answers it said with the basis, or its short form', () => {
    expect(e.ask('Clothing & Home like-for-like sales', 'b').text).toContain('5.9%');
    expect(e.ask('Clothing & Home lfl sales', 'c').text).toContain('5.9%');
  });
  it('a line on no basis of the kind is answered as before', () => {
    expect(e.ask('group revenue H1', 'd').text).toContain('2,184.6');
  });
});

interface Example { name: string; label: string; asked: string; declined: boolean; rule?: string }

describe('the bases corpus (test/corpus/unsaid-basis.jsonl)', () => {
  const examples = readFileSync('test/corpus/unsaid-basis.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  it('declines a name said without its line\'s basis, and answers it said with the basis or a short form', () => {
    for (const ex of examples) {
      const lines = [...release.slice(0, 8), '## Trading', '', `${ex.label} grew 5.9%.`];
      const a = inlineEngine(lines).ask(ex.asked, ex.name);
      expect(a.status !== 'answer' && !a.text.includes('5.9%'), ex.name).toBe(ex.declined);
      if (!ex.declined) expect(a.text, ex.name).toContain('5.9%');
    }
  });
  it('every basis rule is pinned by an example', () => {
    for (const b of BASES) expect(examples.some((e) => e.rule === b.name), b.name).toBe(true);
  });
});
