// A follow-up after a turn declined, or after two periods shown, must not build on a reading never answered
// (hunt32 class F): "yoy?" after a declined "revenue ex fuel?" added fuel to revenue; "avg price?" after a
// buyback shown for Q3 and year to date averaged the two dollar amounts.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

const engines = new Map<string, Engine>();
const DOCS = { brindle: 'eval/hl13/docs/brindlemoor-q2fy26.md', harbor: 'eval/hl25/docs/harborpine-q3fy26.html' };
beforeAll(() => {
  for (const [k, doc] of Object.entries(DOCS)) engines.set(k, sharedEngine(doc));
});
let n = 0;
const ask = (doc: keyof typeof DOCS, ...qs: string[]) => {
  const c = `declined-${n++}`;
  return qs.map((q) => engines.get(doc)!.ask(q, c)).at(-1)!;
};

describe('a follow-up never builds on a reading that was declined or never asked', () => {
  it('a figure of several lines declined carries its decline: "yoy?" adds nothing up', () => {
    const a = ask('brindle', 'revenue ex fuel?', 'yoy?');
    expect(a.text).not.toMatch(/4,217\.2|1\.7%|sum of/i);
    expect(a.status).not.toBe('answer');
  });

  it('"avg price?" after a buyback shown at two periods is no average of the amounts', () => {
    const a = ask('harbor', 'buyback Q3?', 'YTD?', 'avg price?');
    expect(a.text).not.toMatch(/172\.1|2\.1 million shares/);
  });

  it('a bare "average?" or "add them up" still works along the thread', () => {
    const seed = sharedEngine('data/releases/qfin-2024q1.md');
    expect(['net income each quarter', 'average?'].map((q) => seed.ask(q, 'along')).at(-1)!.text).toContain('1,065.9');
    expect(['net income Q1 2024', 'and Q4 2023?', 'add them up'].map((q) => seed.ask(q, 'shown')).at(-1)!.text).toContain('2,267.8');
  });

});
