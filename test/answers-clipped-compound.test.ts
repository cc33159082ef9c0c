// A hyphenated word the asker cuts short ("s-term", "l-term", "cap-heavy"): the release's one hyphenated word whose
// pieces it starts, piece by piece (naming/release-initials.ts spellClipped). Where two printed words fit, neither is
// guessed. (r60-026, -156: "c-light fees" was split at the hyphen and declined as "I don't know 'c'".)
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { spellClipped } from '../src/intents/naming/release-initials.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let seed: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Storage Trust Reports Third Quarter 2026 Results',
    '',
    'Synthetic Storage Trust today reported results for the third quarter ended September 30, 2026.',
    '',
    '($ in thousands)',
    '',
    '| | Three months ended September 30, 2026 | Three months ended September 30, 2025 |',
    '|---|---:|---:|',
    '| Revenue from short-term rentals | 41,200 | 38,900 |',
    '| Revenue from long-term rentals | 77,350 | 70,100 |',
    '| NOI | 98,400 | 91,200 |',
    '| Same-store NOI | 55,020 | 51,480 |',
    '| Self-service kiosks revenue | 3,310 | 2,950 |',
  ]);
  seed = createEngine(loadKnowledge(['data/releases/qfin-2024q1.md']).kb);
});

let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `clipped-${n++}`);

describe('a hyphenated word cut short is the printed word it starts', () => {
  it.each([
    ['revenue from s-term rentals in Q3 2026', '$41.2 million'],
    ['l-term rentals revenue Q3 2026', '$77.4 million'],
    ['sa-store NOI yoy', 'up 6.9% year over year'],
  ])('%s', (q, said) => {
    const a = ask(engine, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(said);
  });

  it('"s-s" starts two printed words ("same-store", "self-service"): read as neither, never answered', () => {
    const a = ask(engine, 's-s revenue Q3 2026');
    expect(a.status).not.toBe('answer');
  });

  it("the seed release's capital-heavy and capital-light lines by their cut-short names", () => {
    const heavy = ask(seed, 'c-heavy facilitation fees Q4 2023');
    expect(heavy.status, heavy.text).toBe('answer');
    expect(heavy.text).toContain('Loan facilitation and servicing fees-capital heavy');
    const light = ask(seed, 'cap-light fees qoq change');
    expect(light.status, light.text).toBe('answer');
    expect(light.text).toContain('Loan facilitation and servicing fees-capital light');
    expect(light.text).toMatch(/quarter over quarter/);
  });
});

describe('spellClipped', () => {
  const printed = ['short-term', 'same-store', 'self-service', 'long-term', 'non-operating'];
  const read = (q: string) => spellClipped(q, printed, (w) => printed.includes(w));
  it.each([
    ['l-term debt', 'long-term debt'],
    ['non-op income', 'non-operating income'],
    ['sh-term', 'short-term'],
  ])('"%s" → "%s"', (q, want) => expect(read(q)).toBe(want));
  it.each([
    ['s-s kiosks', 'two printed words fit ("same-store", "self-service")'],
    ['x-term', 'no printed word fits'],
    ['short-term', 'a printed word is itself'],
    ['long-term-care', 'a word of more pieces than any printed one'],
  ])('"%s" stays: %s', (q) => expect(read(q)).toBe(q));
});
