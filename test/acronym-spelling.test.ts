// Spelling correction and acronyms: a word one letter off an acronym the release prints is another term
// ("EBITDA" is not the release's "EBITA"), so it is declined, never corrected into it and answered; a real
// misspelling of an ordinary word is still corrected. And a number is read whole or not at all. Synthetic releases, inline.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Werke AG Reports Results for the Second Quarter of 2026',
  '',
  'Synthetic Werke AG today reported results for the second quarter ended June 30, 2026.',
  '',
  '- Order intake was EUR 1,310.2 million, up 4.1%.',
  '- Adjusted EBITA was EUR 152.9 million, compared with EUR 140.3 million in the second quarter of 2025.',
];

describe('a word one letter off an acronym the release prints', () => {
  let engine!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(LINES);
  });
  const ask = (q: string) => engine.ask(q, `acronym-${q}`);
  it('is not corrected into the acronym: no figure of the other term', () => {
    const a = ask('adjusted EBITDA for the quarter?');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('152.9');
  });
  it('the acronym itself, and a misspelt ordinary word, are still answered', () => {
    expect(ask('adjusted EBITA Q2 2026').text).toContain('152.9');
    expect(ask('ordr intake').text).toContain('1,310.2');
  });
});

describe('a figure behind a currency prefix the currency table does not list ("Bs.14,862.5 million")', () => {
  // The number was read from inside its digit group ("862.5 million"), a figure the release never states.
  let r!: ReturnType<typeof inlineRelease>;
  beforeAll(() => {
    r = inlineRelease(['# Synthetic Lending Reports Third Quarter 2026 Results', '', 'Synthetic Lending reported results for the third quarter ended September 30, 2026.', '', '- Loan originations reached Bs.14,862.5 million, an increase of 41.4%.', '- Total revenue was US$144.4 million.', '', 'For the full year 2026, Synthetic Lending expects loan originations of Bs.52,000 million to Bs.54,000 million and net income of Bs.1,100 million to Bs.1,150 million.']);
  });
  it('is never read in part', () => {
    // (It gave a guided range "0 million" and a midpoint of 100 million from "Bs.1,100 million to Bs.1,150 million".)
    const read = r.facts.map((f) => f.value.toString());
    for (const part of ['0', '100', '150', '862.5', '4862.5']) expect(read).not.toContain(part);
    expect(r.facts.some((f) => f.value.toString() === '144.4' || f.value.toString() === '144400000')).toBe(true);
  });
});
