// A thread whose question about a segment was declined (its table left unread: "connected care sales?") keeps the
// segment: "and adj EBITA?" next is Connected Care's, declined by name, never the group's €248 million in its place.
// Pins declined-thread.ts (unreadRowNamed), context.ts (declinedTurn) and thread-segment.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl46/docs/vms-q3-2026-highlights.md');
});

const thread = (id: string, questions: string[]) => questions.map((q) => engine.ask(q, id));

describe("a declined segment question's segment is the thread's", () => {
  it('"and adj EBITA?" after "connected care sales?", "comparable?": declined naming Connected Care, never the group figure', () => {
    const [, , a] = thread('seg-1', ['connected care sales?', 'comparable?', 'and adj EBITA?']);
    expect(a!.status).toBe('unknown');
    expect(a!.text).toContain('Connected Care');
    expect(a!.text).not.toContain('248');
  });
  it('the whole company asked by name still answers', () => {
    const [, a] = thread('seg-2', ['connected care sales?', 'group adj EBITA?']);
    expect(a!.status).toBe('answer');
    expect(a!.text).toContain('€248.0 million');
  });
});
