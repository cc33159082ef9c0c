// A line printed "Net income and comprehensive income" (a REIT with no other comprehensive income) is the net
// income: "net income" was declined as another measure, and as lacking the "net" of a line that was never a
// candidate ("Interest and other income"). Amounts are in thousands, as the release says.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

let reit: Engine;
beforeAll(() => {
  reit = sharedEngine('eval/hl42/docs/cedarvale-reit-q3-2026.md');
});

describe('net income asked of a line that is net income and comprehensive income', () => {
  it.each(['net income in q3?', 'net income', 'net income yoy'])('answers "%s" with the line, in thousands', (q) => {
    const a = reit.ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/^Net income and comprehensive income was C\$48\.9 million in Q3 2026/);
    expect(a.citations[0]?.line).toBe(71);
  });
  it('still declines a line only sharing its words', () => {
    expect(reit.ask('net operating income margin', 'noi-m').text).not.toMatch(/48\.9/);
  });
});
