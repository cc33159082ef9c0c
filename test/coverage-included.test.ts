// "X incl Y": Y is a part the line holds only when no other line is about Y. Where another line is
// ("Cash, cash equivalents, and restricted cash"), the narrower line is never answered for it: the bot
// declines and names the lines that are about Y, so the reason it gives is true.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let seed: Engine;
beforeAll(() => {
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

describe('a word said to be included that another line is about', () => {
  it('never answers the narrower line; names the lines about the word', () => {
    const a = seed.ask('period-end cash incl. restricted at 3/31/24', 'included-1');
    expect(a.status).toBe('unknown');
    expect(a.text).not.toMatch(/5,301/);
    expect(a.text).toMatch(/Cash and cash equivalents is not about "restricted"; .*Cash, cash equivalents, and restricted cash, end of period/);
  });
  it('the line that is about it is still answered when asked by its words', () => {
    expect(seed.ask('cash at end of period including restricted', 'included-2').text).toMatch(/^Cash, cash equivalents, and restricted cash, end of period was RMB8,156\.6 million/);
  });
});
