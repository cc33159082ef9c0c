// The call for these results asked ("when's the call", "webcast?", "dial-in number") is an event, not a
// figure: the release's own sentences on its call are quoted, else the bot declines. It had answered
// "conference call date?" with the release's own date line, and "when's the call" with no reading at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { LARCHFIELD_Q3 } from './support/larchfield.js';

const BODY = LARCHFIELD_Q3;
const CALL = [
  '## Conference call',
  '',
  'Management will host a conference call on November 5, 2026 at 8:30 a.m. ET.',
  '',
  'A replay of the webcast will be available on the investor relations website for 90 days.',
];
let withCall: Engine;
let without: Engine;
let shipped: Engine;
beforeAll(() => {
  withCall = inlineEngine(['# Larchfield Tools Reports Third Quarter 2026 Results', '', ...BODY, ...CALL], 'larchfield-call-2026q3.md');
  without = inlineEngine(['# Larchfield Tools Reports Third Quarter 2026 Results', '', ...BODY], 'larchfield-nocall-2026q3.md');
  shipped = sharedEngine('data/releases/qfin-2024q1.md');
});
let n = 0;
const ask = (e: Engine, q: string) => e.ask(q, `call-${n++}`);

describe('the call for these results asked', () => {
  it("quotes the call's own sentence for its date and time, never a figure", () => {
    for (const q of ["when's the call", 'what time is the earnings call?', 'conference call date?', 'the call?']) {
      const a = ask(withCall, q);
      expect(a.status, q).toBe('answer');
      expect(a.text, q).toContain('November 5, 2026 at 8:30 a.m. ET');
      expect(a.text, q).not.toContain('41.2');
    }
  });

  it('quotes the sentence on the way in that was named', () => {
    const a = ask(withCall, 'is there a webcast replay?');
    expect(a.text).toContain('A replay of the webcast');
    expect(a.text).not.toContain('8:30');
  });

  it("gives the call's date on the shipped release, not the release's own date line", () => {
    const a = ask(shipped, 'conference call date?');
    expect(a.citations.map((c) => c.line)).toEqual([169]);
    expect(a.text).toContain('7:30 AM U.S. Eastern Time on Monday, May 20, 2024');
  });

  it('declines where the release says nothing of a call', () => {
    const a = ask(without, "when's the call?");
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('nothing about a conference call');
  });
});
