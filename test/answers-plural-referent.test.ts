// A follow-up pointing at several lines ("margins for both", "a year ago for each?") after a thread that
// showed two lines (a line, then its other basis) carries every one of them, never only the last line
// shown (r27-086); a ratio that one of them has none of declines, naming it. On an inline release.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';
import { larkspur, threads } from './support/larkspur.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine(larkspur(
    '| Total revenues | 500,000 | 600,000 |',
    '| Selling expenses | 90,000 | 95,000 |',
    '| Income from operations | 100,000 | 150,000 |',
    '| Net income | 80,000 | 120,000 |',
    '',
    '## Reconciliation of non-GAAP measures',
    '',
    '| (US$ in thousands) | Q1 2025 | Q1 2026 |',
    '|---|---|---|',
    '| Income from operations | 100,000 | 150,000 |',
    '| Add: Share-based compensation | 10,000 | 12,000 |',
    '| Non-GAAP income from operations | 110,000 | 162,000 |',
  ), 'larkspur-2026q1.md');
});

const thread = threads(() => engine, 'plural');

describe('a plural referent after two lines shown', () => {
  it.each(['and margins for both', 'margins for each', 'what are the margins on them', 'margin of the two?'])('"%s" gives the ratio of each line', (q) => {
    const last = thread('income from operations', 'non-gaap?', q).at(-1)!;
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain('25.0%'); // 150,000 ÷ 600,000
    expect(last.text).toContain('27.0%'); // 162,000 ÷ 600,000
  });

  it('"a year ago for each?" gives both lines a year earlier', () => {
    const last = thread('income from operations', 'non-gaap?', 'a year ago for each?').at(-1)!;
    expect(last.text).toContain('$100.0 million');
    expect(last.text).toContain('$110.0 million');
  });

  it('two lines named in one turn: "margins for them" is each one\'s margin', () => {
    const last = thread('net income and income from operations', 'margins for them').at(-1)!;
    expect(last.text).toContain('20.0%');
    expect(last.text).toContain('25.0%');
  });

  it('declines, naming the line that has no such ratio, never gives the other alone', () => {
    const last = thread('selling expenses', 'and net income?', 'margins for both?').at(-1)!;
    expect(last.status, last.text).toBe('unknown');
    expect(last.text).toContain('selling expenses');
    expect(last.text).not.toContain('20.0%');
  });

  it('the two parts of one ratio shown ("the rate of the two") stay that one ratio', () => {
    const last = thread('net income', 'total revenues', 'so the margin of the two?').at(-1)!;
    expect(last.status, last.text).toBe('answer');
    expect(last.text).toContain('20.0%');
    expect(last.text).not.toContain('25.0%');
  });
});
