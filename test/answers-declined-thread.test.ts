// After a question declined before any line was found: a follow-up pointing back at it ("and QoQ?") declines
// again, naming it; one naming a line of its own is answered on its own; one putting the issuer in place of
// the company not understood ("ok what about <issuer>'s") asks that question of the issuer
// (intents/declined-thread.ts). r25 cv-20. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const engine = () =>
  inlineEngine([
    '# Synthetic Harbour Tools plc Reports First Quarter 2026 Results',
    '',
    'Synthetic Harbour Tools plc today reported results for the first quarter ended March 31, 2026.',
    '',
    '| GBP million | Q1 2026 | Q4 2025 | Q1 2025 |',
    '|---|---:|---:|---:|',
    '| Revenue | 640.0 | 620.0 | 610.0 |',
    '| Net profit | 61.0 | 58.0 | 55.0 |',
  ]);

describe('a follow-up after a declined question', () => {
  it('naming the issuer in place of another company asks the declined question of the issuer', () => {
    const e = engine();
    expect(e.ask("what was Brightwater's revenue in Q1 2026?", 'd1').status).toBe('unknown');
    const a = e.ask("ok what about Synthetic Harbour Tools's", 'd1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('640.0');
  });
  it('naming the issuer with a line of its own is that question', () => {
    const e = engine();
    e.ask("what was Brightwater's revenue in Q1 2026?", 'd2');
    const a = e.ask('and net profit in Q1 2026?', 'd2');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('61.0');
  });
  it('pointing back at it declines again, naming it', () => {
    const e = engine();
    e.ask("what was Brightwater's revenue in Q1 2026?", 'd3');
    const a = e.ask('and QoQ?', 'd3');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Brightwater');
  });
  it('a second follow-up pointing back names the question declined, not the follow-up', () => {
    const e = engine();
    e.ask("what was Brightwater's revenue in Q1 2026?", 'd5');
    e.ask('and a year ago?', 'd5');
    const a = e.ask('growth?', 'd5');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Brightwater');
  });
  // (hl33 hg-04: "stores revenue growth in Q3?" declined, then "and trade?" had trade's level, not its growth.)
  it('a line named next is asked what the declined question asked: its growth, not its level', () => {
    const e = engine();
    expect(e.ask('widget revenue growth qoq in Q1 2026?', 'd6').status).toBe('unknown');
    const a = e.ask('and net profit?', 'd6');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('5.2%');
  });
  it('naming the issuer after a decline for another reason declines again', () => {
    const e = engine();
    e.ask('what was the widget margin in Q1 2026?', 'd4');
    const a = e.ask('what about Synthetic Harbour Tools', 'd4');
    expect(a.status).toBe('unknown');
  });
});
