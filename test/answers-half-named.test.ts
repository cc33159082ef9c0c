// A half-year asked is that half, by any name ("H1 2025", "1H25", "the first half of 2025", "the six months ended
// June 30, 2025"), answered with the half's own label; a half, quarter or year the release does not give is declined
// naming it, never answered with a half. A release whose issuer was read from its headline ("H1 2026 results: ...")
// took "H1" for the company's name, so "H1 2025" was the company and 2025, read as FY2025 and declined.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { issuerOf } from '../src/intents/recognisers/entities.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  '# Synthetic Ravel', '',
  '## H1 2026 results: synthetic growth in EBITDA', '',
  'The condensed half-year statements for the six months ended 30 June 2026 were approved on 28 July 2026. Figures are in millions of euros.', '',
  '| In € millions | H1 2026 | H1 2025 | Change |', '|:---|---:|---:|---:|',
  '| Revenue | 1,240.0 | 1,180.0 | +5.1% |', '| EBITDA | 310.0 | 280.0 | +10.7% |',
];

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(RELEASE, 'synthetic-ravel-2026h1.md');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `half-named-${n++}`);

describe('a half asked by any of its names is the half', () => {
  it.each(['revenue in H1 2025', 'revenue in 1H25', 'revenue, first half of 2025', 'revenue for the six months ended June 30, 2025', 'H1 2025 revenue?'])('%s', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('€1,180.0 million in the 6 months ended June 30, 2025');
    expect(a.text).not.toMatch(/FY2025|Q2 2025/);
  });

  it('a half-on-half change is between the halves', () => {
    const a = ask('EBITDA growth H1 2026 vs H1 2025');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('up 10.7%');
    expect(a.text).toContain('€280.0 million in the 6 months ended June 30, 2025');
  });
});

describe('a period the release does not give is declined naming it', () => {
  it.each([
    ['revenue in H2 2025', 'the 6 months ended December 31, 2025'],
    ['revenue in Q2 2026', 'Q2 2026'],
    ['revenue in FY2025', 'FY2025'],
  ])('%s', (q, named) => {
    const a = ask(q);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain(`for ${named}`);
    expect(a.text).not.toMatch(/1,240\.0|1,180\.0/);
  });
});

describe('an issuer named by its headline', () => {
  it('has no period among its names ("H1", "H1 2026" of "H1 2026 results: ...")', () => {
    const names = [...issuerOf(new KnowledgeBase([inlineRelease(RELEASE, 'synthetic-ravel-2026h1.md')])).names];
    expect(names.filter((n) => ['h1', 'h1 2026', 'h1 2026 results:'].includes(n))).toEqual([]);
  });
});
