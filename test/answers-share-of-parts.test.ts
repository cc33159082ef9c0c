// A share of parts ("A + B as % of C") and a definition asked with an inclusion ("how's that defined -
// does it include X?"), on a release of our own with parts stated in prose and a statement's fee line.
// A sum of two loan volumes had been given as a share of a fee line (RMB43,960m of RMB502.7m: 8,744.5%),
// since "capital-light" named the fee line; a line named after "does it include" had been defined in
// place of the thread's line (another footnote quoted as the definition).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { loadKnowledge } from '../src/knowledge/load.js';

let engine: Engine;
let seed: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  const dir = mkdtempSync(join(tmpdir(), 'qfin-share-of-parts-'));
  // The issuer's shorthand names the fee line "capital light", as the seed's aliases do.
  writeFileSync(join(dir, 'harbourline-2026q3.aliases.json'), JSON.stringify({ issuer: 'Harbourline Credit', names: { 'Loan facilitation and servicing fees-capital light': ['capital light'] } }));
  const lines = [
      '# Harbourline Credit Reports Third Quarter 2026 Results',
      '',
      'Harbourline Credit today reported results for the third quarter ended September 30, 2026.',
      '',
      '## Third Quarter 2026 Operating Highlights',
      '',
      '- Total loan volume<sup>1</sup> reached US$48,200 million in the third quarter of 2026, an increase of 8.0% from US$44,630 million in the same period of 2025.',
      '- Out of those loans, US$25,000 million was under capital-light model, Pocket and merchant lending<sup>2</sup>, representing 51.9% of the total.',
      '- Outstanding loan balance was US$30,000 million as of September 30, 2026, of which US$12,000 million was under capital-light model, Pocket and merchant lending<sup>3</sup>.',
      '- 60 day+ overdue rate<sup>4</sup> of loans across our app was 2.10% as of September 30, 2026.',
      '',
      '<sup>1</sup> Refers to the total principal of loans made during the period.',
      '',
      '<sup>2</sup> Loan volume through Pocket was US$11,000 million in the third quarter of 2026. Loan volume through merchant lending was US$8,300 million in the third quarter of 2026.',
      '',
      '<sup>3</sup> As of September 30, 2026, outstanding loan balance was US$4,000 million for Pocket and US$5,000 million for merchant lending.',
      '',
      '<sup>4</sup> "60 day+ overdue rate" refers to the principal of loans 61 to 120 days past due as a percentage of the principal outstanding. Loans under merchant lending are not included.',
      '',
      '## Unaudited Condensed Consolidated Statements of Operations',
      '',
      '| (US$ in millions) | Q3 2025 | Q3 2026 |',
      '|---|---|---|',
      '| Loan facilitation and servicing fees-capital light | 180.0 | 210.0 |',
      '| Total revenue | 900.0 | 1,000.0 |',
  ];
  writeFileSync(join(dir, 'harbourline-2026q3.md'), lines.join('\n'));
  engine = createEngine(loadKnowledge([join(dir, 'harbourline-2026q3.md')], () => {}).kb);
});

let n = 0;
const ask = (q: string, thread = `share-of-parts-${n++}`): Answer => engine.ask(q, thread);

describe('a sum of parts as a share of a whole', () => {
  it('the whole named by words the fee line goes by too is the line the parts are parts of', () => {
    const a = ask('Pocket + merchant lending volume as % of the capital-light/Pocket/merchant total');
    expect(a.status).toBe('answer');
    // (11,000 + 8,300) / 25,000.
    expect(a.text).toContain('77.2% of loan volume under capital-light model, Pocket and merchant lending');
    expect(a.text).not.toMatch(/fees/i);
  });

  it('a loan volume over a fee line is never computed, though both are amounts', () => {
    const a = ask('Pocket + merchant lending volume as % of capital light fees');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/\d[\d,.]*%/);
  });

  it('nor one volume over the fee line', () => {
    const a = ask('loan volume under capital-light model, Pocket and merchant lending as % of capital light fees');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/\d[\d,.]*%/);
  });
});

describe('a share asked of more lines than a part and its whole', () => {
  // (The seed: "ICE + other tech volume" named the volume whose label lists both, beside the other part.)
  it('three lines named, no sum read: declined, never a share of two of them', () => {
    const a = seed.ask('ICE + other tech volume as % of capital light fees', 'three-lines');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/\d[\d,.]*%/);
  });
});

// (On the seed release: its footnote on the loan count is the one another line's definition had borrowed.)
describe('a definition asked with an inclusion', () => {
  it("the thread's line is defined by its own footnote, not the line named after \"does it include\"", () => {
    const thread = 'inclusion-balance';
    expect(seed.ask('total outstanding loan balance?', thread).status).toBe('answer');
    const a = seed.ask('how is that defined - does it include ICE loans?', thread);
    expect(a.text).toContain('excluding loans delinquent for more than 180 days');
    expect(a.citations.map((c) => c.line)).toEqual([36]);
  });

  it('the line named before the inclusion, alone', () => {
    const a = seed.ask('how is the 90 day+ delinquency rate defined - does it include ICE loans?', 'inclusion-rate');
    expect(a.text).toContain('91 to 180 calendar days past due');
    expect(a.citations.every((c) => c.line === 40)).toBe(true);
  });
});
