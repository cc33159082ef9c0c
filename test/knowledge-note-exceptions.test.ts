// What kinds of rows a unit note's "except ..." clause keeps off its scale: the rules of src/knowledge/note-exceptions.ts,
// each pinned by the notes of test/corpus/note-exceptions.jsonl (the kinds a note names, or none where it names only
// nouns of lines), and releases in several wordings where a count of shares or ADSs so excepted is read as printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXCEPTION_RULES, exceptedKinds } from '../src/knowledge/note-exceptions.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

interface Example {
  text: string;
  kinds: string[];
}
const examples = readFileSync('test/corpus/note-exceptions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('the kinds a unit note excepts', () => {
  it.each(examples)('$text → $kinds', (ex) => {
    expect([...exceptedKinds(ex.text)].sort()).toEqual([...ex.kinds].sort());
  });

  it('every rule is pinned by an example', () => {
    for (const r of EXCEPTION_RULES) expect(examples.some((e) => e.kinds.includes(r.name)), r.name).toBe(true);
  });
});

// Synthetic issuer, made-up figures: an income statement in thousands whose count of ADSs (or shares) is printed whole.
const release = (note: string, count: string) => [
  '# Synthetic Lotus Peak Education Inc. Reports Third Quarter 2025 Results',
  '',
  'Synthetic Lotus Peak Education Inc. today announced unaudited results for the third quarter ended September 30, 2025.',
  '',
  '## Condensed Consolidated Statements of Operations',
  '',
  `| ${note} | Q3 2025 | Q3 2024 |`,
  '|---|---:|---:|',
  '| Total revenues | 2,637 | 2,410 |',
  '| Net income | 512 | 430 |',
  `| ${count} | 79,930,000 | 79,100,000 |`,
  '| Net income per ADS - basic | 0.0064 | 0.0054 |',
];

describe('a count of shares or ADSs a note excepts is read as printed', () => {
  it.each([
    ['(In thousands of RMB, except for number of ADS and per ADS data)', 'Weighted average number of ADS outstanding - basic'],
    ['(RMB in thousands, except ADSs and per ADS amounts)', 'Weighted average number of ADSs outstanding - basic'],
    ['(In thousands of RMB, except per share data and number of shares)', 'Weighted average number of shares outstanding - basic'],
    ['(In thousands of RMB, except share and per-share data)', 'Weighted average shares outstanding - basic'],
  ])('%s: %s', (note, count) => {
    const facts = inlineRelease(release(note, count)).facts.filter((f) => f.unit.kind === 'count' && /outstanding/.test(f.label));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect('scale' in f.unit && f.unit.scale, f.label).toBe(1);
    // The amounts stay in thousands.
    const revenue = inlineRelease(release(note, count)).facts.find((f) => /Total revenues/.test(f.label))!;
    expect('scale' in revenue.unit && revenue.unit.scale).toBe(1000);
  });

  it('says the count as printed, never a thousand times it', () => {
    const answer = inlineEngine(release('(In thousands of RMB, except for number of ADS and per ADS data)', 'Weighted average number of ADS outstanding - basic')).ask('weighted average number of ADS outstanding - basic in Q3 2025', 'ads-count');
    expect(answer.text).toMatch(/79\.93 million|79,930,000/);
    expect(answer.text).not.toMatch(/79\.93 billion|79,930,000,000/);
  });
});
