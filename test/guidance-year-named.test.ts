// Guidance asked for a quarter named with its year is that quarter's alone: a release that guides only the
// next year's quarter of the same name declines, naming the period asked (it had answered with the other
// year's range, a wrong answer); the quarter named without its year still finds the guidance ahead.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const RELEASE = [
  '# Tamsin Optics Reports Fourth Quarter and Full Year 2025 Results',
  '',
  'DENVER, Feb. 12, 2026 -- Tamsin Optics Corp. today reported results for the fourth quarter ended December 31, 2025.',
  '',
  '- Net sales were $88.2 million, up 6.1% from $83.1 million a year ago.',
  '',
  '## Outlook',
  '',
  'For the first quarter of 2026, Tamsin expects net sales of $84 million to $90 million.',
];

describe('guidance for a quarter named with its year', () => {
  let engine: ReturnType<typeof inlineEngine>;
  beforeAll(() => {
    engine = inlineEngine(RELEASE, 'tamsin-2025q4.md');
  });
  it('declines a year no release guides, naming it, never giving the next year\'s range', () => {
    const a = engine.ask('net sales outlook for the first quarter of 2025?', 'year-named-1');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('Q1 2025');
    const b = engine.ask('what had Tamsin guided 1Q25 sales to', 'year-named-2');
    expect(b.status).toBe('unknown');
    expect(b.text).not.toMatch(/expects/);
  });
  it('answers the quarter named without its year with the guidance ahead', () => {
    const a = engine.ask('first quarter net sales guidance', 'year-named-3');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$84 million');
    expect(a.text).toContain('$90 million');
  });
  it('answers the year named that is guided', () => {
    expect(engine.ask('Q1 2026 net sales guide?', 'year-named-4').text).toContain('$90 million');
  });
});
