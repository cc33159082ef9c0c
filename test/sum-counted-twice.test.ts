// Adding a line to a line that already holds it counts the part twice: a sum whose terms are a whole and
// its own part (a line whose label lists the other as one of its items) is declined, saying which includes
// which; lines that are no part of each other still add up.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let seed: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

const ask = (q: string) => seed.ask(q, `twice-${q}`);

describe('a sum of a line and its own part', () => {
  it('is declined, naming the line that already includes the other', () => {
    const a = ask('add the capital-light, ICE and other technology solutions loan balance to the other technology solutions loan balance');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/ICE and other technology solutions already includes outstanding loan balance for other technology solutions, so adding them would count it twice/);
    expect(a.text).not.toMatch(/145,162/);
  });
  it('a table subtotal plus one of its own rows is declined too', () => {
    const a = ask('credit driven services + financing income, Q1 2024');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/Credit driven services already includes financing income/);
  });
  it('lines that are no part of each other still add up', () => {
    const a = ask('sum of financing income and revenue from releasing of guarantee liabilities');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/RMB2,701\.0 million/);
  });
});
