// "X excluding Y" is about X. Where Y was no part of X but a sibling of it (both lines of one total),
// the sum took Y out of the total instead, under the total's name: "provision for trade receivables excluding
// guarantees" answered total costs less the guarantee provision, a cited, wrong figure. Only where the
// total's parts are X and the lines taken out alone is the total less them X itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { freight } from './support/freight.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(
    freight(
      '| Freight revenue | 400,000 | 450,000 |',
      '| Storage revenue | 100,000 | 160,000 |',
      '| Total revenue | 500,000 | 610,000 |',
      '| Fuel costs | 150,000 | 170,000 |',
      '| Provision for trade receivables | 10,000 | 12,500 |',
      '| Provision for lease receivables | 4,000 | 3,200 |',
      '| Provision for guarantees | 2,000 | 7,300 |',
      '| Provision for loan receivables | 1,000 | 1,500 |',
      '| Total costs and expenses | 167,000 | 194,500 |',
    ),
  );
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `exclusion-base-${n++}`);

describe('a line excluding a line that is no part of it', () => {
  // Each had answered total costs less the guarantee provision: $187.2 million.
  it.each([
    'provision for trade receivables excluding provision for guarantees, Q3 2026',
    'provision for trade receivables ex guarantees, Q3 2026',
    'provision for trade receivables other than the guarantee one, Q3 2026',
    'fuel costs excluding provision for guarantees in Q3 2026',
  ])('%s: never another line less it', (q) => {
    const a = ask(q);
    expect(a.text).not.toContain('187.2');
    expect(a.text).not.toMatch(/total costs and expenses excluding/i);
    expect(a.status).toBe('unknown');
    // (Why: the line named does not hold the one taken out.)
    expect(a.text).toMatch(/provision for guarantees as a part of (?:provision for trade receivables|fuel costs)/i);
  });

  it('the two sides of a total of two: the total less the one is the other, named', () => {
    const a = ask('freight revenue excluding storage revenue, Q3 2026');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('$450.0 million');
  });
});

describe('a line excluding one of its parts', () => {
  it.each([
    ['total costs and expenses excluding provision for guarantees, Q3 2026', '$187.2 million'],
    ['total costs and expenses ex fuel costs, Q3 2026', '$24.5 million'],
    ['total costs and expenses other than provision for trade receivables, Q3 2026', '$182.0 million'],
  ])('%s: the whole less the part, cited', (q, figure) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(figure);
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('a family word keeps its own exclusion: the other provision lines', () => {
    const a = ask('provisions excluding the guarantee one, Q3 2026');
    expect(a.text).toContain('$17.2 million');
  });
});

// A family word with words before it names some members only ("trade provision": one line); the lines
// taken out are taken out of those. Read as the whole family, "trade provision ex guarantees" was the
// other three provisions added ($17.2 million), the trade line in them.
describe('a family word narrowed by the words before it, with a line excluded', () => {
  it.each([
    ['trade provision excluding guarantees, Q3 2026', 'provision for trade receivables, which does not include provision for guarantees'],
    ['the trade provision ex the guarantee one, Q3 2026', 'provision for trade receivables, which does not include provision for guarantees'],
    ['receivables provisions other than guarantees, Q3 2026', 'which do not include provision for guarantees'],
  ])('%s: the line is none of them, declined saying so', (q, why) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(why);
    expect(a.text).not.toMatch(/\$\d/);
  });

  it('a member of the lines named is taken out of them alone', () => {
    const a = ask('receivables provisions excluding the lease one, Q3 2026');
    expect(a.status, a.text).toBe('answer');
    // Trade and loan receivables: 12,500 + 1,500 (never the guarantee line).
    expect(a.text).toContain('$14.0 million');
  });

  it('words before the family word that no member goes by decline, naming them', () => {
    const a = ask('fuel provisions excluding guarantees, Q3 2026');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('fuel');
    expect(a.text).not.toMatch(/\$\d/);
  });
});
