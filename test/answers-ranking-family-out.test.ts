// A ranking with a family of lines left out (r53-185): "smallest of the opex lines (excluding provisions)" ranks the
// lines of total opex without the provision lines, never the total less the provisions (one figure, where the
// smallest line was asked). A whole less a family, asked with no ranking word, is still that subtraction.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { larkspur } from './support/larkspur.js';

let engine: Engine;
let n = 0;
beforeAll(() => {
  engine = inlineEngine(larkspur(
    '| Total revenues | 900,000 | 1,000,000 |',
    '| Funding costs | 60,000 | 55,000 |',
    '| Sales and marketing | 140,000 | 150,000 |',
    '| General and administrative | 70,000 | 80,000 |',
    '| Provision for loans receivable | 30,000 | 40,000 |',
    '| Provision for contingent liabilities | 20,000 | 10,000 |',
    '| **Total operating costs and expenses** | **320,000** | **335,000** |',
  ), 'larkspur-2026q1.md');
});

const ask = (q: string) => engine.ask(q, `ranking-family-out-${n++}`);

describe('a ranking with a family left out', () => {
  it.each([
    'smallest of the opex lines in Q1 2026 (excluding provisions)',
    'which opex line was smallest, excluding provisions?',
    'smallest opex line other than provisions',
    'smallest operating cost line ex provisions',
  ])('"%s" ranks the lines left, never the total less the family', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/smallest first, leaving out provision for loans receivable and provision for contingent liabilities:\n- Funding costs: \$55\.0 million/);
    expect(a.text).not.toContain('$10.0 million');
    expect(a.text).not.toContain('$285.0 million');
  });

  it('"largest ... ex provisions" a year earlier ranks that year\'s lines', () => {
    const a = ask('largest opex line ex provisions in Q1 2025');
    expect(a.text).toMatch(/largest first, leaving out .*:\n- Sales and marketing: \$140\.0 million\n- General and administrative: \$70\.0 million\n- Funding costs: \$60\.0 million/);
  });

  it('the whole less the family, asked with no ranking word, is still their difference', () => {
    const a = ask('opex excluding provisions in Q1 2026');
    expect(a.text).toContain('$285.0 million');
  });
});
