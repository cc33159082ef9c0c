// "revenue prior quarter?" on a release whose figures are for nine months: the prior quarter is a quarter, the one
// before the quarter the span ends with, never the span moved back three months, nor the nine-month figure itself.
// The release gives no such quarter, so the bot declines. Pins knowledge/period-resolvers.ts (resolveRef).
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl21/docs/kanazawa-fy2025-9m.txt');
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

describe('the prior quarter of an issuer\'s own 39 weeks is its own fiscal quarter', () => {
  it('"prior quarter?" after the 39 weeks ended November 2 is fiscal Q2 (13 weeks ended August 3), never a calendar quarter', () => {
    const own = inlineEngine([
      '# Pinecrest Outfitters Reports Third Quarter Fiscal 2024 Results',
      '',
      'Pinecrest Outfitters today reported results for the fiscal third quarter ended November 2, 2024.',
      '',
      '## Condensed statements of income',
      '',
      '| ($ in thousands) | Thirteen Weeks Ended November 2, 2024 | Thirteen Weeks Ended August 3, 2024 | Thirty-Nine Weeks Ended November 2, 2024 |',
      '|---|---|---|---|',
      '| Net sales | 300,000 | 280,000 | 860,000 |',
    ], 'pinecrest-fy24q3.md');
    own.ask('net sales for the 39 weeks?', 'fq');
    const a = own.ask('prior quarter?', 'fq');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('280.0 million');
    expect(a.text).not.toContain('August 31');
  });
});
