// The whole of a share is the line its words name ("% of X"), with a period or a possessive between the
// words and the name ("% of Q2 group sales", "% of this quarter's net sales"): never the part, which would
// put the whole over its part ("group sales were 640% of Nordics").
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let fjordvik: Engine;
let northcrest: Engine;
beforeAll(() => {
  fjordvik = sharedEngine('test/fixtures/synthetic-fjordvik-2025q2.md');
  northcrest = sharedEngine('test/fixtures/synthetic-northcrest-2025q3.md');
});

let n = 0;
const said = (engine: Engine, q: string) => engine.ask(q, `share-whole-${n++}`).text.split('\nHow: ')[0];

describe('a period or possessive between the share words and the whole', () => {
  it.each([
    'what percent of Q2 group sales came from the Nordics',
    "what % of this quarter's group sales came from the Nordics?",
    'what share of Q2 2025 group sales was the Nordics',
  ])('%s: the part over the whole', (q) => {
    expect(said(fjordvik, q)).toBe('Nordics was 15.6% of group sales in Q2 2025 (€95.7 million of €612.4 million).');
  });

  it.each([
    'what % of Q3 net sales were e-commerce sales?',
    "what proportion of this quarter's net sales were e-commerce sales",
  ])('another release, a prose part of a table line: %s', (q) => {
    expect(said(northcrest, q)).toBe('E-commerce sales were 17.0% of net sales in Q3 2025 (C$88.4 million of C$520.0 million).');
  });
});

describe('a whole named again after a thread on that same whole', () => {
  it('asks which part, naming no share of the line in itself (it failed with an error)', () => {
    const engine = sharedEngine();
    for (const q of ['total opex this quarter', 'which line item was the biggest?']) engine.ask(q, 'whole-again');
    const a = engine.ask('share of total opex?', 'whole-again');
    expect(a.status).toBe('unknown');
    expect(a.text).toMatch(/of what\? Name the part/);
  });
});
