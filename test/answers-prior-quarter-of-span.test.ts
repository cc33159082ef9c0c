// "revenue prior quarter?" on a release whose figures are for nine months: the prior quarter is a quarter, the one
// before the quarter the span ends with, never the span moved back three months, nor the nine-month figure itself.
// The release gives no such quarter, so the bot declines. Pins knowledge/period-resolvers.ts (resolveRef).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../src/bot.js';
import type { Engine } from '../src/intents/answer.js';

let engine: Engine;
beforeAll(() => {
  engine = loadEngine({ releases: ['eval/hl21/docs/kanazawa-fy2025-9m.txt'] });
});

describe('the prior quarter of a longer span is a quarter', () => {
  for (const q of ['revenue prior quarter?', 'net sales last quarter?', 'revenue in the previous quarter?', 'operating profit a quarter ago?', 'what was revenue the quarter before?']) {
    it(q, () => {
      const a = engine.ask(q, `pq-${q}`);
      expect(a.status).not.toBe('answer');
      expect(a.text).not.toMatch(/448,915|412,380|45,871|38,204/);
    });
  }
  it('the span itself still answers', () => {
    expect(engine.ask('revenue?', 'pq-own').text).toContain('448,915');
  });
});
