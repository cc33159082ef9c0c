// A plan capped in shares and in money, "up to 8.0 million shares ... or up to ¥30.0 bn", where only the count is
// read as a figure: asked how big it is, the bot gave 8.0 million shares as the whole size. The money cap is the
// plan's size as much, and is now given in the release's words beside the count.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl46/docs/hoshizora-1h-fy26.md');
});

describe('a plan capped in shares or in money', () => {
  it.each(['new buyback - how big', 'size of the share repurchase', 'how many shares can they buy back under the new program'])('gives both caps: %s', (q) => {
    const a = engine.ask(q, q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('8.0 million shares');
    expect(a.text).toContain('¥30.0 bn');
    expect(a.citations.map((c) => c.line)).toContain(97);
  });
});
