// A Canadian issuer's buyback is its normal course issuer bid, asked as "NCIB": the bot answered "I don't know
// 'ncib activity'". The question's NCIB, or issuer bid, now asks the buyback, answered from the release's figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl46/docs/nfm-2026q2.txt');
});

describe('a buyback asked by its Canadian name', () => {
  it.each(['NCIB activity in Q2 - shares, avg price, total', 'how much did they buy under the NCIB', 'normal course issuer bid?', 'issuer bid purchases in Q2'])('%s', (q) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/1\.2 million/);
    expect(a.citations.map((c) => c.line)).toContain(117);
  });
});
