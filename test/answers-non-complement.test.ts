// "non-X" is the rest, never X: "non-capital-light loan volume" had answered the capital-light volume itself
// (the word "non" went unread). A line whose own name is "non-" (or "non-GAAP", the catalog's "adj") stays answered.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let seed: Engine;
let n = 0;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});
const ask = (q: string) => seed.ask(q, `non-${n++}`);

describe('"non-X" is the rest of a whole, never X', () => {
  it('declines where the line read is X itself', () => {
    const a = ask('non-capital-light loan volume in Q1 2024');
    expect(a.status).not.toBe('answer');
    expect(a.text).not.toContain('60,506');
  });

  it('a line whose own name is "non-" stays answered', () => {
    expect(ask('non-GAAP net income Q1 2024').status).toBe('answer');
    expect(ask('non-current assets at 3/31/24').status).toBe('answer');
    // ("adj" reads as "non-GAAP": a basis, no opposite.)
    expect(ask('adj net income Q1 2024').text).toContain('Non-GAAP net income was');
  });
});
