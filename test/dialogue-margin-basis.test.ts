// "margin?" after a reported measure is that measure's margin, never the adjusted one's: after "EBITDA?" hl21's
// valtriva-2026h1 answered "Adjusted EBITDA margin was 16.4%", the margin of another figure than the one shown
// (EBITDA 365.6 over group revenue 2,384.0 is 15.3%). A thread's basis carries into a bare ratio word; a question
// saying the basis ("adjusted margin?") may turn to it. Synthetic releases.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const release = (revenue: string | null, rows: string[] = []) => [
  '# Synthetic Arvenne Chemicals AG Reports Second Quarter 2026 Results',
  '',
  'Synthetic Arvenne Chemicals AG today reported results for the second quarter ended June 30, 2026.',
  '',
  '(EUR million)',
  '',
  '| | Q2 2026 | Q2 2025 |',
  '|---|---:|---:|',
  ...(revenue ? [`| ${revenue} | 2,384.0 | 2,323.0 |`] : []),
  '| Adjusted EBITDA | 390.2 | 377.6 |',
  '| Adjusted EBITDA margin | 16.4% | 16.3% |',
  '| Exceptional items | (24.6) | (8.1) |',
  '| EBITDA | 365.6 | 369.5 |',
  ...rows,
];

const thread = (engine: Engine, ...qs: string[]) => qs.map((q) => engine.ask(q, 'margin-basis')).at(-1)!;

describe('a bare "margin?" keeps the thread\'s basis', () => {
  it.each(['Group revenue', 'Revenue', 'Total revenues'])('after reported EBITDA, over %s: its own margin worked out', (revenue) => {
    for (const q of ['margin?', 'and the margin?', 'what margin is that?']) {
      const a = thread(inlineEngine(release(revenue)), 'EBITDA?', q);
      expect(a.status, a.text).toBe('answer');
      expect(a.text).toContain('15.3%');
      expect(a.text).not.toMatch(/16\.4|adjusted/i);
    }
  });

  it('after reported EBITDA with no revenue line: declined naming EBITDA, never the adjusted margin', () => {
    for (const q of ['margin?', 'and the margin?']) {
      const a = thread(inlineEngine(release(null)), 'EBITDA?', q);
      expect(a.status, a.text).toBe('unknown');
      expect(a.text).toContain('EBITDA');
      expect(a.text).not.toMatch(/16\.4/);
    }
  });

  it('after reported EBITDA where a reported margin is printed: that margin', () => {
    const a = thread(inlineEngine(release('Group revenue', ['| EBITDA margin | 15.3% | 15.9% |'])), 'EBITDA?', 'margin?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('EBITDA margin was 15.3% in Q2 2026');
    expect(a.text).not.toMatch(/16\.4|adjusted/i);
  });

  it('after adjusted EBITDA: the adjusted margin', () => {
    expect(thread(inlineEngine(release('Group revenue')), 'adjusted EBITDA?', 'margin?').text).toContain('Adjusted EBITDA margin was 16.4% in Q2 2026');
  });

  it('asked on the adjusted basis after reported EBITDA: never the reported margin', () => {
    const a = thread(inlineEngine(release('Group revenue')), 'EBITDA?', 'adjusted margin?');
    expect(a.text).not.toContain('15.3%');
  });
});
