// "what about the GAAP one?" after an adjusted line is that line's twin on the other basis, found where the two labels
// share few words ("Adjusted diluted EPS" and "Net earnings per share Diluted": the name a question would use,
// "diluted eps", names it) or print the basis in brackets ("Adjusted net income (non-GAAP)", "Net income (GAAP)").
// Where no twin is found the thread's own line is never given again: its basis is not the one asked.
// Pins other-basis.ts (basisTwin) and dialogue.ts's pointing rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const thread = (engine: Engine, id: string, questions: string[]) => questions.map((q) => engine.ask(q, id)).at(-1)!;

describe('the other basis of the thread\'s line', () => {
  let pinecrest: Engine;
  let hartwell: Engine;
  beforeAll(() => {
    pinecrest = sharedEngine('eval/hl48/docs/pinecrest-q3fy26.txt');
    hartwell = sharedEngine('eval/hl34/docs/hartwell-2026q3.html');
  });
  for (const q of ['what about the GAAP one?', 'and GAAP?', 'the GAAP one?', 'and reported?', 'what about the unadjusted one']) {
    it(`adjusted diluted EPS, then "${q}": diluted EPS $0.61, never the adjusted $0.71 again`, () => {
      const a = thread(pinecrest, `gaap-${q}`, ['adjusted diluted EPS for Q3', q]);
      expect(a.text).toContain('$0.61');
      expect(a.text).not.toContain('$0.71');
      expect(a.citations.map((c) => c.line)).toContain(91);
    });
  }
  it('and back: diluted EPS, then "and adjusted?" is adjusted diluted EPS', () => {
    expect(thread(pinecrest, 'adj-back', ['diluted EPS Q3', 'and adjusted?']).text).toContain('$0.71');
  });
  it('a basis printed in brackets: "(GAAP)" is the twin of "(non-GAAP)", not the unmarked line beside it', () => {
    expect(thread(hartwell, 'brackets', ['adjusted net income', 'and GAAP?']).text).toContain('Net income (GAAP) was $87.1 million');
  });
  it('"what\'s adjusted out?" after an adjusted line with no reconciliation read: never the adjusted figure again', () => {
    const a = thread(pinecrest, 'adjusted-out', ['adjusted EBITDA Q3', "what's adjusted out?"]);
    expect(a.text).not.toMatch(/^Adjusted EBITDA was/);
  });
  it('no GAAP twin: declined, never the adjusted figure again', () => {
    const a = thread(hartwell, 'none', ['adjusted EBITDA', 'and GAAP?']);
    expect(a.status).toBe('unknown');
    expect(a.text).not.toContain('163.6');
  });
});
