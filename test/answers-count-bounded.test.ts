// "How many" with a bound before the things counted ("how many €1m+ clients?") asks a count: a line of those things'
// share of a total (a percentage) never answers it, however the bound is written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Veldhoven Software N.V. — Q2 2026 results (invented issuer, for testing)',
  '',
  'Veldhoven Software N.V. today reported results for the second quarter ended June 30, 2026.',
  '',
  '| (€ thousands) | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  '| Subscription revenue | 41,200 | 36,900 |',
  '| Clients with ARR above €1 million as a share of total ARR (%) | 57% | 52% |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'veldhoven-q2-26.md');
});
let n = 0;
const ask = (q: string) => bot.ask(q, `bounded-${n++}`);

describe('a count asked with a bound before the things counted', () => {
  it('is never answered with their share', () => {
    for (const q of ['how many €1m+ ARR clients?', 'how many 1m+ clients in Q2 2026', 'how many $1m+ arr clients q2 2025?']) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/5[27]%/);
      expect(a.status, q).not.toBe('answer');
    }
  });

  it('the share asked as a share is answered', () => {
    expect(ask('clients with ARR above €1 million as a share of total ARR in Q2 2026').text).toContain('57%');
  });
});
