// Proper names with letters outside A-Z were cut at the first such letter ("Equinócio" read as "Equin"): the issuer's
// legal name lost its first word ("Energia S.A."), the cut word was taken for a name the release prints that no line is
// about, and the question about the issuer itself was declined. Names are words of any script's letters: the issuer
// named with its accents is the issuer, and another company's accented name is still another company's.
// Synthetic releases: a Portuguese issuer with a defined short name, and a Nordic one named only in its title block.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RIBEIRAO = [
  'RIBEIRÃO SANEAMENTO S.A.',
  '',
  'EARNINGS RELEASE 3Q26',
  'Campinas, November 9, 2026 - Ribeirão Saneamento S.A. ("Ribeirão" or "Company") announces its results for the third quarter of 2026 (3Q26).',
  '',
  '| R$ million | 3Q25 | 3Q26 |',
  '|---|---:|---:|',
  '| Net revenue | 1,204.6 | 1,318.2 |',
  '| EBITDA | 512.3 | 560.9 |',
];

const SOLVIK = [
  '# Sølvik Havbruk ASA Reports Results for the Third Quarter 2026',
  '',
  'Sølvik Havbruk ASA today reported results for the third quarter ended September 30, 2026.',
  '',
  '| NOK million | Q3 2025 | Q3 2026 |',
  '|---|---:|---:|',
  '| Operating revenue | 2,840.0 | 3,112.5 |',
];

describe('proper names in letters of any script', () => {
  let ribeirao!: ReturnType<typeof inlineEngine>;
  let solvik!: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    ribeirao = inlineEngine(RIBEIRAO, 'ribeirao-3q26.txt');
    solvik = inlineEngine(SOLVIK, 'solvik.md');
  });
  it.each(["What was Ribeirão's net revenue in 3Q26?", 'How much EBITDA did Ribeirão report in 3Q26?'])('the issuer by its accented short name: %s', (q) => {
    const a = ribeirao.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/1,318\.2|560\.9/);
    expect(a.text).not.toContain('Ribeir"');
  });
  it('the issuer by the first word of its name: Sølvik', () => {
    const a = solvik.ask('What was Sølvik operating revenue in Q3 2026?', 's-1');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('3,112.5');
  });
  it("another company's accented name is still another company's", () => {
    const a = ribeirao.ask("What was Sabesp's net revenue in 3Q26?", 'other-1');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('1,318.2');
    const b = solvik.ask("What was Mowi's operating revenue in Q3 2026?", 'other-2');
    expect(b.status).toBe('unknown');
    expect(b.text).not.toContain('3,112.5');
  });
});
