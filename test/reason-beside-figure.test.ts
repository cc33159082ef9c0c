// A reason asked beside a figure ("by how much did X go up and why?", "what were X about?") is answered with
// both parts: the figure and the release's stated reason, cited, or a plain "the release states no reason".
// Before, the figure was given and the reason part silently dropped. A line's "relate to" is its reason too.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Example Group AB Interim Report Q2 2026',
  '',
  '| SEK million | Q2 2026 | Q2 2025 |',
  '|---|---|---|',
  '| Net sales | 2,410 | 2,200 |',
  '| Items affecting comparability | -42 | -15 |',
  '| Operating profit | 301 | 280 |',
  '',
  'Items affecting comparability in the quarter relate to the closure of the factory in Springfield (SEK -42 million).',
  '',
  'Net sales increased by 9.5%, driven by higher volumes in the grid business.',
];

const ask = (q: string) => inlineEngine(RELEASE).ask(q, q);

describe('a reason asked beside a figure', () => {
  it('gives the change and the stated reason', () => {
    const a = ask('by how much did net sales go up in Q2 2026 and why?');
    expect(a.status).toBe('answer');
    expect(a.text).toMatch(/210/);
    expect(a.text).toMatch(/higher volumes in the grid business/);
  });

  it('gives what a charge was about with its figure', () => {
    const a = ask('what were the items affecting comparability in Q2 2026 about?');
    expect(a.text).toMatch(/-42|−42/);
    expect(a.text).toMatch(/closure of the factory in Springfield/);
    expect(a.citations.some((c) => c.line === 9)).toBe(true);
  });

  it('says plainly when the release states no reason', () => {
    const a = ask('how much was operating profit in Q2 2026, and why?');
    expect(a.text).toMatch(/301/);
    expect(a.text).toMatch(/states no reason/);
  });
});
