// A thread's period survives a declined turn (r27-094): the period a declined question named stays the
// thread's, so a derived follow-up ("so ETR?") is of that period, never this quarter; "that qtr", "in that
// period" are the thread's period; "pre tax" spaced is the pretax line as "pre-tax" is. On an inline release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { larkspur, threads } from './support/larkspur.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(larkspur(
    '| Total revenues | 500,000 | 600,000 |',
    '| Income before income taxes | 200,000 | 250,000 |',
    '| Income tax expense | 30,000 | 50,000 |',
    '| Net income | 170,000 | 200,000 |',
  ), 'larkspur-2026q1.md');
});

const thread = threads(() => engine, 'declined-period');

describe("a thread's period through declined turns", () => {
  it('"pre tax income 1q25", "tax that qtr", "so ETR?": each of Q1 2025', () => {
    const [pretax, tax, etr] = thread('pre tax income 1q25', 'tax that qtr', 'so ETR?');
    expect(pretax!.text).toContain('$200.0 million in Q1 2025');
    expect(tax!.text).toContain('$30.0 million in Q1 2025');
    expect(etr!.text).toContain('15.0% in Q1 2025');
  });

  it.each(['pretax gadgets q1 2025', 'frobnicate for 1Q25'])('"%s" declined, then "so the ETR?": of the quarter it named, never this quarter', (q) => {
    const [declined, etr] = thread(q, 'so the ETR?');
    expect(declined!.status).toBe('unknown');
    expect(etr!.text).toContain('15.0% in Q1 2025');
    expect(etr!.text).not.toContain('20.0%');
  });

  it('two declined turns keep the period the first named', () => {
    const etr = thread('pretax gadgets q1 2025', 'and gizmos?', 'so ETR?').at(-1)!;
    expect(etr.text).toContain('15.0% in Q1 2025');
  });

  it('"and revenue in that period?" is the thread\'s period', () => {
    expect(thread('net income q1 2025', 'and revenue in that period?').at(-1)!.text).toContain('$500.0 million in Q1 2025');
  });

  it('"tax that quarter" with no thread asks which period', () => {
    const [a] = thread('tax that quarter');
    expect(a!.status).toBe('unknown');
    expect(a!.text).toContain('Which period do you mean by "that quarter"');
  });
});
