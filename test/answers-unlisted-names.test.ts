// Several lines are answered one after another only where the question lists them ("A and B", "A, B"):
// names read from fragments of one phrase, an apposition ("(i.e. X)") restating the name before it, or
// "the OLB of the capital heavy model", are one figure asked that no line is. Each fragment's line, each
// correctly labelled, answered lines nobody asked for (r18 hard-17): declined, naming what was read.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let seed: Engine;
let n = 0;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});
const ask = (q: string) => seed.ask(q, `unlisted-${n++}`);

describe('several lines only where the question lists them', () => {
  it('an apposition restates one name: no list of the lines its fragments name', () => {
    for (const q of ['outstanding loan balance (i.e. capital light) at 3/31/24', 'total loan volume, i.e. capital light, Q1 2024']) {
      const a = ask(q);
      expect(a.status, q).not.toBe('answer');
      expect(a.text, q).toContain('did not list them');
    }
  });

  it('a name qualified by another line\'s words is one thing asked, not both lines', () => {
    const a = ask('OLB of the capital heavy model at 3/31/24');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toMatch(/169,920|243\.8/);
  });

  it('lines listed with "and" or a comma are each answered', () => {
    for (const q of ['capital heavy fees and total OLB Q1 2024', 'revenue, net income Q1 2024']) {
      const a = ask(q);
      expect(a.status, q).toBe('answer');
      expect(a.text.split('\n').filter((l) => / was /.test(l)).length, q).toBeGreaterThanOrEqual(2);
    }
  });
});
