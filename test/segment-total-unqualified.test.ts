// A segment's sales asked with no qualifier: among the lines the name fits, the one whose label adds only
// a neutral word ("Total sales") is the segment's sales; "External" and "Inter-segment" sales are its
// parts, each answered when named.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const segment = (name: string, rows: string[]) => [`## ${name}`, '', '| ($ in millions) | Q1 2026 | Q1 2025 |', '|---|---|---|', ...rows, ''];
let engine: Engine;
let cat: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Machines Reports First Quarter 2026 Results',
    '',
    'Synthetic Machines today reported results for the first quarter ended March 31, 2026.',
    '',
    ...segment('Harbor Equipment', ['| External sales | 1,150 | 1,060 |', '| Inter-segment sales | 50 | 40 |', '| Total sales | 1,200 | 1,100 |']),
    ...segment('Field Services', ['| External sales | 780 | 745 |', '| Inter-segment sales | 20 | 15 |', '| Total sales | 800 | 760 |']),
  ]);
  cat = sharedEngine('../shared/releases/filed/cat-2022q1.htm');
});
let n = 0;
const ask = (e: Engine, q: string): Answer => e.ask(q, `segment-total-${n++}`);

describe("a segment's sales, unqualified", () => {
  it('is its total sales; its external sales when asked', () => {
    const a = ask(engine, 'Field Services sales in Q1 2026');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$800.0 million');
    expect(ask(engine, 'Field Services external sales in Q1 2026').text).toContain('$780.0 million');
  });

  it('lines each qualified its own way, none a total, stay a question', () => {
    const parts = inlineEngine([
      '# Synthetic Machines Reports First Quarter 2026 Results',
      '',
      'Synthetic Machines today reported results for the first quarter ended March 31, 2026.',
      '',
      ...segment('Field Services', ['| External sales | 780 | 745 |', '| Inter-segment sales | 20 | 15 |']),
    ]);
    expect(ask(parts, 'sales in Q1 2026').status).toBe('clarify');
  });

  it('as filed (Caterpillar): Construction Industries sales and its change', () => {
    const a = ask(cat, "Construction Industries sales in Q1 '22 and the % change YoY?");
    expect(a.status).toBe('answer');
    expect(a.text).toContain('Total Sales');
    expect(a.text).toContain('up 12.0%');
  });
});
