// Follow-ups among a statement's sections (#8, session 17): a follow-up naming another section's line
// ("and credit driven?" after the platform services total) is that section's line, the thread's line's
// sibling under one parent, never one of its parts that happens to share the thread's words
// ("Other services fees (Credit driven services)"); one naming another parent ("and under platform services?")
// is the thread line's namesake under it. On the seed release and on a release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let seed: Engine;
let own: Engine;
let n = 0;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
  own = inlineEngine([
    '# Brackenridge Instruments Reports Second Quarter 2026 Results',
    '',
    'Brackenridge Instruments today reported results for the second quarter ended June 30, 2026.',
    '',
    '## Condensed statements of operations',
    '',
    '| ($ in thousands) | Q2 2025 | Q2 2026 |',
    '|---|---|---|',
    '| **Industrial products** | **300,000** | **330,000** |',
    '| Sensor products sales | 200,000 | 210,000 |',
    '| Other products sales | 100,000 | 120,000 |',
    '| **Consumer products** | **150,000** | **140,000** |',
    '| Wearable products sales | 90,000 | 84,000 |',
    '| Other products sales | 60,000 | 56,000 |',
    '| **Total net sales** | **450,000** | **470,000** |',
  ], 'brackenridge-2026q2.md');
});
const ask = (engine: Engine, ...qs: string[]): Answer[] => {
  const thread = `sections-${n++}`;
  return qs.map((q) => engine.ask(q, thread));
};

describe('a follow-up naming a section beside the thread line', () => {
  it('is that section, not its part sharing the thread line words (seed: credit driven after platform services)', () => {
    const [, , a] = ask(seed, 'net revenue from platform services', 'QoQ', 'and credit driven QoQ');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Credit driven services were RMB3,016.3 million');
    expect(a!.text).toContain('down 7.1%');
  });
  it('is that section on a release of our own (consumer after industrial products)', () => {
    const [first, a] = ask(own, 'industrial products Q2 2026', 'and consumer?');
    expect(first!.text).toContain('330.0 million');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('140.0 million');
    expect(a!.text).not.toContain('56.0 million');
  });
  it('the part is still reached when the thread was on a part (seed: "the credit driven one" after platform other services fees)', () => {
    const [, a] = ask(seed, 'Other services fees under platform services in Q1 24?', 'the credit driven one');
    expect(a!.text).toContain('RMB71.5 million');
  });
});

describe('a follow-up naming another parent of the thread line ("and under platform services?")', () => {
  it('is the line of the same name under that parent (seed: other services fees)', () => {
    const [, a, sum] = ask(seed, 'Other services fees under credit driven services in Q1 24?', 'and the ones under platform services?', 'combined?');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('Other services fees (Platform services) were RMB85.4 million');
    expect(sum!.text).toContain('RMB156.9 million');
  });
  it('is the line of the same name under that parent on a release of our own', () => {
    const [first, a] = ask(own, 'other products sales under industrial products Q2 2026', 'and under consumer products?');
    expect(first!.text).toContain('120.0 million');
    expect(a!.status, a!.text).toBe('answer');
    expect(a!.text).toContain('56.0 million');
  });
});

