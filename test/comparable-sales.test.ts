// "comp store sales": retail shorthand for comparable sales, and the "net" of "Comparable store net
// sales" left unsaid (naming rule net-unsaid). Buckle as filed, and a small release of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import { writeTmp } from './knowledge-helpers.js';

const GROVE = `# Grove Outfitters Inc. Reports First Quarter 2024 Results

**OMAHA, April 25, 2024** — Grove Outfitters Inc. (NYSE: GRVO) today reported results for the first quarter ended March 31, 2024.

Comparable store net sales for the quarter increased 4.2 percent from the first quarter of 2023. Net income was $12.5 million.
`;

let n = 0;
let grove: ReturnType<typeof loadEngine>;
let buckle: ReturnType<typeof loadEngine>;
beforeAll(() => {
  grove = loadEngine({ releases: [writeTmp('grove-comp-2024q1.md', GROVE)] });
  buckle = sharedEngine('../shared/releases/filed/bke-2024q3.html');
});

describe('comparable sales asked as "comp store sales"', () => {
  it('Buckle: comp store sales q3 is its comparable store net sales change', () => {
    const a = buckle.ask('comp store sales q3', `c-${n++}`);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('0.7%');
  });

  it('a release of our own: "comp store sales" and "comparable store sales"', () => {
    for (const q of ['comp store sales in Q1 2024', 'comparable store sales in Q1 2024']) {
      const a = grove.ask(q, `c-${n++}`);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('4.2%');
    }
  });
});
