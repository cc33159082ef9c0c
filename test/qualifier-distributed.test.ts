// A name qualifying the first of two parts ("North segment profit and segment profit margin") picks,
// among the lines the second part fits, the one it qualifies too: the second part is not asked about
// every segment.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
let cat: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Machines Reports First Quarter 2026 Results',
    '',
    'Synthetic Machines today reported results for the first quarter ended March 31, 2026.',
    '',
    '| ($ in millions) | Q1 2026 | Q1 2025 |',
    '|---|---|---|',
    '| **Harbor Equipment** | | |',
    '| Segment sales | 1,200 | 1,100 |',
    '| Segment profit | 240 | 200 |',
    '| Segment profit margin | 20.0% | 18.2% |',
    '| **Field Services** | | |',
    '| Segment sales | 800 | 760 |',
    '| Segment profit | 96 | 99 |',
    '| Segment profit margin | 12.0% | 13.0% |',
  ]);
  cat = sharedEngine('../shared/releases/filed/cat-2022q1.htm');
});
let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `distributed-${n++}`);

describe('a qualifier over two parts', () => {
  it("the segment named before the first part is the second part's too", () => {
    const a = ask(engine, 'Field Services segment profit and segment profit margin for Q1 2026');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$96.0 million');
    expect(a.text).toContain('12.0%');
    expect(a.text).not.toContain('20.0%');
  });

  it('as filed (Caterpillar): Resource Industries segment profit and segment profit margin', () => {
    const a = ask(cat, 'Resource Industries segment profit and segment profit margin in Q1 2022');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$361.0 million');
    expect(a.text).toContain('12.8%');
    expect(a.text).not.toContain('17.3%');
  });
});
