// Two readings of an IT-services release (test/fixtures/synthetic-delivery-mix-2026q3.md): a rate's change stated as a
// noun after it ("an expansion of 0.6 percentage points") is the change answered, never one recomputed from the rounded
// rates (0.7); and "A and B revenue share" splits over the head "revenue", the word after it ("share") no part of
// either name, while a figure after "averaging" ("Salary revisions averaging 6.0% nearshore") is no line named by the
// word after it.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let kestrel: Engine;
beforeAll(() => {
  kestrel = sharedEngine('test/fixtures/synthetic-delivery-mix-2026q3.md');
});

let n = 0;
const ask = (q: string) => kestrel.ask(q, `delivery-mix-${n++}`);

describe('a change stated as a noun after the rate', () => {
  it.each([
    ['How much did the operating margin expand year on year?', 'up 0.6 percentage points', 'an expansion of 0.6 percentage points'],
    ['EBITDA margin change year over year?', 'down 0.2 percentage points', 'a contraction of 0.2 percentage points'],
  ])('%s: the printed change, cited', (q, said, quote) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain(said);
    expect(a.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining(quote));
  });
});

describe('two shares of revenue by a shared head, a word after it', () => {
  it('the gap is the table rows, never the wage figure of the prose', () => {
    const a = ask("What's the gap between nearshore and onshore revenue share?");
    expect(a.status).toBe('answer');
    expect(a.text).toContain('29.0 percentage points');
    expect(a.text).not.toContain('6.0%');
  });

  it('a wage revision is no line named "nearshore"', () => {
    const a = ask('What was nearshore?');
    expect(a.text).not.toContain('6.0%');
  });
});
